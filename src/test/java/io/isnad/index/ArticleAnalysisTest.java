package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.isnad.ingest.Article;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ArticleParser;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.LoadOutcome;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Each sentence is analysed once and its tokens replayed into the chunks that hold it: the chunk
 * fields must get exactly the tokens (and overlaps, which the length norm discounts) that
 * analysing each chunk's own text gives, and the catalog exactly the sentence tokens.
 */
class ArticleAnalysisTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    /** Boundaries of every kind: no space after a full stop, a date line inside a chunk, marks and joiners. */
    static final String EDGES = """
            عنوان الخبر الأول للاختبار
            تاريخ النشر: 3 مارس 2020

            قال المتحدث إن الوزارة ستبدأ العمل.وأضاف أن المشروع سيكتمل قريبا.\u00A0ثم تابع U.S. و 2.5 مليون و1,000.
            Boilerplate © 2020
            جملة أخرى هنا في الفقرة الثالثة لبيروت. \u064Eجملة تبدأ بحركة هنا. كلمة\u200D أخرى. Dr. Smith's 3rd-floor office!
            ملحق: معلومات إضافية
            فقرة الملحق الأولى عن دمشق. وفقرة ثانية بالإنجليزية: The ministry's budget rose 12.5% in 2019.
            """;

    @Test
    void chunkFieldsReplayExactlyWhatAnalysingTheChunkTextGives() throws IOException {
        List<Article> articles = seedsAndEdges();
        int chunks = 0;
        for (Article article : articles) {
            ArticleAnalysis analysis = ArticleAnalysis.of(article, analyzers);
            for (Chunk chunk : article.chunks()) {
                Map<IndexField, List<TokenRun>> replayed = analysis.chunkTokens(chunk);
                for (Map.Entry<IndexField, String> field : ChunkDocuments.searchedTexts(article, chunk).entrySet()) {
                    TokenRun whole = analyzers.run(field.getKey(), field.getValue());
                    List<TokenRun> pieces = replayed.get(field.getKey());
                    String where = article.file() + " chunk " + chunk.index() + " " + field.getKey();
                    assertEquals(whole.terms(), pieces.stream().flatMap(r -> r.terms().stream()).toList(), where);
                    assertEquals(overlaps(List.of(whole)), overlaps(pieces), where);
                }
                chunks++;
            }
        }
        assertTrue(chunks > 20, "the seeds and the edge cases have chunks: " + chunks);
    }

    @Test
    void catalogSentenceTokensAreThoseOfEachSentenceAnalysedAlone() throws IOException {
        for (Article article : seeds()) {
            List<List<String>> forms = ArticleAnalysis.of(article, analyzers).sentenceForms();
            for (Sentence sentence : article.sentences()) {
                assertEquals(SentenceTokens.of(sentence.text(), analyzers).formList(),
                        forms.get(sentence.index()), article.file() + " sentence " + sentence.index());
            }
        }
    }

    @Test
    void onlyWhitespaceNextToNoMarkSeparatesTwoSentences() {
        assertTrue(ArticleAnalysis.separates("أ. ب", 2, 3));
        assertFalse(ArticleAnalysis.separates("أ.ب", 2, 2), "no gap at all");
        assertFalse(ArticleAnalysis.separates("أ.\u00A0ب", 2, 3), "a no-break space is not whitespace to every analyser");
        assertFalse(ArticleAnalysis.separates("أ. \u064Eب", 2, 3), "a mark after the gap may attach to it");
        assertFalse(ArticleAnalysis.separates("أ.\u200D ب", 3, 4), "a joiner before the gap");
    }

    @Test
    void latinWordsAreWhatTheRegularExpressionTheyReplaceFinds() {
        Pattern latin = Pattern.compile("[A-Za-z][A-Za-z0-9'-]*|\\d+(?:[.,]\\d+)*");
        for (String text : List.of("U.S. and 2.5 million", "1,000.5, 7. x-ray's 3rd", "قال 12,5 و٣٫٥ Ahmed", "a1.2 1.a ,5 5,",
                "don't--stop 'quoted' -dash", "١٢٣ ABC٤", "")) {
            StringBuilder expected = new StringBuilder();
            Matcher m = latin.matcher(ArabicTextNormalizer.normalize(text));
            while (m.find()) {
                expected.append(m.group()).append(' ');
            }
            assertEquals(expected.toString(), ChunkDocuments.latinWords(text), text);
        }
    }

    private static List<Boolean> overlaps(List<TokenRun> runs) {
        List<Boolean> flags = new ArrayList<>();
        runs.forEach(run -> {
            for (int i = 0; i < run.size(); i++) {
                flags.add(run.increment(i) == 0);
            }
        });
        return flags;
    }

    /** The seed articles and the one of {@link #EDGES}, parsed with the tests' small chunks. */
    static List<Article> seedsAndEdges() throws IOException {
        List<Article> articles = new ArrayList<>(seeds());
        articles.add(new ArticleParser(new ChunkingSettings(3, 1)).parse("edges.txt", EDGES, "fp"));
        return articles;
    }

    static List<Article> seeds() throws IOException {
        return new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)).loadFolder(Path.of("seeds")).stream()
                .filter(LoadOutcome.Loaded.class::isInstance).map(o -> ((LoadOutcome.Loaded) o).article()).toList();
    }
}
