package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;


/**
 * A question asked with dialect words ({@link io.isnad.ingest.arabic.ArabicDialectWords}) that no
 * article holds: they are its wording, not a name or a subject the corpus lacks.
 */
class DialectQuestionTest extends AbsenceCheckCase {

    @Override
    String article() {
        return """
                هبوط اضطراري
                هبطت الطائرة في مطار لارنكا بعد ساعة من إقلاعها.
                وأصيب ثلاثة ركاب بجروح طفيفة.""";
    }

    @Test
    void theDialectWordsOfAQuestionAreItsWordingNotNames() {
        // انجرح (أصيب) and الطيارة (الطائرة): no chunk holds them, and both are shaped like names.
        List<String> worded = worded("كم راكب انجرح بالطيارة؟");
        assertEquals(2, worded.size(), worded::toString);
        AbsentEvidence absent = check("كم راكب انجرح بالطيارة؟");
        assertEquals(List.of(), absent.unknownNames());
        assertEquals(0, absent.strangeShare());
    }

    @Test
    void theStandardWordADialectWordIsSearchedAsIsWordingToo() {
        // شاف is searched as رأى (QueryBuilder; stem را), which no chunk holds either: still the question's wording.
        assertTrue(worded("شو شاف الركاب بالطيارة؟").contains("را"), () -> worded("شو شاف الركاب بالطيارة؟").toString());
        assertEquals(0, check("شو شاف الركاب بالطيارة؟").strangeShare());
    }

    @Test
    void aNameTheCorpusLacksIsStillUnknown() {
        AbsentEvidence absent = check("كم راكب انجرح بالطيارة في قرغيزستان؟");
        assertTrue(absent.unknownWord());
        assertTrue(absent.strangeShare() > 0, () -> "strangeShare " + absent.strangeShare());
    }
}
