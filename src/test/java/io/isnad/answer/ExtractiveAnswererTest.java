package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.index.Snapshots;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

class ExtractiveAnswererTest {

    @TempDir
    Path tmp;

    private Corpus corpus;
    private final HybridRetriever retriever = new HybridRetriever(
            new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15), QueryTranslator.load(Optional.empty()));
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(new ExtractiveSettings(0.3, 0.3, 3, 0.75));

    @BeforeEach
    void articles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(dir.resolve("a.txt"), """
                زيارة إلى طوكيو
                وصل وزير الخارجية الياباني إلى طوكيو مساء الأحد بعد جولة أوروبية.
                وقال الوزير إن المحادثات كانت مثمرة.""");
        Files.writeString(dir.resolve("b.txt"), """
                عودة الوزير
                عاد وزير الخارجية الياباني إلى طوكيو مساء الأحد بعد جولة في أوروبا.
                وتناولت الصحف الزيارة بالتفصيل.""");
        Files.writeString(dir.resolve("c.txt"), """
                سباق الدراجات
                فاز الدراج سامي ناصر بسباق الجبال في العاصمة.
                وهو أصغر فائز في تاريخ البطولة الممتدة منذ خمسين عاما.""");
        corpus = Corpus.open(dir, tmp.resolve("index"), new ArticleLoader(100_000, new ChunkingSettings(3, 1)));
        corpus.refresh();
    }

    @AfterEach
    void close() throws IOException {
        corpus.close();
    }

    private Optional<ExtractiveAnswerer.Draft> answer(String question) {
        try (Snapshot snapshot = corpus.acquire()) {
            return answerer.answer(snapshot, retriever.retrieve(snapshot, question, 5));
        }
    }

    @Test
    void oneFactReportedByTwoArticlesIsOneSentenceCitingBoth() {
        ExtractiveAnswerer.Draft draft = answer("متى كان وزير الخارجية الياباني في طوكيو؟").orElseThrow();
        assertEquals(List.of("a.txt", "b.txt"), draft.citations().stream().map(Citation::file).sorted().toList());
        assertTrue(draft.text().matches("[^\\[]+ \\[1] \\[2]"), draft.text());
    }

    @Test
    void everyQuoteIsTheArticleTextAtItsOffsets() {
        for (Citation c : answer("متى كان وزير الخارجية الياباني في طوكيو؟").orElseThrow().citations()) {
            assertEquals(c.quote(), Snapshots.article(corpus, c.file()).orElseThrow().text().substring(c.start(), c.end()));
        }
    }

    @Test
    void weakEvidenceIsAnAbstention() {
        assertEquals(Optional.empty(), answer("ما عدد سكان مدينة طوكيو اليوم؟"));
    }

    @Test
    void aLeadSentenceOpeningWithAPronounBringsTheSentenceNamingItsSubject() {
        ExtractiveAnswerer.Draft draft = answer("من هو أصغر فائز في تاريخ البطولة؟").orElseThrow();
        assertTrue(draft.text().startsWith("فاز الدراج سامي ناصر"), draft.text());
        assertEquals(List.of("c.txt", "c.txt"), draft.citations().stream().map(Citation::file).toList());
    }

    @Test
    void pronounDetectionIgnoresQuotesAndConjunctions() {
        assertTrue(ExtractiveAnswerer.startsWithPronoun("«وهو كذلك الأكبر سناً»"));
        assertTrue(ExtractiveAnswerer.startsWithPronoun("He was the oldest."));
        assertEquals(false, ExtractiveAnswerer.startsWithPronoun("هولندا فازت بالمباراة."));
    }
}
