package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/** A question's word is searched and judged with the index stems of its news synonyms. */
class SynonymStemsTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();
    private final SynonymStems synonyms = SynonymStems.of(analyzers);

    @Test
    void someoneSWordsAreFoundAsTheSayingTheArticleQuotes() {
        Set<String> forms = synonyms.of(stem("كلامه"));
        assertTrue(forms.contains(stem("قوله")));
        assertTrue(forms.contains(stem("تصريحات")));
        assertFalse(forms.contains(stem("تصنيف")));
    }

    @Test
    void aListingIsFoundAsTheClassificationTheArticleWrites() {
        assertTrue(synonyms.of(stem("أدرج")).contains(stem("تصنيف")));
    }

    @Test
    void aWordOutsideTheTableHasNoSynonyms() {
        assertEquals(Set.of(), synonyms.of(stem("الطائرات")));
    }

    private String stem(String word) {
        return analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(word)).getFirst();
    }
}
