package io.isnad.answer.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.abstain.ReportDeclines;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.retrieve.LanguageDetector;

class FollowUpRuleTest {

    /** Earlier English questions as they are: the tests of one language never translate. */
    private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();
    /** Each question's language as the service reads it ({@link LanguageDetector#detect}). */
    private static final String EN = LanguageDetector.ENGLISH;
    private static final String AR = LanguageDetector.ARABIC;


    @Test
    void englishPronounCarriesTheEarlierNamesForward() {
        assertEquals(Optional.of("Where will he travel next (Assad Damascus December 1)?"),
                FollowUpRule.rewrite("Where will he travel next?", EN,
                        List.of("Who met Assad in Damascus on December 1?"), AS_IS));
    }

    @Test
    void englishContentWordsOfTheEarlierQuestionAreCarriedLikeNames() {
        // "he" is the spokesman of the foreign ministry: the role is carried, not only the capitalised "Iran".
        String rewritten = FollowUpRule.rewrite("What did he warn against?", EN,
                List.of("Who is the spokesman of Iran's foreign ministry?"), AS_IS).orElseThrow();
        assertEquals("What did he warn against (spokesman Iran foreign ministry)?", rewritten);
    }

    @Test
    void shortArabicFollowUpCarriesTheEarlierContentWords() {
        String rewritten = FollowUpRule.rewrite("وماذا ناقشا؟", AR,
                List.of("متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟"), AS_IS).orElseThrow();
        assertTrue(rewritten.startsWith("وماذا ناقشا ("), rewritten);
        assertTrue(rewritten.contains("عراقجي") && rewritten.contains("دمشق"), rewritten);
        assertFalse(rewritten.contains("متى"), "question words are not carried: " + rewritten);
        assertTrue(rewritten.endsWith("؟"));
    }

    // A follow-up with enough words of its own is searched alone and asked with no previous answer, so the report
    // declines that leave follow-ups out (ReportDeclines.noWordsReported, otherSpeaker: their previous() guard) read
    // it as the question of its own it is: "what did X say about Y?" answered by a deed is declined, as asked first.
    @Test
    void aFollowUpReadAloneIsReadByTheReportDeclinesAsAQuestionOfItsOwn() {
        String question = "وشو قالت الأمم المتحدة عن قصف المستشفى الوطني؟";
        assertEquals(Optional.empty(), FollowUpRule.rewrite(question, AR, List.of("متى قصف المستشفى الوطني؟"),
                AS_IS));
        AskedQuestion alone = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.empty());
        assertTrue(ReportDeclines.noWordsReported(alone,
                List.of("وقصفت الطائرات المستشفى الوطني في المدينة صباح الأحد، ما أدى إلى خروجه عن الخدمة.")));
    }

    @Test
    void aReplyAskedWithoutWhatItWasToRefersBack() {
        // A reply is to something: unnamed, it is what the conversation was about.
        assertTrue(FollowUpRule.pointsBack("how did the Syrian army respond?"));
        assertTrue(FollowUpRule.pointsBack("وكيف رد الجيش السوري؟"));
        assertFalse(FollowUpRule.pointsBack("How did the Syrian defence minister respond to Bagheri's message?"));
        assertFalse(FollowUpRule.pointsBack("كيف رد الجيش السوري على الهجوم الإرهابي في حمص؟"));
    }

    @Test
    void anEnglishAdverbOfRelativeTimeRefersBackToTheTimeAskedBefore() {
        // Enough words of their own and a capitalised name each: read alone without the adverb.
        assertTrue(FollowUpRule.pointsBack("and which parts of the city were still out of HTS hands a day later?"));
        assertTrue(FollowUpRule.pointsBack("Which Syrian officials had visited Homs two hours earlier?"));
        assertEquals(Optional.of("and which districts did HTS still not hold a day later (date Syrian Observatory rebels"
                        + " held most Aleppo)?"),
                FollowUpRule.rewrite("and which districts did HTS still not hold a day later?", EN,
                        List.of("On what date did the Syrian Observatory say the rebels held most of Aleppo?"), AS_IS));
        assertFalse(FollowUpRule.pointsBack("Which parts of Aleppo did HTS still not hold on 1 December?"));
    }

    @Test
    void arabicPronounAttachedToAPrepositionRefersBack() {
        assertTrue(FollowUpRule.pointsBack("وإلى أين سيسافر بعدها؟"));
        assertTrue(FollowUpRule.pointsBack("ماذا قال عنه المتحدث باسم الخارجية الإيرانية؟"));
        assertFalse(FollowUpRule.pointsBack("ما اسم العملية العسكرية التي أطلقتها الفصائل في شمال غرب سوريا؟"));
    }

    @Test
    void theDialectsDemonstrativesAndPrepositionsWithAPronounReferBack() {
        // Three words of their own each, none of them a Standard pointer: read alone before.
        assertTrue(FollowUpRule.pointsBack("وقال الكلام ده يوم إيه؟"));
        assertTrue(FollowUpRule.pointsBack("وشكد واحد انصاب بيها؟"));
        assertTrue(FollowUpRule.pointsBack("شو قال هيدا الوزير عن حلب؟"));
        assertTrue(FollowUpRule.pointsBack("وشو حكى وياه عن الهدنة؟"));
        assertFalse(FollowUpRule.pointsBack("شو قال الوزير الإيراني عن معارك حلب؟"));
    }

    @Test
    void theLevantinePronounWrittenWawAndTheThisGluedToANounReferBack() {
        // Three words of their own each besides the pointer, none of them a Standard pointer: read alone before.
        assertTrue(FollowUpRule.pointsBack("ومين الوكالة اللي نقلت الحكي عنو؟"));
        assertTrue(FollowUpRule.pointsBack("ومين الوكالة اللي نقلت هالحكي؟"));
        assertFalse(FollowUpRule.pointsBack("مين الوكالة اللي نقلت الحكي؟"));
        assertEquals(Optional.of("ومين الوكالة اللي نقلت هالحكي (قال عراقجي الجيش السوري)؟"),
                FollowUpRule.rewrite("ومين الوكالة اللي نقلت هالحكي؟", AR, List.of("شو قال عراقجي عن الجيش السوري؟"),
                        AS_IS));
    }

    @Test
    void theDialectsOneAfterAHowManyWordIsNoWordOfTheQuestionsOwn() {
        // Two words of their own besides "كم واحد" (how many people): read alone before, and declined.
        assertTrue(FollowUpRule.pointsBack("طيب والمصابين كم واحد؟"));
        assertTrue(FollowUpRule.pointsBack("طيب وشكد واحد انصاب؟"));
        // Elsewhere واحد is a word of the question's own.
        assertFalse(FollowUpRule.pointsBack("طيب والمصابين واحد ضابط؟"));
        assertFalse(FollowUpRule.pointsBack("كم واحد انصاب بالهجوم على حمص؟"));
    }

    @Test
    void aNounOrVerbWithAGluedPronounRefersBackUnlessItOpensARelativeClause() {
        // Three words of their own or more, no pointer: only the pronoun glued to a noun or verb says
        // the question is about someone named before.
        assertTrue(FollowUpRule.pointsBack("وشو اسم نظيره السوري اللي عزّاه؟"));
        assertTrue(FollowUpRule.pointsBack("ومين بيصنفها جماعة إرهابية؟"));
        // The pronoun after a relative pronoun stands for the noun the clause describes; a word with
        // the article takes none (its ه is a ة written without dots).
        assertFalse(FollowUpRule.pointsBack("شو اسم الوزير السوري اللي عزّاه؟"));
        assertFalse(FollowUpRule.pointsBack("كم عدد ضحايا المجزره في المدينه الكبيرة؟"));
    }

    @Test
    void aQuestionOpeningOnAndBeforeItsQuestionWordGoesOnFromTheOneBefore() {
        // Five words of their own and no pointer: read alone before, and declined.
        assertEquals(Optional.of("وبأي شرط يسمح إن طيارات مقاتلة تنباع لإيران (سالفة القرار 2231 بالخبر)؟"),
                FollowUpRule.rewrite("وبأي شرط يسمح إن طيارات مقاتلة تنباع لإيران؟", AR,
                        List.of("وش سالفة القرار 2231 اللي جا بالخبر؟"), AS_IS));
        assertTrue(FollowUpRule.pointsBack("And which weekday was the IRGC's top adviser in Aleppo killed?"));
        assertTrue(FollowUpRule.pointsBack("ومتى أعلنت وزارة الصحة السورية عدد ضحايا الهجوم على حمص؟"));
        // A first word that only opens on و joins nothing.
        assertFalse(FollowUpRule.pointsBack("وين التقى عراقجي الرئيس السوري بشار الأسد في دمشق؟"));
        assertFalse(FollowUpRule.pointsBack("وزير الخارجية الإيراني شو قال عن معارك حلب؟"));
        assertFalse(FollowUpRule.pointsBack("Andrew Smith said what about the Aleppo battles?"));
    }

    @Test
    void aTurnOpenedByTheDialectsWellBeforeAndGoesOnFromTheOneBefore() {
        assertTrue(FollowUpRule.pointsBack("زين ومنو من المسؤولين الإيرانيين اللي دخّل إسرائيل بالسالفة؟"));
        assertTrue(FollowUpRule.pointsBack("طيب وبأي شرط يسمح إن طيارات مقاتلة تنباع لإيران؟"));
        // The opener alone joins nothing: "well, who among the Iranian officials…" may stand alone.
        assertFalse(FollowUpRule.pointsBack("زين منو من المسؤولين الإيرانيين اللي اتهم إسرائيل بضربة حمص؟"));
    }

    @Test
    void standaloneQuestionIsLeftAlone() {
        assertEquals(Optional.empty(), FollowUpRule.rewrite("Which Iranian air base did Russian warplanes use?", EN,
                List.of("Who met Assad in Damascus on December 1?"), AS_IS));
    }

    @Test
    void onlyTheLatestTurnsLendTheirTerms() {
        String rewritten = FollowUpRule.rewrite("What did they say?", EN, List.of("Who is Bagheri?",
                "Where is Hamadan?", "Which planes used it?"), AS_IS).orElseThrow();
        assertFalse(rewritten.contains("Bagheri"), rewritten);
        assertTrue(rewritten.contains("Hamadan") && rewritten.contains("planes"), rewritten);
    }

    @Test
    void anEarlierQuestionThatStoodAloneEndsWhatIsCarried() {
        String rewritten = FollowUpRule.rewrite("and the wounded?", EN,
                List.of("Who met Assad in Damascus on 1 December?",
                        "How many people were killed in the Homs academy attack?"), AS_IS).orElseThrow();
        assertTrue(rewritten.contains("Homs"), rewritten);
        assertFalse(rewritten.contains("Assad") || rewritten.contains("December"), rewritten);
        // One that pointed back itself did not open a topic: the one before it lends its words too.
        String twoTurns = FollowUpRule.rewrite("and how many were wounded?", EN, List.of(
                "Who attacked the Homs military academy?", "How many died?"), AS_IS).orElseThrow();
        assertTrue(twoTurns.contains("Homs") && twoTurns.contains("died"), twoTurns);
    }

    @Test
    void noHistoryNoRewrite() {
        assertEquals(Optional.empty(), FollowUpRule.rewrite("Where will he travel next?", EN, List.of(), AS_IS));
    }

    @Test
    void aClosingOneStandsForTheCarriedNounNotForANumber() {
        // Searched, "one" is the number (أحد), which any sentence with "one of the leaders" holds.
        assertEquals(Optional.of("and the Iranian (Syrian foreign minister)?"),
                FollowUpRule.rewrite("and the Iranian one?", EN, List.of("Who is the Syrian foreign minister?"),
                        AS_IS));
        assertEquals(Optional.of("which (killed Aleppo)?"),
                FollowUpRule.rewrite("which ones?", EN, List.of("Who was killed in Aleppo?"), AS_IS));
        // Not a "one" that counts, nor one standing alone.
        assertEquals(Optional.of("was only one killed (happened Aleppo attack)?"),
                FollowUpRule.rewrite("was only one killed?", EN, List.of("What happened in the Aleppo attack?"),
                        AS_IS));
    }

    /**
     * An Arabic follow-up to an English question is searched as Arabic, whose path reads Latin words as names only:
     * it carries the earlier question's words in their Arabic translation, and its own words stay its own.
     */
    @Test
    void anArabicFollowUpCarriesAnEnglishQuestionsWordsInArabic() {
        String rewritten = FollowUpRule.rewrite("ومين نفذ الهجوم؟", AR,
                List.of("How many people were killed in the attack on Aleppo?"),
                english -> english.contains("Aleppo") ? "شخص قتل هجوم حلب" : english).orElseThrow();
        assertEquals("ومين نفذ الهجوم (شخص قتل هجوم حلب)؟", rewritten);
    }

    /** An English follow-up to an Arabic question carries its Arabic words as written: nothing is translated. */
    @Test
    void anEnglishFollowUpCarriesAnArabicQuestionsWordsAsWritten() {
        String rewritten = FollowUpRule.rewrite("what did he call them?", EN,
                List.of("مين اعتبر معارك حلب انتهاكا لاتفاقات أستانا؟"), english -> "ترجمة").orElseThrow();
        assertEquals("what did he call them (اعتبر معارك حلب انتهاكا لاتفاقات أستانا)?", rewritten);
    }
}
