package io.isnad.answer.followup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.retrieve.EvidenceTerm;

class FollowUpWordsTest {

    @Test
    void aFollowUpsDialectWordsAreTypedAsTheStandardWordsTheyAreSearchedAs() {
        // "رح يزور" is searched as سيزور and انجرح as أصيب: words the user typed, not carried ones.
        Predicate<EvidenceTerm> future = FollowUpWords.mentionedIn("ووين رح يزور بعدها؟");
        assertTrue(future.test(new EvidenceTerm("سيزور", Set.of("سيزور"), 1, false)));
        assertTrue(FollowUpWords.mentionedIn("وقديش واحد انجرح؟")
                .test(new EvidenceTerm("اصيب", Set.of("اصيب"), 1, false)));
        assertFalse(future.test(new EvidenceTerm("دمشق", Set.of("دمشق"), 1, false)), "a carried word");
    }

    @Test
    void aFollowUpAsksForMoreByElseOrBesidesNotByAnotherOrAlso() {
        PreviousAnswer shown = new PreviousAnswer("d.txt", 1, QuestionType.OTHER, "Which group captured the depots?");
        for (String more : List.of("what else did they grab besides the depots", "Who else was there?",
                "وماذا أخذوا سوى المخازن؟", "وماذا أخذوا عدا المخازن؟")) {
            assertTrue(FollowUpWords.asksForMore(after(more, shown)), more);
        }
        for (String other : List.of("what did they grab?", "And where did the other group go?",
                "وهل أخذوا المركبات أيضا؟", "وهل كان الهجوم غير متوقع؟")) {
            assertFalse(FollowUpWords.asksForMore(after(other, shown)), other);
        }
        String alone = "what else did they grab besides the depots";
        assertFalse(FollowUpWords.asksForMore(new AskedQuestion(alone, alone, QuestionAnalyzer.analyze(alone), true,
                Optional.empty())), "no follow-up");
    }

    @Test
    void aPlaceAFollowUpNamesInPlaceOfTheOneAskedBeforeIsNoNewWord() {
        List<EvidenceTerm> terms = List.of(new EvidenceTerm("russia's", Set.of("روس"), 1, false),
                new EvidenceTerm("role", Set.of("دور"), 1, false));
        boolean[] typed = {true, true};
        PreviousAnswer iran = new PreviousAnswer("d.txt", 1, QuestionType.OTHER,
                "what part does Iran play in the ground operations?");
        assertArrayEquals(new boolean[] {false, true},
                FollowUpWords.withoutContrastedPlaces(typed, terms, after("and russia's role?", iran)));
        PreviousAnswer noPlace = new PreviousAnswer("d.txt", 1, QuestionType.OTHER, "who plans the ground operations?");
        assertArrayEquals(typed,
                FollowUpWords.withoutContrastedPlaces(typed, terms, after("and russia's role?", noPlace)));
        assertArrayEquals(typed, FollowUpWords.withoutContrastedPlaces(typed, terms,
                after("and russia's role beside iran?", iran)), "the earlier place named again: no contrast");
    }

    @Test
    void aWordSearchedAsAWordTheEarlierQuestionAskedIsNoNewWord() {
        // "rebel" is searched as the opposition (معارض) and the fighters (مقاتل) the earlier question asked.
        List<EvidenceTerm> terms = List.of(new EvidenceTerm("rebel", Set.of("rebel", "معارض", "مقاتل"), 1, false),
                new EvidenceTerm("faction", Set.of("faction", "فصيل"), 1, false),
                new EvidenceTerm("opposition", Set.of("opposition", "معارض"), 1, false),
                new EvidenceTerm("fighters", Set.of("fighter", "مقاتل"), 1, false));
        PreviousAnswer vehicle = new PreviousAnswer("d.txt", 5, QuestionType.OTHER,
                "whose armoured vehicle were the opposition fighters driving?");
        assertArrayEquals(new boolean[] {false, true, false, false}, FollowUpWords.newWords(terms,
                after("and which rebel faction did those fighters belong to?", vehicle)));
    }

    @Test
    void theJoinOfAWordWithItsNeighbourIsNoWordTheEarlierQuestionAsked() {
        // The search adds each word joined with its neighbours (سقطهجوم): the typed سقط shares that join with
        // the carried هجوم, and is still a word of the follow-up's own.
        List<EvidenceTerm> terms = List.of(new EvidenceTerm("جريح", Set.of("جريح", "جريحسقط", "اصيب"), 1, false),
                new EvidenceTerm("سقط", Set.of("سقط", "جريحسقط", "سقطهجوم"), 1, false),
                new EvidenceTerm("هجوم", Set.of("هجوم", "سقطهجوم", "اعتداء"), 1, false));
        PreviousAnswer attack = new PreviousAnswer("d.txt", 1, QuestionType.PLACE, "أين وقع الهجوم؟");
        assertArrayEquals(new boolean[] {true, true, false},
                FollowUpWords.newWords(terms, after("وكم جريح سقط فيه؟", attack)));
    }

    private static AskedQuestion after(String question, PreviousAnswer previous) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.of(previous));
    }
}
