package io.isnad.answer.abstain;

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
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * The words by which an Arabic question names the kind of answer it wants (سنة، موجودة) or that are
 * function words with a glued pronoun (لديها): the articles need not hold them, so missing from the
 * corpus they are the question's wording, not a subject or a name the corpus lacks.
 */
class QuestionWordingTest {

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
                هبطت الطائرة في مطار لارنكا عام 2010 بعد ساعة من إقلاعها.
                وأصيب ثلاثة ركاب بجروح طفيفة.""");
        Files.writeString(dir.resolve("b.txt"), """
                سباق الدراجات
                فاز الدراج سامي ناصر بسباق الجبال في العاصمة باريس.""");
        corpus = Corpus.open(dir, tmp.resolve("index"), new ArticleLoader(100_000, new ChunkingSettings(3, 1)));
        corpus.refresh();
    }

    @AfterEach
    void close() throws IOException {
        corpus.close();
    }

    private List<String> worded(String question) {
        try (Snapshot snapshot = corpus.acquire()) {
            List<EvidenceTerm> evidence = retriever.retrieve(snapshot, question, 5).query().evidence();
            boolean[] names = QuestionNames.of(question, evidence, snapshot.analyzers(), false);
            boolean[] wording = QuestionWording.of(question, evidence, snapshot.analyzers(), false, names);
            return java.util.stream.IntStream.range(0, wording.length).filter(t -> wording[t])
                    .mapToObj(t -> evidence.get(t).label()).toList();
        }
    }

    @Test
    void theNounOfTheAskedTimeIsWording() {
        // The article dates the landing by عام; سنة is only how the question asks for the year.
        assertTrue(worded("الطائرة هبطت في لارنكا سنة كام؟").contains("سن"));
        assertEquals(0, AbsentEvidenceTest.check(corpus, retriever, "في أي سنة هبطت الطائرة في لارنكا؟").strangeShare());
    }

    @Test
    void aWordThatSaysWhereSomethingIsIsWordingNotAName() {
        // موجودة is shaped like a name (five letters, no verb prefix) and no article holds it.
        AbsentEvidence absent = AbsentEvidenceTest.check(corpus, retriever, "وين موجودة الطائرة؟");
        assertTrue(absent.unknownWord());
        assertEquals(List.of(), absent.unknownNames());
        assertEquals(0, absent.strangeShare());
    }

    @Test
    void aFunctionWordWithAPronounIsWording() {
        assertTrue(worded("هل لديها ركاب؟").contains("لد"), () -> worded("هل لديها ركاب؟").toString());
    }

    @Test
    void aSubjectTheCorpusLacksIsStillStrange() {
        // The submarine is what the question asks about; موجودة beside it changes nothing.
        AbsentEvidence absent = AbsentEvidenceTest.check(corpus, retriever, "وين موجودة الغواصة؟");
        assertTrue(absent.strangeShare() > 0, () -> "strangeShare " + absent.strangeShare());
    }
}
