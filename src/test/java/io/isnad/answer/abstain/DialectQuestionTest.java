package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * A question asked with dialect words ({@link io.isnad.ingest.arabic.ArabicDialectWords}) that no
 * article holds: they are its wording, not a name or a subject the corpus lacks.
 */
class DialectQuestionTest {

    @TempDir
    Path tmp;

    private AbsenceCorpus fixture;

    @BeforeEach
    void articles() throws IOException {
        fixture = AbsenceCorpus.open(tmp, """
                هبوط اضطراري
                هبطت الطائرة في مطار لارنكا بعد ساعة من إقلاعها.
                وأصيب ثلاثة ركاب بجروح طفيفة.""");
    }

    @AfterEach
    void close() throws IOException {
        fixture.close();
    }

    private AbsentEvidence check(String question) {
        return fixture.check(question);
    }

    @Test
    void theDialectWordsOfAQuestionAreItsWordingNotNames() {
        // انجرح (أصيب) and الطيارة (الطائرة): no chunk holds them, and both are shaped like names.
        List<String> worded = fixture.worded("كم راكب انجرح بالطيارة؟");
        assertEquals(2, worded.size(), worded::toString);
        AbsentEvidence absent = check("كم راكب انجرح بالطيارة؟");
        assertEquals(List.of(), absent.unknownNames());
        assertEquals(0, absent.strangeShare());
    }

    @Test
    void aNameTheCorpusLacksIsStillUnknown() {
        AbsentEvidence absent = check("كم راكب انجرح بالطيارة في قرغيزستان؟");
        assertTrue(absent.unknownWord());
        assertTrue(absent.strangeShare() > 0, () -> "strangeShare " + absent.strangeShare());
    }
}
