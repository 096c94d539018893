package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;

class DisplacedWordTest {

    private static final String SENTENCE = "وصل الفريق إلى المباراة النهائية بعد فوزه في البطولة الإقليمية عام 2005.";

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    private boolean in(String question, String sentence) {
        return DisplacedWord.in(SlotWord.of(question, analyzers), SlotWord.of(sentence, analyzers));
    }

    @Test
    void aWordInADefiniteNounsPlaceBetweenTheSentencesOwnNeighboursIsDisplaced() {
        // في ___ الإقليمية: the sentence writes البطولة where the question writes توقيرا.
        assertTrue(in("متى فاز الفريق في توقيرا الإقليمية؟", SENTENCE));
    }

    @Test
    void theSentencesOwnWordOrAWordOfItsRootIsNotDisplaced() {
        assertFalse(in("متى فاز الفريق في البطولة الإقليمية؟", SENTENCE));
        // بطولات shares البطولة's root: the question's own phrasing of it.
        assertFalse(in("متى فاز الفريق في بطولات الإقليمية؟", SENTENCE));
        // فاز and الفوز share only the weak root's two letters.
        assertFalse(in("من فاز ببطولة الدوري؟", "تمكنوا من الفوز ببطولة الدوري."));
        assertTrue(in("من توقيرا ببطولة الدوري؟", "تمكنوا من الفوز ببطولة الدوري."));
    }

    @Test
    void aDefiniteWordOrNeighboursNotSideBySideInTheSentenceAreNoSlot() {
        // The question's word carries the article itself: a definite noun said otherwise.
        assertFalse(in("متى فاز الفريق في الكأس الإقليمية؟", SENTENCE));
        // الفريق and الإقليمية stand far apart in the sentence.
        assertFalse(in("متى فاز الفريق توقيرا الإقليمية؟", SENTENCE));
        // The slot's word is indefinite in the sentence (عام), so no definite noun was put otherwise.
        assertFalse(in("متى فاز الفريق الإقليمية توقيرا 2005؟", SENTENCE));
    }

    @Test
    void anActiveParticipleInTheSlotIsNoSlot() {
        String sentence = "أكبر المناطق هي المنطقة الناطقة باللغة الهولندية في الشمال.";
        // الناطقة is a doer the question names with a verb of another root.
        assertFalse(in("أي منطقة تتكلم باللغة الهولندية؟", sentence));
        // The same slot before a noun that is no participle (البطولة) is displaced.
        assertTrue(in("أي منطقة تتكلم باللغة الهولندية؟", "أكبر المناطق هي المنطقة البطولة باللغة الهولندية في الشمال."));
    }
}
