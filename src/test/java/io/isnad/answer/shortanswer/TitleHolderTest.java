package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

class TitleHolderTest {

    private static TitleHolder asked(String question, String... translations) {
        String folded = ArabicTextNormalizer.normalize(question);
        List<String> words = new ArrayList<>(List.of(folded.split("[\\s؟?']+")));
        words.addAll(List.of(translations));
        return TitleHolder.asked(folded, words);
    }

    private static boolean other(TitleHolder holder, String sentence, String name) {
        int start = sentence.indexOf(name);
        return holder.otherThan(sentence, new Span(start, start + name.length(), name));
    }

    @Test
    void anIdentityQuestionNamesItsTitleAndCountryAndNoOtherQuestionDoes() {
        TitleHolder minister = asked("من هو وزير خارجية إيران؟");
        assertTrue(minister.titles().contains("وزير"));
        assertTrue(minister.countries().contains(ArabicPlaceNames.demonymBase("ايران")));
        assertEquals(java.util.Set.of(ArabicPlaceNames.demonymBase("روسيا")), asked("Who is the president of Russia?").countries());
        assertEquals(java.util.Set.of(ArabicPlaceNames.demonymBase("ايران")), asked("Who is the Iranian defence minister?").countries());
        assertEquals(TitleHolder.NONE, asked("من التقى الرئيس السوري؟"));
        assertEquals(java.util.Set.of(), asked("من هو قائد الهجوم على حمص؟").countries());
    }

    @Test
    void anotherCountrysOrAnotherTitlesHolderIsTold() {
        String lavrov = "في حين شدد وزير الخارجية الروسي سيرغي لافروف على أنه";
        assertTrue(other(asked("من هو وزير خارجية إيران؟"), lavrov, "سيرغي لافروف"));
        assertFalse(other(asked("من هو وزير خارجية روسيا؟"), lavrov, "سيرغي لافروف"));
        assertFalse(other(asked("من التقى لافروف؟"), lavrov, "سيرغي لافروف"));
        assertFalse(other(asked("من هو وزير خارجية إيران؟"), "وقال سيرغي لافروف إن", "سيرغي لافروف"));
        String spokesman = "وكان المتحدث الرسمي باسم وزارة الخارجية الإيرانية بهرام قاسمي كشف";
        assertTrue(other(asked("من هو وزير خارجية إيران؟"), spokesman, "بهرام قاسمي"));
        assertFalse(other(asked("من هو المتحدث باسم الخارجية الإيرانية؟"), spokesman, "بهرام قاسمي"));
        String chief = "أكد رئيس أركان القوات المسلحة الإيرانية، اللواء محمد حسين باقري، أن";
        assertFalse(other(asked("من هو رئيس أركان القوات المسلحة الإيرانية؟"), chief, "محمد حسين باقري"));
        assertTrue(other(asked("من هو وزير الدفاع الإيراني؟"), chief, "محمد حسين باقري"));
    }
}
