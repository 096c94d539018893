package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class VerbShapedNamesTest {

    /** The verb stems a corpus writes: those of تشتهر and يقاتل. */
    private static final Predicate<String> UNWRITTEN = stem -> !Set.of("شتهر", "قاتل").contains(stem);

    @Test
    void aVerbShapedWordAfterAPrepositionWhoseStemIsUnwrittenIsOne() {
        // ويليام reads as و + ي + ليام, a stem no word writes; تشتهر looks as conjugated but follows no preposition.
        assertEquals(List.of("ويليام"), VerbShapedNames.of(QuestionWords.of("بماذا كانت تشتهر الهند فى ويليام؟"), UNWRITTEN));
        assertEquals(List.of("ويليام"), VerbShapedNames.of(QuestionWords.of("ماذا قال الوزير عن ويليام؟"), UNWRITTEN));
    }

    @Test
    void aWrittenStemAVerbAfterWhoOrUntilAndANounAreNone() {
        // يقاتل's stem is written; من is also "who" and حتى "until", both before a verb; طوكيو does not look conjugated.
        assertEquals(List.of(), VerbShapedNames.of(QuestionWords.of("متى بدأ الجنود في يقاتلون؟"), UNWRITTEN));
        assertEquals(List.of(), VerbShapedNames.of(QuestionWords.of("من يليام الفريق؟"), UNWRITTEN));
        assertEquals(List.of(), VerbShapedNames.of(QuestionWords.of("متى انتظر الفريق حتى يليام؟"), UNWRITTEN));
        assertEquals(List.of(), VerbShapedNames.of(QuestionWords.of("متى وصل الوزير إلى طوكيو؟"), UNWRITTEN));
    }
}
