package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

class AskedNameTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    private EvidenceTerm term(String label, String arabic) {
        Set<String> forms = Set.copyOf(analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(arabic)));
        return new EvidenceTerm(label, forms, 1, false);
    }

    /** "ما اسم وزير الدفاع السوري؟": the minister is the asked noun, defence and Syrian its qualifiers. */
    private final List<EvidenceTerm> minister = List.of(term("وزير", "وزير"), term("الدفاع", "الدفاع"),
            term("السوري", "السوري"));
    private final boolean[] ministerAsked = {true, false, false};

    private boolean givenNone(String sentence) {
        return AskedName.givenNone(List.of(sentence), minister, ministerAsked, analyzers);
    }

    @Test
    void aMentionOfTheAskedNounWithNoNameBesideItGivesNone() {
        assertTrue(givenNone("وفي رسالة إلى وزير الدفاع السوري، قال اللواء إن الهجوم كشف الطبيعة الإجرامية."),
                "a comma and a reporting verb after the noun and its qualifiers");
        assertTrue(givenNone("واجتمع اللواء مع وزير الدفاع السوري."), "the noun ends the sentence");
        assertTrue(givenNone("التقى اللواء \"وزير الدفاع السوري\"، وفقا للوكالة."),
                "a closing quote, a comma and a word of attribution");
        List<EvidenceTerm> airport = List.of(term("مطار", "مطار"), term("حلب", "حلب"));
        assertTrue(AskedName.givenNone(List.of("سيطر المتمردون على معظم مدينة حلب، إلى جانب مطارها وعشرات البلدات."),
                airport, new boolean[] {true, false}, analyzers), "the noun carries a pronoun: its airport");
    }

    @Test
    void aNameAfterTheNounInApposeOrInQuotesOrBeforeItIsGiven() {
        assertFalse(givenNone("وكان وزير الدفاع السوري علي عباس، نفى يوم الاثنين ذلك."), "the name right after the noun");
        assertFalse(givenNone("وفي رسالة إلى وزير الدفاع السوري، العماد علي عباس، قال اللواء إن الهجوم كشف الكثير."),
                "a name in apposition after the comma");
        assertFalse(givenNone("وفي رسالة إلى وزير الدفاع السوري (علي عباس) قال اللواء إن الهجوم كشف الكثير."),
                "a name in brackets");
        assertFalse(givenNone("التقى اللواء علي عباس، وهو وزير الدفاع السوري."), "a name before the noun, with وهو");
        assertFalse(givenNone("التقى وزير الدفاع السوري، قال اللواء. وزير الدفاع السوري علي عباس حضر."),
                "one mention of two gives the name");
    }

    @Test
    void aNounWhoseTaMarbutaIsWrittenTaBeforeItsPronounIsAMentionWithNoName() {
        List<EvidenceTerm> consul = List.of(term("قنصل", "القنصل"), term("حلب", "حلب"));
        boolean[] consulAsked = {true, false};
        assertTrue(AskedName.givenNone(List.of("أكدت الوزارة أن قنصليتها في حلب تعرضت للهجوم، لكن موظفيها بخير."),
                consul, consulAsked, analyzers), "its consulate: the asked noun's word, with a pronoun and no name");
        assertFalse(AskedName.givenNone(List.of("أكدت الوزارة أن قنصليتها في حلب تعرضت للهجوم، وقال القنصل أحمد "
                + "سعيد إن موظفيها بخير."), consul, consulAsked, analyzers), "another mention gives the name");
        assertFalse(AskedName.givenNone(List.of("وقالت الوزارة إن حكومتهم في حلب بخير."), consul, consulAsked,
                analyzers), "another noun in ة before a pronoun is no mention");
    }

    @Test
    void theTaMarbutaComesBackOnlyBeforeAGluedPronoun() {
        assertEquals("قنصليه", AskedName.withRestoredTaMarbuta("قنصليتها"));
        assertEquals("حكومه", AskedName.withRestoredTaMarbuta("حكومتهم"));
        assertEquals("مطارها", AskedName.withRestoredTaMarbuta("مطارها"), "no ت before the pronoun");
        assertEquals("قنصليه", AskedName.withRestoredTaMarbuta("قنصليه"), "no pronoun");
    }

    @Test
    void aSentenceThatDoesNotMentionTheAskedNounIsLeftToTheAnswer() {
        assertFalse(givenNone("وأعلنت \"إدارة العمليات العسكرية\" تحرير كامل الريف الغربي."));
        assertFalse(AskedName.givenNone(List.of("وفي رسالة إلى وزير الدفاع السوري، قال اللواء إن…"), minister,
                new boolean[3], analyzers), "no asked noun among the terms");
    }

    /** "في أي مناطق من سوريا يقاتل مقاتلو الحرس الثوري؟": the areas are the asked noun. */
    private final List<EvidenceTerm> areas = List.of(term("مناطق", "مناطق"), term("سوريا", "سوريا"),
            term("حرس", "الحرس"));
    private final boolean[] areasAsked = {true, false, false};

    private boolean countedOnly(String sentence) {
        return AskedName.countedOnly(List.of(sentence), areas, areasAsked, analyzers);
    }

    @Test
    void anAskedNounOnlyCountedAndNamedNowhereIsCountedOnly() {
        assertTrue(countedOnly("وتسانده عبر مقاتلي الحرس الثوري الذين يحاربون إلى جانب النظام في عدة مناطق."),
                "a vague quantity before the noun");
        assertTrue(countedOnly("ويقاتل الحرس الثوري في ثلاث مناطق."), "a number word before the noun");
        assertFalse(countedOnly("ويقاتل الحرس الثوري في عدة مناطق هي حلب وحماة."), "the counted areas named");
        assertFalse(countedOnly("ويقاتل الحرس الثوري في مناطق حلب وحماة."), "named, not counted");
        assertFalse(countedOnly("ويقاتل الحرس الثوري في سوريا منذ سنوات."), "the asked noun not mentioned");
        assertFalse(countedOnly("ويقاتل الحرس الثوري في عدة مناطق. وأبرز المناطق التي يقاتل فيها حلب وحماة."),
                "another mention names them");
        assertFalse(countedOnly("ويقاتل الحرس الثوري في 3 مناطق."), "a figure may end a name before the noun");
    }
}
