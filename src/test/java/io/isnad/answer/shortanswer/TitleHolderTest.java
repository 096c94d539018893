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
        TitleHolder met = asked("من التقى الرئيس السوري؟");
        assertEquals(java.util.Set.of(), met.titles());
        assertEquals(java.util.Set.of(), met.countries());
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

    @Test
    void aWhichNounAsksItsCountrysHolderAndACounterpartOfAnotherIsSetAside() {
        String iran = ArabicPlaceNames.demonymBase("ايران");
        assertEquals(java.util.Optional.of(iran),
                asked("منو الرئيس الايراني اللي اتهم الجهات الداعمة للارهاب؟").whichCountry());
        assertEquals(java.util.Optional.of(iran),
                asked("Which Iranian official sent a cable to the speaker of Syria's parliament?").whichCountry());
        assertEquals(java.util.Optional.of(iran), asked("مين رئيس مجلس النواب بإيران يلي بعت تعزية؟").whichCountry());
        // A verb right after the who-word: the office after it is another person's, named by the question.
        assertEquals(java.util.Optional.empty(), asked("مين التقى وزير الخارجية الإيراني؟").whichCountry());
        String cable = "من جهته، أبرق رئيس البرلمان الإيراني، محمد باقر قاليباف، إلى نظيره السوري، حمودة صباغ، معزياً";
        assertEquals(List.of("محمد باقر قاليباف"), kept(asked("Which Iranian official sent a cable of condolence?"),
                cable, "محمد باقر قاليباف", "حمودة صباغ"));
        assertEquals(List.of("حمودة صباغ"), kept(asked("Which Syrian official received a cable of condolence?"),
                cable, "محمد باقر قاليباف", "حمودة صباغ"));
        // A which-noun naming an office and no country asks no country's holder.
        assertEquals(TitleHolder.NONE, asked("منو المتحدث باسم الخارجية اللي قال إن روسيا علقت؟"));
    }

    /** The names of {@code names} that {@link TitleHolder#chosen} keeps as answers. */
    private static List<String> kept(TitleHolder holder, String sentence, String... names) {
        List<Span> spans = new ArrayList<>();
        for (String name : names) {
            int start = sentence.indexOf(name);
            spans.add(new Span(start, start + name.length(), name));
        }
        return holder.chosen(sentence, spans).stream().map(Span::folded).toList();
    }

    @Test
    void aPersonTheQuestionGivesByHisOfficeAndItsQualifierIsSetAsideWhileAnotherIsLeft() {
        String cable = "من جهته، أبرق رئيس البرلمان الإيراني، محمد باقر قاليباف، إلى نظيره السوري، حمودة صباغ، معزياً";
        String speaker = "محمد باقر قاليباف";
        String syrian = "حمودة صباغ";
        assertEquals(List.of(syrian), kept(asked("To whom did the Iranian parliament speaker send condolences?"), cable,
                speaker, syrian));
        // The body alone gives him too; with another nation than his, the office and body are another's.
        assertEquals(List.of(syrian),
                kept(asked("To whom did the parliament speaker send condolences?", "برلمان"), cable, speaker, syrian));
        assertEquals(List.of(speaker, syrian),
                kept(asked("Who did the Syrian parliament speaker call?", "برلمان"), cable, speaker, syrian));
        // Alone, the person the question gives stays: the sentence may name its answer otherwise.
        assertEquals(List.of(speaker),
                kept(asked("To whom did the Iranian parliament speaker send condolences?"), cable, speaker));
        String envoy = "والاجتماع المتوتر بين رئيس الوزراء الإسرائيلي بنيامين نتنياهو ومبعوث ترامب ستيف ويتكوف";
        assertEquals(List.of("بنيامين نتنياهو"), kept(asked("Who had a strained sit-down with Trump's envoy?", "ترامب"),
                envoy, "بنيامين نتنياهو", "ستيف ويتكوف"));
    }

    @Test
    void aWhoQuestionAskingWhoWasTheHolderGivesNoTitle() {
        TitleHolder last = asked("من كان آخر رئيس وزراء لألمانيا الشرقية؟");
        assertEquals(TitleHolder.GivenTitle.NONE, last.given());
        assertFalse(asked("مين التقى وزير الخارجية الإيراني؟").given().offices().isEmpty());
    }
}
