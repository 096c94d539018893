package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * A question asked with dialect words ({@link io.isnad.ingest.arabic.ArabicDialectWords}) that no
 * article holds: they are its wording, not a name or a subject the corpus lacks.
 */
class DialectQuestionTest {

    @TempDir
    Path tmp;

    private Corpus corpus;
    private final HybridRetriever retriever = new HybridRetriever(
            new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15), QueryTranslator.load(Optional.empty()));

    @BeforeEach
    void articles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(dir.resolve("a.txt"), """
                هبوط اضطراري
                هبطت الطائرة في مطار لارنكا بعد ساعة من إقلاعها.
                وأصيب ثلاثة ركاب بجروح طفيفة.""");
        Files.writeString(dir.resolve("b.txt"), """
                سباق الدراجات
                فاز الدراج سامي ناصر بسباق الجبال في العاصمة باريس عام 2010.""");
        corpus = Corpus.open(dir, tmp.resolve("index"), new ArticleLoader(100_000, new ChunkingSettings(3, 1)));
        corpus.refresh();
    }

    @AfterEach
    void close() throws IOException {
        corpus.close();
    }

    private AbsentEvidence check(String question) {
        return AbsentEvidenceTest.check(corpus, retriever, question);
    }

    @Test
    void theDialectWordsOfAQuestionAreItsWordingNotNames() {
        // انجرح (أصيب) and الطيارة (الطائرة): no chunk holds them, and both are shaped like names.
        try (Snapshot snapshot = corpus.acquire()) {
            String question = "كم راكب انجرح بالطيارة؟";
            List<EvidenceTerm> evidence = retriever.retrieve(snapshot, question, 5).query().evidence();
            boolean[] names = QuestionNames.of(question, evidence, snapshot.analyzers(), false);
            boolean[] wording = QuestionWording.of(question, evidence, snapshot.analyzers(), false, names);
            List<String> worded = new ArrayList<>();
            for (int t = 0; t < evidence.size(); t++) {
                if (wording[t]) {
                    worded.add(evidence.get(t).label());
                }
            }
            assertEquals(2, worded.size(), worded::toString);
        }
        AbsentEvidence absent = check("كم راكب انجرح بالطيارة؟");
        assertEquals(List.of(), absent.unknownNames());
        assertEquals(0, absent.strangeShare());
    }

    @Test
    void aNameTheCorpusLacksIsStillUnknown() {
        AbsentEvidence absent = check("كم راكب انجرح بالطيارة في قرغيزستان؟");
        assertTrue(absent.unknownWord());
        assertTrue(absent.strangeShare() > 0, () -> "strangeShare " + absent.strangeShare());
    }
}
