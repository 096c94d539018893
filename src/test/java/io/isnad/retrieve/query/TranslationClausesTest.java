package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

import io.isnad.index.IndexField;
import io.isnad.retrieve.lexicon.Source;

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

    private static io.isnad.retrieve.lexicon.Term term(String english, Source source) {
        return new io.isnad.retrieve.lexicon.Term(english, List.of("x"), source, 0.5);
    }

    @Test
    void aDictionaryHomonymOfAHeldNameIsFound() {
        List<io.isnad.retrieve.lexicon.Term> terms = List.of(term("gaga", Source.FREEDICT),
                term("gaga", Source.TRANSLITERATION), term("anthem", Source.FREEDICT),
                term("anthem", Source.TRANSLITERATION));
        List<List<List<String>>> stems = List.of(List.of(List.of("احمق")), List.of(List.of("غاغا"), List.of("غاغه")),
                List.of(List.of("نشيد")), List.of(List.of("انثم")));
        Map<Term, Integer> docFreqs = Map.of(arabic("احمق"), 4, arabic("غاغا"), 2, arabic("غاغه"), 0,
                arabic("نشيد"), 1, arabic("انثم"), 0);
        assertArrayEquals(new boolean[] {true, false, false, false},
                TranslationClauses.homonymsOfHeldNames(terms, stems, TranslationClauses.heldNames(terms, stems, docFreqs)));
    }

    @Test
    void aDictionaryWordSpelledAsTheNameIsNoHomonym() {
        List<io.isnad.retrieve.lexicon.Term> terms = List.of(term("luther", Source.FREEDICT),
                term("luther", Source.TRANSLITERATION));
        List<List<List<String>>> stems = List.of(List.of(List.of("لوثر")), List.of(List.of("لوثر"), List.of("لوتر")));
        assertArrayEquals(new boolean[] {false, false},
                TranslationClauses.homonymsOfHeldNames(terms, stems,
                        TranslationClauses.heldNames(terms, stems, Map.of(arabic("لوثر"), 5))));
    }

    @Test
    void aShortHeldSpellingIsNoName() {
        List<io.isnad.retrieve.lexicon.Term> terms = List.of(term("bowl", Source.FREEDICT), term("bowl", Source.TRANSLITERATION));
        List<List<List<String>>> stems = List.of(List.of(List.of("سلطانيه")), List.of(List.of("بول")));
        assertArrayEquals(new boolean[] {false, false},
                TranslationClauses.heldNames(terms, stems, Map.of(arabic("بول"), 3)));
        assertArrayEquals(new boolean[] {false, false},
                TranslationClauses.homonymsOfHeldNames(terms, stems,
                        TranslationClauses.heldNames(terms, stems, Map.of(arabic("بول"), 3))));
    }

    @Test
    void aNameIsHeldWhenTheIndexHoldsOneOfItsSpellingsAndADictionaryWordIsNoName() {
        List<io.isnad.retrieve.lexicon.Term> terms = List.of(term("burgess", Source.FREEDICT),
                term("burgess", Source.TRANSLITERATION), term("lavoisier", Source.TRANSLITERATION));
        List<List<List<String>>> stems = List.of(List.of(List.of("مواطن")), List.of(List.of("برجس"), List.of("بورجس")),
                List.of(List.of("لافويزير")));
        Map<Term, Integer> docFreqs = Map.of(arabic("مواطن"), 7, arabic("برجس"), 0, arabic("بورجس"), 1);
        assertArrayEquals(new boolean[] {false, true, false}, TranslationClauses.heldNames(terms, stems, docFreqs));
    }

    @Test
    void aHeldNameWeighsMoreThanADictionarySenseAndLessThanAListedWord() {
        io.isnad.retrieve.lexicon.Term burgess = term("burgess", Source.TRANSLITERATION);
        double held = TranslationClauses.evidenceWeight(burgess, true);
        assertEquals(0.5, TranslationClauses.evidenceWeight(burgess, false), 1e-9, "a name no article holds keeps its weight");
        assertTrue(held < 1.0, "a listed word (1.0) still outweighs it: " + held);
        io.isnad.retrieve.lexicon.Term shale = new io.isnad.retrieve.lexicon.Term("shale", List.of("سجيل"), Source.FREEDICT, 0.6);
        assertTrue(held > TranslationClauses.evidenceWeight(shale, false), "a held name outweighs a dictionary sense");
    }
}
