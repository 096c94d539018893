package io.isnad.answer.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.retrieve.EvidenceTerm;

class SeriesNumberTest {

    private static final EvidenceTerm WON = new EvidenceTerm("won", Set.of("فاز", "فوز"), 6.3, false);
    private static final EvidenceTerm SUPER_BOWL = new EvidenceTerm("super bowl", Set.of("سوبر", "بول"), 6.3, false);
    private static final EvidenceTerm XLIX = new EvidenceTerm("49", Set.of("49"), 5.2, false);

    // "Who won Super Bowl XLIX?": the figure after the phrase names one of the series, read by the phrase's forms.
    @Test
    void aFigureAfterAWordNamesOneOfASeries() {
        List<SeriesNumber> asked = SeriesNumber.asked(List.of(WON, SUPER_BOWL, XLIX));
        assertEquals(List.of(new SeriesNumber(Set.of("سوبر", "بول"), "49")), asked);
        assertEquals(List.of(), SeriesNumber.asked(List.of(XLIX, WON)), "a figure before any word names none");
        assertEquals(List.of(), SeriesNumber.asked(List.of(WON, SUPER_BOWL)), "no figure, no series");
        EvidenceTerm year = new EvidenceTerm("عام", Set.of("عام"), 2.0, false);
        assertEquals(List.of(), SeriesNumber.asked(List.of(year, new EvidenceTerm("2009", Set.of("2009"), 5.0, false))),
                "a year after a word dates, it numbers no series");
    }

    // The word with or without its article, right before the number; another number there is another of the series.
    @Test
    void aSentenceWritesTheAskedOneOrAnother() {
        SeriesNumber asked = new SeriesNumber(Set.of("سوبر", "بول"), "49");
        String other = "الرقم القياسي السابق كان بحوزة جون إلواي، الذي قاد البرونكوس للفوز في السوبر بول 33 في عمر 38.";
        String gold = "ثم هزموا بطل السوبر بول 49 المدافع عن لقبه نيو إينغلاند باتريوتس.";
        assertTrue(asked.otherWrittenIn(other));
        assertFalse(asked.writtenIn(other));
        assertTrue(asked.writtenIn(gold));
        assertFalse(asked.otherWrittenIn(gold));
        assertFalse(asked.otherWrittenIn("فاز الفريق بالسوبر بول 33 وبالسوبر بول 49."), "the asked one written too");
        assertFalse(asked.otherWrittenIn("فاز الفريق بـ 33 نقطة."), "a number after no word of the series");
        assertFalse(asked.otherWrittenIn("أقيم السوبر بول 2016 في كاليفورنيا."), "a year after the word is no member");
    }
}
