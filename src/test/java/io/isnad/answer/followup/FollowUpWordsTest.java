package io.isnad.answer.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

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
}
