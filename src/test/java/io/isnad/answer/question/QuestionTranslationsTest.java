package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.retrieve.EvidenceTerm;

class QuestionTranslationsTest {

    private static final List<EvidenceTerm> ASKED = List.of(
            new EvidenceTerm("children", Set.of("طفل"), 1, false),
            new EvidenceTerm("killed", Set.of("killed", "قتل"), 1, false));

    // Only the Arabic forms count (an untranslated English form matches no article word), and the
    // counted ones are those of the term whose label holds the counted noun.
    @Test
    void keepsTheArabicFormsAndThoseOfTheCountedNoun() {
        QuestionTranslations translations = QuestionTranslations.of(ASKED, "children");
        assertEquals(List.of("طفل", "قتل"), translations.focus().stream().sorted().toList());
        assertEquals(List.of("طفل"), translations.counted());
    }

    @Test
    void theTalliedNounComesAfterItsTranslationsAndNothingIsTalliedWithoutOne() {
        QuestionTranslations translations = QuestionTranslations.of(ASKED, "children");
        assertEquals(List.of("طفل", "children"), translations.tallied("children"));
        assertEquals(List.of(), translations.tallied(""));
        assertEquals(List.of(), QuestionTranslations.of(ASKED, "").counted());
    }
}
