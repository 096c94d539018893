package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.RetrievalSettings;

class GramClausesTest {

    private static final RetrievalSettings SETTINGS = new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15);
    private static final RetrievalSettings NO_GRAMS = new RetrievalSettings(1f, 0f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15);

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    @Test
    void aTextsGramsAreItsDistinctGramsInTheirOrder() {
        String text = ArabicTextNormalizer.normalize("قصف القصر ثم قصف القصر مرة أخرى");
        List<String> all = analyzers.tokens(IndexField.GRAMS, text);
        List<String> distinct = new ArrayList<>();
        for (String gram : all) {
            if (!distinct.contains(gram)) {
                distinct.add(gram);
            }
        }
        assertTrue(distinct.size() < all.size(), "the text repeats grams");
        assertEquals(distinct, new GramClauses(analyzers, SETTINGS).gramsOf(text));
        assertEquals(List.of(), new GramClauses(analyzers, NO_GRAMS).gramsOf(text));
    }

    @Test
    void aLongTextKeepsItsFirstGramsUpToTheClauseLimit() {
        StringBuilder text = new StringBuilder();
        for (char a = 'ا'; a <= 'ي'; a++) {
            for (char b = 'ا'; b <= 'ي'; b++) {
                text.append(a).append(b).append("ر ");
            }
        }
        String normalized = ArabicTextNormalizer.normalize(text.toString());
        List<String> grams = new GramClauses(analyzers, SETTINGS).gramsOf(normalized);
        assertEquals(GramClauses.MAX_GRAM_CLAUSES, grams.size());
        List<String> all = analyzers.tokens(IndexField.GRAMS, normalized);
        assertEquals(all.getFirst(), grams.getFirst());
        assertEquals(grams.size(), grams.stream().distinct().count());
    }
}
