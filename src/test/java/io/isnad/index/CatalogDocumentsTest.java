package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import io.isnad.ingest.Article;
import io.isnad.ingest.ArticleFile;
import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * An article read back from the catalog is the one written, and its sentences' forms, kept as the
 * stored bytes until a comparison needs them, decode to exactly the forms the catalog was given.
 */
class CatalogDocumentsTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    @Test
    void formsDecodedOnFirstUseAreTheStoredOnes() throws IOException {
        List<Article> articles = ArticleAnalysisTest.seedsAndEdges();
        int sentences = 0;
        for (Article article : articles) {
            List<List<String>> forms = ArticleAnalysis.of(article, analyzers).sentenceForms();
            CatalogDocuments.Parsed parsed = CatalogDocuments.decode(atAnOffset(CatalogDocuments.encode(article, forms)));
            assertEquals(article, parsed.article());
            assertEquals(forms.size(), parsed.tokens().size(), article.file());
            for (int i = 0; i < forms.size(); i++) {
                SentenceTokens tokens = parsed.tokens().get(i);
                String where = article.file() + " sentence " + i;
                assertFalse(tokens.decoded(), where + " is decoded before any use");
                assertEquals(forms.get(i), tokens.formList(), where);
                assertEquals(SentenceTokens.ofForms(forms.get(i)).forms(), tokens.forms(), where);
                sentences++;
            }
        }
        assertTrue(sentences > 50, "the seeds and the edge cases have sentences: " + sentences);
    }

    /** A question that compares one sentence decodes that sentence's forms and no other's. */
    @Test
    void comparingOneSentenceDecodesOnlyIt() throws IOException {
        Article article = ArticleAnalysisTest.seeds().stream().filter(a -> a.sentences().size() > 5).findFirst().orElseThrow();
        List<List<String>> forms = ArticleAnalysis.of(article, analyzers).sentenceForms();
        List<SentenceTokens> tokens = CatalogDocuments.decode(CatalogDocuments.encode(article, forms)).tokens();
        String present = forms.get(3).get(0);
        assertTrue(tokens.get(3).holds(present));
        assertFalse(tokens.get(3).holds(present + "\u0640x"));
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(i == 3, tokens.get(i).decoded(), "sentence " + i);
        }
    }

    /**
     * The remembered root skeletons of a word are the ones computed afresh, the first time and
     * every later one, and an article's catalog document indexes exactly its words' keys.
     */
    @Test
    void rememberedRootKeysAreTheWordsOwn() throws IOException {
        Article article = ArticleAnalysisTest.seeds().getFirst();
        List<List<String>> forms = ArticleAnalysis.of(article, analyzers).sentenceForms();
        Set<String> expected = new HashSet<>();
        int withKeys = 0;
        for (List<String> sentence : forms) {
            for (String word : sentence) {
                Set<String> keys = ArabicRootSkeleton.keys(word);
                expected.addAll(keys);
                assertEquals(keys, CatalogDocuments.keysOf(word), word);
                assertEquals(keys, CatalogDocuments.keysOf(word), word + ", asked again");
                withKeys += keys.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(withKeys > 20, "the seed article's words have root keys: " + withKeys);
        Set<String> indexed = new HashSet<>();
        for (IndexableField field : CatalogDocuments.article(article,
                new ArticleFile(article.file(), Path.of("seeds", article.file()), 1, 1), "f", "s", forms)
                .getFields(IndexField.ROOTS.field())) {
            indexed.add(field.stringValue());
        }
        assertEquals(expected, indexed);
    }

    /** The stored bytes inside a larger array, as a reader may hand them: positions are the array's. */
    private static BytesRef atAnOffset(BytesRef stored) {
        byte[] larger = new byte[stored.length + 11];
        System.arraycopy(stored.bytes, stored.offset, larger, 7, stored.length);
        return new BytesRef(larger, 7, stored.length);
    }
}
