package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.abstain.AbstentionFeatures;
import io.isnad.answer.abstain.AbstentionModel;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.FreeDictFiles;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * The abstention model gives English questions an offset per install: translated with a general
 * dictionary (FreeDict) at hand, or by the built-in lists alone. Whether the dictionary is there
 * travels from the translator through the retrieval to the features.
 */
class EnglishByInstallTest {

    private static final RetrievalSettings SETTINGS = new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15);

    @TempDir
    Path tmp;

    private ArticleFixture articles;
    private final ExtractiveAnswerer answerer = ExtractiveAnswererTest.answererOf(new ExtractiveSettings(0.3, 0.3, 2, 0.75, 0),
            AbstentionModel.packaged());

    @BeforeEach
    void articles() throws IOException {
        articles = ArticleFixture.of(tmp, Map.of("a.txt", """
                الوزير في طوكيو
                وصل وزير الخارجية الياباني إلى طوكيو يوم الأحد.
                وقال إن الزيارة كانت ناجحة."""));
    }

    @AfterEach
    void close() throws IOException {
        articles.close();
    }

    private HybridRetriever withDictionary() throws IOException {
        Path dictionary = Files.createDirectories(tmp.resolve("dictd"));
        FreeDictFiles.write(dictionary, Map.of("minister", "وزير"));
        return new HybridRetriever(SETTINGS, QueryTranslator.load(Optional.of(dictionary)));
    }

    private AbstentionFeatures features(HybridRetriever retriever, String question, boolean english) {
        Retrieval retrieval = retriever.retrieve(articles.snapshot(), question, 5);
        return answerer.choose(articles.snapshot(), retrieval,
                new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), english, Optional.empty()))
                .orElseThrow().features();
    }

    @Test
    void anEnglishQuestionTranslatedWithTheDictionaryTakesTheDictionaryOffset() throws IOException {
        AbstentionFeatures features = features(withDictionary(), "When did the Japanese minister arrive in Tokyo?", true);
        assertEquals(1, features.englishDictionary());
        assertEquals(0, features.englishBuiltin());
    }

    @Test
    void anEnglishQuestionTranslatedByTheBuiltInListsAloneTakesTheirOffset() {
        HybridRetriever builtin = new HybridRetriever(SETTINGS, QueryTranslator.load(Optional.of(tmp.resolve("none"))));
        AbstentionFeatures features = features(builtin, "When did the Japanese minister arrive in Tokyo?", true);
        assertEquals(0, features.englishDictionary());
        assertEquals(1, features.englishBuiltin());
    }

    @Test
    void anArabicQuestionTakesNeitherOffset() throws IOException {
        HybridRetriever retriever = withDictionary();
        String question = "متى وصل وزير الخارجية الياباني إلى طوكيو؟";
        assertFalse(retriever.retrieve(articles.snapshot(), question, 5).dictionary());
        AbstentionFeatures features = features(retriever, question, false);
        assertEquals(0, features.englishDictionary());
        assertEquals(0, features.englishBuiltin());
    }
}
