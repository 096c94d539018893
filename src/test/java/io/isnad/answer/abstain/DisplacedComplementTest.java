package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;

class DisplacedComplementTest {

    private static final String SENTENCE = "ثم هزموا باتريوتس في مباراة بطولة رابطة كرة القدم الأمريكية.";

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    private List<String> of(String question, String sentence) {
        return DisplacedComplement.of(DisplacedComplement.slots(SlotWord.of(question, analyzers)),
                SlotWord.of(sentence, analyzers));
    }

    private List<String> of(String question) {
        return of(question, SENTENCE);
    }

    @Test
    void aWordPutAfterANounTheSentenceCompletesOtherwiseIsDisplaced() {
        // مباراة ___: the sentence writes بطولة after مباراة where the question puts اسوس.
        assertEquals(List.of("اسوس"), of("ما نتيجة مباراة اسوس رابطة كرة القدم؟"));
    }

    @Test
    void theSentencesOwnWordAnotherFormOfItOrASlipOfItIsNoSlot() {
        assertTrue(of("ما نتيجة مباراة بطولة رابطة كرة القدم؟").isEmpty());
        assertTrue(of("ما نتيجة مباراة بطولات رابطة كرة القدم؟").isEmpty());
        // The sentence's word with a letter typed after it.
        assertTrue(of("ما نتيجة مباراة بطولةي رابطة كرة القدم؟").isEmpty());
        // A function word misspelt (ابتي for التي) is the question's wording.
        assertTrue(of("ما نتيجة مباراة ابتي رابطة كرة القدم؟").isEmpty());
    }

    @Test
    void aWordAfterAVerbOrGluedToAProcliticIsTheQuestionsOwnWording() {
        // After the verb يستخدم, its object is the question's own choice of words; after the noun البخار, not.
        String sentence = "يستخدم المحرك البخار لتوليد الطاقة.";
        assertTrue(of("ماذا يستخدم مناضلا لتوليد الطاقة؟", sentence).isEmpty());
        assertEquals(List.of("مناضلا"), of("ماذا يستخدم البخار مناضلا؟", sentence));
        // After a definite noun وقايدا continues a list, and بمكانها opens a phrase: neither is bound to the noun.
        assertTrue(of("ما نتيجة المباراة وقايدا رابطة كرة القدم؟").isEmpty());
        assertTrue(of("ما نتيجة مباراة بمكانها رابطة كرة القدم؟").isEmpty());
    }

    @Test
    void aGluedConjunctionAfterAnIndefiniteNounStandsInItsComplementsPlace() {
        // مباراة ___: no و parts a construct's head from the word that completes it (بطولة in the sentence).
        assertEquals(List.of("وقايدا"), of("ما نتيجة مباراة وقايدا رابطة كرة القدم؟"));
        // Two heads sharing the sentence's own complement (مباراة ومنافسة بطولة) are the question's wording.
        assertTrue(of("ما نتيجة مباراة ومنافسة بطولة رابطة كرة القدم؟").isEmpty());
    }

    @Test
    void aKnownPlaceIsASlotAfterAnyWordAndGluedToAProclitic() {
        // مارلي and نظام read as verbs (م، ن), and و glues أفريقيا: a place the lexicon knows is what is asked.
        assertEquals(List.of("سوريه"), of("إلى أي لغة ترجمت مارلي سورية النشيد الوطني؟",
                "ترجمت الممثلة مارلي ماتلين النشيد الوطني إلى لغة الإشارة."));
        assertEquals(List.of("وافريقيا"), of("ما السنة التي تم فيها إحداث نظام وأفريقيا ما بين الولايات؟",
                "تم إحداث نظام الطرق السريعة الرابطة للولايات في الخمسينيات."));
        // The sentence's own name is none, nor is a known place with the article.
        assertTrue(of("إلى أي لغة ترجمت مارلي ماتلين النشيد الوطني؟",
                "ترجمت الممثلة مارلي ماتلين النشيد الوطني إلى لغة الإشارة.").isEmpty());
        assertTrue(of("ما السنة التي تم فيها إحداث نظام الجزائر ما بين الولايات؟",
                "تم إحداث نظام الطرق السريعة الرابطة للولايات في الخمسينيات.").isEmpty());
    }

    @Test
    void aDefiniteShortOrConjugatedWordIsNoSlot() {
        assertTrue(of("ما نتيجة مباراة المناضل رابطة كرة القدم؟").isEmpty());
        assertTrue(of("ما نتيجة مباراة كمي رابطة كرة القدم؟").isEmpty());
        assertTrue(of("ما نتيجة مباراة تشعل رابطة كرة القدم؟").isEmpty());
    }

    @Test
    void aListsNextMemberPutAfterALoneConjunctionIsDisplaced() {
        String sentence = "تمكن طغرل بك من انتزاع مدينتي مرو ونيسابور في عام 1037م.";
        String question = "في أي سنة تم انتزاع مدينتي مرو و كوفين؟";
        // مرو و ___: the sentence writes نيسابور after مرو's و, glued or alone, where the question puts كوفين,
        // whose ك is its own (no preposition), and which is no misspelt وفين "where": a letter longer.
        assertEquals(List.of("كوفين"), of(question, sentence));
        assertEquals(List.of("كوفين"), of(question, "انتزع طغرل مدينتي مرو و نيسابور في عام 1037م."));
        // The sentence's own member, and a member after a word no و follows, are no slot.
        assertTrue(of("في أي سنة تم انتزاع مدينتي مرو و نيسابور؟", sentence).isEmpty());
        assertTrue(of(question, "انتزع طغرل مرو في عام 1037م.").isEmpty());
        // After a noun with no و between, a word opening on ك is still read as glued to the preposition.
        assertTrue(of("في أي سنة تم انتزاع مدينتي مرو كوفين؟", sentence).isEmpty());
    }
}
