package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link ArabicQuestionWords#frameWords}: the words that frame a question (the report it points at, "the story of",
 * "what happened", the verb of "what did he call it", the Levantine "beside") and the same words where they say what
 * the question asks.
 */
class ArabicQuestionWordsTest {

    @Test
    void theReportAndTheStoryOfFrameAQuestion() {
        assertFrame("وش سالفة القرار 2231 اللي جا بالخبر؟", "سالفة", "جا", "بالخبر");
        assertFrame("مين رئيس البرلمان المذكور في الخبر؟", "المذكور", "الخبر");
        assertFrame("مين هني المسؤولين يلي انذكرو بالخبر؟", "انذكرو", "بالخبر");
        assertFrame("مين المسؤولين يلي حكيو عن قصة قاعدة همدان؟", "قصة");
    }

    @Test
    void aHappeningVerbAfterARelativeAndANamingVerbInAWhatOrHowQuestionFrameIt() {
        assertFrame("رئيسي سمّى اللي حصل في حمص إيه بالظبط؟", "سمّى", "حصل");
        assertFrame("الخبر وصف تهديدات ترامب بإيه؟", "الخبر", "وصف");
        // "How did he describe…" asks the description as "what did he describe it as" does.
        assertFrame("نتنياهو كيف وصف ولاية ترامب الأولى بالفيديو؟", "وصف");
        assertFrame("شمخاني شلون وصف التنسيق بين ايران وروسيا وسوريا؟", "وصف");
        assertFrame("الاشتباكات يلي صارت قرب إدلب كانت على بعد قديش منها؟", "صارت");
    }

    @Test
    void aHappeningVerbBeforeTheWordsThatOnlyAskFramesIt() {
        // "The attack … happened on which day?": the verb says only that the event named before it took place.
        assertFrame("الهجوم علي الكليه الحربيه في حمص حصل يوم ايه", "حصل");
        assertFrame("الهجوم على القنصلية حصل يوم كام بالظبط؟", "حصل");
        assertFrame("الاجتماع المتوتر صار وين بالضبط؟", "صار");
    }

    @Test
    void theArticlesNamedAsAWholeFrameAQuestion() {
        assertFrame("مَن هم المسؤولون الذين حمّلوا الولايات المتحدة مسؤولية الهجمات بحسب هذه التقارير؟",
                "بحسب", "هذه", "التقارير");
        assertFrame("وزرا خارجية ايران اللي بينذكرو بهالاخبار، مين شافو؟", "بهالاخبار");
        assertFrame("شو في هالأخبار عن حلب؟", "هالأخبار");
        // Reports of one kind, or with no demonstrative, are what the question asks about.
        assertFrame("ما التقارير التي نشرتها وكالة مهر؟");
        assertFrame("هل نفت إيران هذه الاتهامات؟");
    }

    @Test
    void aQuestionNamesTheHeadlineOfTheReportNotAnAddressNorAnAlbumsTitle() {
        assertTrue(ArabicQuestionWords.namesHeadline(folded("عنوان خبر مقتل القائد يقول منو اللي هجموا؟")));
        assertTrue(ArabicQuestionWords.namesHeadline(folded("شو بيقول عنوان المقال عن قمة الدوحة؟")));
        assertFalse(ArabicQuestionWords.namesHeadline(folded("ما عنوان السفارة الإيرانية في دمشق؟")));
        assertFalse(ArabicQuestionWords.namesHeadline(folded("ما هو عنوان أول ألبوم أصدره المغني؟")));
        assertFalse(ArabicQuestionWords.namesHeadline(folded("ماذا جاء في الخبر عن قمة الدوحة؟")));
    }

    @Test
    void theHeadlineOfTheReportFramesAQuestionAnAddressDoesNot() {
        assertFrame("عنوان خبر اغتيال السفير يقول مين نفذ الهجوم؟", "عنوان", "خبر");
        assertFrame("شو بيقول عنوان المقال عن قمة الدوحة؟", "عنوان", "المقال");
        // Before another noun عنوان is an address, a thing the question asks about.
        assertFrame("ما عنوان السفارة الإيرانية في دمشق؟");
    }

    @Test
    void theSameWordsStayWhereTheyNameWhatIsAsked() {
        // Before words of its own the happening verb is "became", and حصل على is "obtained".
        assertFrame("شوكت صار عباس عراقجي وزير خارجية إيران؟");
        assertFrame("الهجوم على القنصلية صار بالظبط؟");
        assertFrame("من اللاعب الذي حصل على الجائزة؟");
        assertFrame("اللاعب حصل على إيه؟");
        // "Who described …" names what was described by its verb; جا before no report is "came".
        assertFrame("من المتحدث الذي وصف معارك حلب بأنها انتهاك؟");
        assertFrame("متى وصف بقائي المعارك بأنها انتهاك؟");
        assertFrame("شكون جا من بعد حسين دهقان فوزارة الدفاع؟");
        // A report with no article is a piece of news of its own (نشرت خبر رسالة باقري).
        assertFrame("وين مقر الموقع اللي نشر خبر رسالة باقري؟");
    }

    @Test
    void theLevantineBesideFramesAQuestionTheStandardLimitDoesNot() {
        assertFrame("الاشتباكات يلي صارت حد إدلب كانت على بعد قديش منها؟", "صارت", "حد");
        assertFrame("شو اسم البلدة يلي تصورو حدها المعارضين؟", "حدها");
        // Standard حد before its noun is "the limit", and حده / وحده "its limit", "alone".
        assertFrame("ما هو حد الزحف الذي يبلغ 565 درجة مئوية؟");
        assertFrame("هل تحرك الجيش وحده على حد قول الوزير؟");
        assertFrame("ما هو حده الأدنى؟");
    }

    @Test
    void theEgyptianWhatWithAGluedPrepositionIsAStopWord() {
        assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize("بإيه")));
        assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize("وبإيه")));
    }

    /** Asserts that the frame of {@code question} is {@code frame}, folded, in order. */
    @Test
    void theDialectsCountPeopleByOneAfterAHowManyWord() {
        assertTrue(ArabicQuestionWords.countsPeople(ArabicTextNormalizer.words("كم واحد يتابع حسابه؟")));
        assertTrue(ArabicQuestionWords.countsPeople(ArabicTextNormalizer.words("وشكد واحد انصاب بيها؟")));
        assertTrue(ArabicQuestionWords.countsPeople(ArabicTextNormalizer.words("شحال من واحد مات؟")));
        assertFalse(ArabicQuestionWords.countsPeople(ArabicTextNormalizer.words("كم شخصاً قتل؟")));
        assertFalse(ArabicQuestionWords.countsPeople(ArabicTextNormalizer.words("هل بقي واحد منهم؟")));
    }

    // ماذا asks a deed: a verb, a preposition or an adverb follows it, and a noun by its form does not.
    @Test
    void whatOfADeedBeforeANounAsksNoDeed() {
        assertTrue(ArabicQuestionWords.asksNoDeed(ArabicTextNormalizer.words("ماذا تسجيلات النظرية البلدية؟")));
        assertTrue(ArabicQuestionWords.asksNoDeed(ArabicTextNormalizer.words("وماذا الاستحواذات في الموسم؟")));
        assertFalse(ArabicQuestionWords.asksNoDeed(ArabicTextNormalizer.words("ماذا تقول النظرية البلدية؟")));
        assertFalse(ArabicQuestionWords.asksNoDeed(ArabicTextNormalizer.words("ماذا عن التسجيلات؟")));
        assertFalse(ArabicQuestionWords.asksNoDeed(ArabicTextNormalizer.words("ماذا الذي حدث في حلب؟")));
        assertFalse(ArabicQuestionWords.asksNoDeed(ArabicTextNormalizer.words("ماذا بات يعرف؟")));
        // ما asks a thing too, so a noun after it is its subject.
        assertFalse(ArabicQuestionWords.asksNoDeed(ArabicTextNormalizer.words("ما التسجيلات التي عرضت؟")));
    }

    private static void assertFrame(String question, String... frame) {
        assertEquals(Arrays.stream(frame).map(ArabicTextNormalizer::normalize).toList(),
                ArabicQuestionWords.frameWords(folded(question)), question);
    }

    /** The folded words of {@code question}, in order. */
    private static List<String> folded(String question) {
        return ArabicTextNormalizer.arabicWords(question);
    }
}
