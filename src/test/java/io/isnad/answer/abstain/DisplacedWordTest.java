package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;

class DisplacedWordTest {

    private static final String SENTENCE = "وصل الفريق إلى المباراة النهائية بعد فوزه في البطولة الإقليمية عام 2005.";

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    @Test
    void aWordInADefiniteNounsPlaceBetweenTheSentencesOwnNeighboursIsDisplaced() {
        // في ___ الإقليمية: the sentence writes البطولة where the question writes توقيرا.
        assertTrue(DisplacedWord.in("متى فاز الفريق في توقيرا الإقليمية؟", SENTENCE, analyzers));
    }

    @Test
    void theSentencesOwnWordOrAWordOfItsRootIsNotDisplaced() {
        assertFalse(DisplacedWord.in("متى فاز الفريق في البطولة الإقليمية؟", SENTENCE, analyzers));
        // بطولات shares البطولة's root: the question's own phrasing of it.
        assertFalse(DisplacedWord.in("متى فاز الفريق في بطولات الإقليمية؟", SENTENCE, analyzers));
        // فاز and الفوز share only the weak root's two letters.
        assertFalse(DisplacedWord.in("من فاز ببطولة الدوري؟", "تمكنوا من الفوز ببطولة الدوري.", analyzers));
        assertTrue(DisplacedWord.in("من توقيرا ببطولة الدوري؟", "تمكنوا من الفوز ببطولة الدوري.", analyzers));
    }

    @Test
    void aDefiniteWordOrNeighboursNotSideBySideInTheSentenceAreNoSlot() {
        // The question's word carries the article itself: a definite noun said otherwise.
        assertFalse(DisplacedWord.in("متى فاز الفريق في الكأس الإقليمية؟", SENTENCE, analyzers));
        // الفريق and الإقليمية stand far apart in the sentence.
        assertFalse(DisplacedWord.in("متى فاز الفريق توقيرا الإقليمية؟", SENTENCE, analyzers));
        // The slot's word is indefinite in the sentence (عام), so no definite noun was put otherwise.
        assertFalse(DisplacedWord.in("متى فاز الفريق الإقليمية توقيرا 2005؟", SENTENCE, analyzers));
    }

    @Test
    void anActiveParticipleInTheSlotIsNoSlot() {
        String sentence = "أكبر المناطق هي المنطقة الناطقة باللغة الهولندية في الشمال.";
        // الناطقة is a doer the question names with a verb of another root.
        assertFalse(DisplacedWord.in("أي منطقة تتكلم باللغة الهولندية؟", sentence, analyzers));
        // The same slot before a noun that is no participle (البطولة) is displaced.
        assertTrue(DisplacedWord.in("أي منطقة تتكلم باللغة الهولندية؟",
                "أكبر المناطق هي المنطقة البطولة باللغة الهولندية في الشمال.", analyzers));
    }
}
