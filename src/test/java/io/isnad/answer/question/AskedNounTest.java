package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

class AskedNounTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    private EvidenceTerm term(String label, String arabic) {
        Set<String> forms = Set.copyOf(analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(arabic)));
        return new EvidenceTerm(label, forms, 1, false);
    }

    @Test
    void theTermsOfTheAskedNounAreThoseWithItsForm() {
        List<EvidenceTerm> evidence = List.of(term("العملة", "العملة"), term("الرسمية", "الرسمية"), term("سوريا", "سوريا"));
        assertArrayEquals(new boolean[] {true, false, false},
                AskedNoun.terms(ArabicTextNormalizer.normalize("العملة"), evidence, analyzers, false));
        assertArrayEquals(new boolean[3], AskedNoun.terms("", evidence, analyzers, false), "no head, no asked term");
    }

    @Test
    void anEnglishHeadIsAWordOfTheTermsLabel() {
        List<EvidenceTerm> evidence = List.of(term("president", "رئيس"), term("russia", "روسيا"),
                term("defence minister", "وزير الدفاع"));
        assertArrayEquals(new boolean[] {true, false, false}, AskedNoun.terms("president", evidence, analyzers, true));
        assertArrayEquals(new boolean[] {false, false, true}, AskedNoun.terms("minister", evidence, analyzers, true));
    }
}
