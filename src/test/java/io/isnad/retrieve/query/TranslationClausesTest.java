package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

import io.isnad.index.IndexField;

class TranslationClausesTest {

    private static Term arabic(String word) {
        return new Term(IndexField.ARABIC.field(), word);
    }

    @Test
    void aSenseIsHeldWhenTheIndexHoldsEveryWordOfIt() {
        Map<Term, Integer> docFreqs = Map.of(arabic("تعليق"), 3, arabic("علق"), 0, arabic("اقمار"), 2,
                arabic("صناعيه"), 0);
        List<List<String>> secondary = List.of(List.of("علق"), List.of("تعليق"), List.of("اقمار", "صناعيه"));
        assertEquals(List.of(List.of("تعليق")), TranslationClauses.heldSenses(secondary, docFreqs));
    }

    @Test
    void aSenseOfSeveralWordsIsHeldWhenAllAre() {
        Map<Term, Integer> docFreqs = Map.of(arabic("اقمار"), 2, arabic("صناعيه"), 5);
        List<List<String>> secondary = List.of(List.of("اقمار", "صناعيه"));
        assertEquals(secondary, TranslationClauses.heldSenses(secondary, docFreqs));
    }

    @Test
    void aWordNeverCountedIsNotHeld() {
        assertEquals(List.of(), TranslationClauses.heldSenses(List.of(List.of("نتيجه")), Map.of()));
    }
}
