package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.Corpus;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.QueryTranslator;

/** The terms a question is searched and weighed by, as the abstention features read them. */
class QueryBuilderTest {

    @TempDir
    Path tmp;

    @Test
    void aGluedWordIsWeighedAsTheTwoWordsTheCorpusHolds() throws IOException {
        withBuilder("الإسكندر الأكبر\nولد الإسكندر الأكبر في مقدونيا، وسمي التقويم باسمه.\n", (builder, snapshot) ->
                // Left whole, the glued word would be one no chunk holds: a subject the corpus lacks.
                assertEquals(labels(builder.build("متى ولد الإسكندر الأكبر؟", snapshot)),
                        labels(builder.build("متى ولد الإسكندرالأكبر؟", snapshot))));
    }

    @Test
    void aWordWithAnInterdentalTheCorpusLacksIsWeighedAsTheWordItHolds() throws IOException {
        withBuilder("تامر حسني\nالتحق تامر حسني بكلية الإعلام.\n", (builder, snapshot) ->
                // Left as typed, ثامر would be a name no chunk holds: the question's subject missing.
                assertEquals(labels(builder.build("أين درس تامر حسني؟", snapshot)),
                        labels(builder.build("أين درس ثامر حسني؟", snapshot))));
    }

    @Test
    void anEnglishWordsTranslationIsFoundAsWrittenBeforeAGluedPronoun() throws IOException {
        withBuilder("حلب\nأكدت طهران أن قنصليتها في حلب تعرضت للهجوم.\n", (builder, snapshot) -> {
            String written = snapshot.analyzers().tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize("قنصليتها"))
                    .get(0);
            EvidenceTerm consulate = builder.build("Was the consulate attacked?", snapshot).evidence().stream()
                    .filter(t -> t.labelHolds("consulate")).findFirst().orElseThrow();
            assertTrue(consulate.forms().contains(written), "the article's قنصليتها is the consulate");
            assertFalse(consulate.partial().contains(written), "a word of its own, not one of a phrase");
        });
    }

    @Test
    void aNounInItsOwnAnWithAGluedPronounIsWeighedAsTheArticlesBareNoun() throws IOException {
        withBuilder("الجيش\nوأعلن الجيش السوري في بيان له أنه ألحق خسائر بالمهاجمين.\n", (builder, snapshot) -> {
            // The stemmer reads the article's بيان as بي and the question's بيانه as بيان: two terms, never met.
            String written = snapshot.analyzers().tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize("بيان"))
                    .get(0);
            String glued = snapshot.analyzers().tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize("بيانه"))
                    .get(0);
            assertTrue(builder.build("ماذا قال الجيش في بيانه؟", snapshot).evidence().stream()
                    .anyMatch(t -> t.forms().containsAll(List.of(written, glued))),
                    "the question's بيانه is the article's بيان, and still its بيانه");
        });
    }

    /**
     * A question-frame word ("another term for") is weighed as evidence, so a corpus without مصطلح
     * still lacks it, but not searched, where مصطلح pulled the search to another article.
     */
    @Test
    void aFrameWordIsEvidenceButNotSearched() throws IOException {
        withBuilder("القنصلية\nالمصطلح الآخر للقنصلية هو الممثلية.\n", (builder, snapshot) -> {
            String term = snapshot.analyzers().tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize("مصطلح")).get(0);
            String consulate = snapshot.analyzers().tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize("قنصلية"))
                    .get(0);
            AnalyzedQuery query = builder.build("What is another term for the consulate?", snapshot);
            assertTrue(labels(query).contains("term"), labels(query).toString());
            String searched = query.query().toString() + query.secondStage().map(Object::toString).orElse("");
            assertFalse(searched.contains(term), searched);
            assertTrue(searched.contains(consulate), searched);
        });
    }

    /**
     * An English follow-up to an Arabic question carries its Arabic words, which may outnumber the user's own:
     * read in the follow-up's language, its English words are translated and the Arabic ones kept as evidence; read
     * by its letters, "was" and "it" would be evidence no sentence holds.
     */
    @Test
    void aFollowUpIsReadInItsOwnWordsLanguageWithTheCarriedWordsKept() throws IOException {
        withBuilder("حلب\nأكدت طهران أن قنصليتها في حلب تعرضت للهجوم.\n", (builder, snapshot) -> {
            String question = "was it attacked (أكدت طهران قنصليتها حلب)?";
            assertEquals(LanguageDetector.ARABIC, builder.build(question, snapshot).language());
            AnalyzedQuery query = builder.build(question, LanguageDetector.ENGLISH, snapshot, true);
            assertEquals(LanguageDetector.ENGLISH, query.language());
            assertTrue(labels(query).containsAll(List.of("attacked", "طهران", "حلب")), labels(query).toString());
            assertFalse(labels(query).contains("was"), labels(query).toString());
            // Mostly in Latin letters, a question's few Arabic words are dropped untranslated, as before.
            assertFalse(labels(builder.build("Was Tehran's consulate in حلب attacked?", snapshot)).contains("حلب"));
        });
    }

    /** Runs {@code check} with a query builder over a corpus of one article. */
    private void withBuilder(String article, BiConsumer<QueryBuilder, Snapshot> check) throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), article);
        try (Corpus corpus = Corpus.open(articles, tmp.resolve("index"), new ArticleLoader(5_000_000,
                new ChunkingSettings(3, 1)))) {
            corpus.refresh();
            try (Snapshot snapshot = corpus.acquire()) {
                check.accept(QueryBuilder.of(snapshot.analyzers(),
                        new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                        QueryTranslator.load(Optional.empty())), snapshot);
            }
        }
    }

    private static List<String> labels(AnalyzedQuery query) {
        return query.evidence().stream().map(EvidenceTerm::label).toList();
    }
}
