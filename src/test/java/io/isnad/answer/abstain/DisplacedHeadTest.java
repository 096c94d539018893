package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;

class DisplacedHeadTest {

    private static final String SENTENCE = "اقترح العلماء قياس الإشعاع المنبعث من الغطاء النباتي لوصف صحة النبات.";

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    private Optional<String> of(String question, String sentence) {
        return DisplacedHead.of(SlotWord.of(question, analyzers), SlotWord.of(sentence, analyzers));
    }

    @Test
    void aWordPutAtTheHeadOfTheSentencesDefiniteWordIsDisplaced() {
        // ___ النباتي: the sentence writes الغطاء before النباتي where the question puts ترشيحات.
        assertEquals(Optional.of("ترشيحات"), of("من أين يرغب العلماء قياس إشعاع ترشيحات النباتي؟", SENTENCE));
    }

    @Test
    void theSentencesOwnHeadOrAnotherFormOfItsDefiniteWordIsNoSlot() {
        // غطاء is the sentence's head without the article: the same stem.
        assertTrue(of("من أين يرغب العلماء قياس إشعاع غطاء النباتي؟", SENTENCE).isEmpty());
        // The question's next word is not written as the sentence writes it (النباتية, نباتي).
        assertTrue(of("من أين يرغب العلماء قياس إشعاع ترشيحات النباتية؟", SENTENCE).isEmpty());
        assertTrue(of("من أين يرغب العلماء قياس إشعاع ترشيحات نباتي؟", SENTENCE).isEmpty());
    }

    @Test
    void aConjugatedVerbBeforeTheSentencesWordIsTheQuestionsOwnWording() {
        String sentence = "يعالج التسمم بأول أكسيد الكربون، الغرغرينا الغازية، بهذه الأجهزة.";
        assertTrue(of("ما الكائن الذي يسبب الغرغرينا الغازية؟", sentence).isEmpty());
        assertEquals(Optional.of("ترشيحات"), of("ما الكائن الذي ترشيحات الغرغرينا الغازية؟", sentence));
    }

    @Test
    void aPlaceTheLexiconKnowsIsLeftToTheUnwrittenNameRule() {
        String sentence = "عاد الوفد من الحدود الشمالية للبلاد.";
        assertTrue(of("متى عاد الوفد من سوريا الشمالية؟", sentence).isEmpty());
        assertEquals(Optional.of("مجسات"), of("متى عاد الوفد من مجسات الشمالية؟", sentence));
    }
}
