package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;

class DisplacedLastWordTest {

    private static final String SENTENCE = "قام مورسه لأول مرة بتخليق الباراسيتامول عن طريق اختزال البارا-نيتروفينول.";

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    private Optional<String> of(String question, String sentence) {
        return DisplacedLastWord.of(SlotWord.of(question, analyzers), SlotWord.of(sentence, analyzers));
    }

    @Test
    void aLastWordInADefiniteNounsPlaceAfterTheSentencesOwnWordIsDisplaced() {
        // بتخليق ___: the sentence writes الباراسيتامول where the question ends on كورت.
        assertEquals(Optional.of("كورت"), of("من قام بتخليق كورت؟", SENTENCE));
    }

    @Test
    void theSentencesOwnWordOrAWordOfItsRootIsNotDisplaced() {
        // The question writes the sentence's word without the article: the same stem.
        assertTrue(of("من قام بتخليق باراسيتامول؟", SENTENCE).isEmpty());
        // دعواها and الدعاوى share only their weak root's letters: the question's phrasing of the noun.
        assertTrue(of("ماذا رفعت الشركة دعواها؟", "رفعت الشركة الدعاوى أمام المحكمة.").isEmpty());
        assertEquals(Optional.of("كورت"), of("ماذا رفعت الشركة كورت؟", "رفعت الشركة الدعاوى أمام المحكمة."));
    }

    @Test
    void aShortDefiniteOrUnalignedLastWordIsNoSlot() {
        // Three letters: as often a common adjective (مهم) as a thing put in the noun's place.
        assertTrue(of("من قام بتخليق مهم؟", SENTENCE).isEmpty());
        // The question's word carries the article itself: a definite noun said otherwise.
        assertTrue(of("من قام بتخليق الأسبرين؟", SENTENCE).isEmpty());
        // The word before it (بتصنيع) is not the sentence's.
        assertTrue(of("من قام بتصنيع كورت؟", SENTENCE).isEmpty());
        // The sentence's word after the neighbour is indefinite (مركب), so no definite noun was put otherwise.
        assertTrue(of("من قام بتخليق كورت؟", "قام العالم بتخليق مركب جديد.").isEmpty());
    }

    @Test
    void aPlaceTheLexiconKnowsIsLeftToTheUnwrittenNameRule() {
        String sentence = "باع المزارعون اللبن في سوق حلب بعد زيارة إلى سورية.";
        assertTrue(of("متى زار المزارعون سوريا؟", sentence).isEmpty());
        assertEquals(Optional.of("كورت"), of("متى زار المزارعون كورت؟", sentence));
    }
}
