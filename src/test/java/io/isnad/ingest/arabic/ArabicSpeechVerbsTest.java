package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArabicSpeechVerbsTest {

    private static boolean goesOn(String word) {
        return ArabicSpeechVerbs.goesOn(ArabicTextNormalizer.normalize(word));
    }

    // A speaker goes on (أضاف، تابع، أردف), with a glued و or ف and in the feminine; another reporting
    // verb starts a statement of its own, and a word sharing the letters is no verb.
    @Test
    void aVerbOfGoingOnIsReadWithItsConjunctionAndInTheFeminine() {
        assertTrue(goesOn("وأضاف"));
        assertTrue(goesOn("أضافت"));
        assertTrue(goesOn("وتابع"));
        assertTrue(goesOn("فتابعت"));
        assertTrue(goesOn("وأردف"));
        assertFalse(goesOn("وقال"));
        assertFalse(goesOn("وأكد"));
        assertFalse(goesOn("التابع"));
        assertFalse(goesOn("إضافة"));
    }

    // A sentence reports speech by a reporting verb, with its conjunction, or by a participle after another verb;
    // a verb of speech that is also a noun (تابع "affiliated", طالب "student") reports nothing.
    @Test
    void theWordsASentenceReportsSpeechWithAreItsReportingVerbsAndParticiples() {
        assertEquals(List.of(ArabicTextNormalizer.normalize("مؤكداً")),
                ArabicSpeechVerbs.reportingIn("حمّل الرئيس الإرهابيين المسؤولية، مؤكداً أن إيران تقف مع سوريا."));
        assertEquals(List.of(ArabicTextNormalizer.normalize("وقالت")),
                ArabicSpeechVerbs.reportingIn("وقالت الوزارة إن الهجوم فشل."));
        assertEquals(List.of(), ArabicSpeechVerbs.reportingIn("قاد طالب مركبة تابعة للجيش، وتابع دراسته."));
    }

    // A reply asked by the verb, the noun, "reaction" or "write back", with the article; not "in response", ردا على
    // (why something was done) nor ورد (came).
    @Test
    void aQuestionAsksForAReplyByItsVerbOrNounButNotInResponse() {
        assertTrue(asksReply("بماذا ردّ فيصل المقداد على حسين أمير عبد اللهيان؟"));
        assertTrue(asksReply("شو كان الرد الإيراني؟"));
        assertTrue(asksReply("الحزب التركستاني شو كان ردو لما الجيش السوري قصف مقراتو؟"));
        assertTrue(asksReply("طب والامريكان ردو عليه بايه؟"));
        assertTrue(asksReply("ما ردة فعل الأردن على الهجوم؟"));
        assertTrue(asksReply("How did the Syrian defence minister respond to Bagheri's message?"));
        assertTrue(asksReply("syrian government reaction russian bombers hamadan"));
        assertTrue(asksReply("What did Sabbagh write back to him?"));
        assertTrue(asksReply("Who wrote back to the minister?"));
        assertFalse(asksReply("Who wrote the report on the attack?"));
        assertFalse(asksReply("When did the planes fly back to Russia?"));
        assertFalse(asksReply("Which towns did the Syrian army shell in response?"));
        assertFalse(asksReply("وين قصف الجيش السوري رداً على الهجوم؟"));
        assertFalse(asksReply("بأي لغة ورد جل ما في الكتابة؟"));
        assertFalse(asksReply("متى بدأت عملية ردع العدوان؟"));
        assertFalse(asksReply("كم كانت درجة برد الشتاء؟"));
        assertFalse(asksReply("What is produced by the reaction of oxygen with hydrogen?"));
    }

    // The occasion a reply is asked to is the clause after its when-word, stop words left out; none without one.
    @Test
    void theOccasionOfAReplyAskedIsTheClauseAfterItsWhenWord() {
        assertEquals(ArabicTextNormalizer.words("الجيش السوري قصف مقراتو"), ArabicSpeechVerbs.replyOccasion(
                ArabicTextNormalizer.words("الحزب التركستاني شو كان ردو لما الجيش السوري قصف مقراتو؟")));
        assertEquals(ArabicTextNormalizer.words("هاجمت الفصائل حلب"), ArabicSpeechVerbs.replyOccasion(
                ArabicTextNormalizer.words("كيف ردت إيران عندما هاجمت الفصائل حلب؟")));
        assertEquals(List.of(), ArabicSpeechVerbs.replyOccasion(
                ArabicTextNormalizer.words("بماذا ردّ فيصل المقداد على حسين أمير عبد اللهيان؟")));
    }

    // A request is named by asking, demanding, calling on, appealing or urging, as a verb or a noun with its glued
    // letters; the students (الطلبة، طلاب) and a word sharing the letters (دعم "support") are none.
    @Test
    void aRequestIsToldByItsVerbsAndNounsButNotByTheStudents() {
        assertTrue(ArabicSpeechVerbs.tellsRequest("ضرب الطيران الروسي في حلب بطلب من عسكريين إيرانيين."));
        assertTrue(ArabicSpeechVerbs.tellsRequest("وطالبت الحكومة بوقف إطلاق النار."));
        assertTrue(ArabicSpeechVerbs.tellsRequest("ودعا المجتمع الدولي إلى التحرك."));
        assertTrue(ArabicSpeechVerbs.tellsRequest("مع الدعوة إلى اتخاذ إجراءات حاسمة."));
        assertTrue(ArabicSpeechVerbs.tellsRequest("وحث الوزير الدول المجاورة على التعاون."));
        assertFalse(ArabicSpeechVerbs.tellsRequest("وذكرت وكالة أنباء الطلبة الإيرانية أن العميد قتل."));
        assertFalse(ArabicSpeechVerbs.tellsRequest("حفل تخريج طلاب ضباط الكلية الحربية."));
        assertFalse(ArabicSpeechVerbs.tellsRequest("أكد عراقجي دعم طهران القوي للحكومة السورية."));
        assertTrue(asksRequest("هل طلب بشار الأسد من عراقجي إرسال قوات إيرانية؟"));
        assertTrue(asksRequest("Did the Syrian government ask Iran to send more military advisers?"));
        assertTrue(asksRequest("Did Russia strike at the request of Iranian officers?"));
        assertFalse(asksRequest("هل علقت روسيا استخدامها لقاعدة همدان؟"));
        assertFalse(asksRequest("Did the Syrian government send more troops?"));
    }

    // The bare طالب is "he demanded" and "a student": a request only as a verb, with what was demanded after it and no
    // word it would be the subject of before it.
    @Test
    void aBareTalibIsARequestOnlyWhereItIsAVerb() {
        assertTrue(asksRequest("هل طالب الأسد روسيا بإرسال قوات إضافية؟"));
        assertTrue(asksRequest("هل طالب بوتين بأن تنسحب القوات؟"));
        assertTrue(asksRequest("واش الأسد طالب بانسحاب القوات؟"));
        assertTrue(ArabicSpeechVerbs.tellsRequest("وطالب الوزير بوقف إطلاق النار."));
        assertFalse(asksRequest("هل قتل طالب في الهجوم على الكلية؟"));
        assertFalse(asksRequest("هل أصيب طالب بجروح في الهجوم؟"));
        assertFalse(asksRequest("هل كان الطالب بين القتلى؟"));
        assertFalse(asksRequest("هل هو طالب؟"));
        assertFalse(ArabicSpeechVerbs.tellsRequest("وأعلنت الشرطة اعتقال طالب بتهمة التحريض."));
    }

    // The topic of words said is named after عن، حول، about, up to where or when they were said; a question
    // naming none has no topic.
    @Test
    void aQuestionNamesWhatWordsWereSaidAboutAfterItsPreposition() {
        assertEquals("iran",
                topicAsked("What did Mike Waltz say about Iran in his Sunday interview?"));
        assertEquals(ArabicTextNormalizer.normalize("مقتل الجنرال الإيراني بحلب"),
                topicAsked("شو قال حسن عبد الغني عن مقتل الجنرال الإيراني بحلب؟"));
        assertEquals(ArabicTextNormalizer.normalize("الهجوم"),
                topicAsked("ماذا قال الوزير حول الهجوم في مؤتمره الصحفي؟"));
        assertEquals("", topicAsked("What did Lavrov say in Moscow?"));
        assertEquals("", topicAsked("ماذا قال لافروف؟"));
        assertEquals("", topicAsked("What did Lavrov say about?"), "the preposition last");
        assertEquals("", topicAsked("What did Lavrov say about in Moscow?"), "nothing before the place");
        assertEquals("iran israel", topicAsked("What did Lavrov say about Iran Israel"), "up to the question's end");
    }

    // على right after a verb of saying (علّق على، the dialects' حكى على, حچى as Iraqi and Gulf write it) opens the
    // topic as عن does; not where عن stands too, nor after any other word, since على is also the name Ali.
    @Test
    void aQuestionNamesWhatWordsWereSaidAboutAfterAlaRightAfterItsVerbOfSaying() {
        assertEquals(ArabicTextNormalizer.normalize("مقتل الحاج هاشم"),
                topicAsked("بشار الأسد شو علّق على مقتل الحاج هاشم؟"));
        assertEquals(ArabicTextNormalizer.normalize("مقتل بورهاشمي بحلب"),
                topicAsked("شمخاني شنو حچى على مقتل بورهاشمي بحلب؟"));
        assertEquals(ArabicTextNormalizer.normalize("الهجوم"), topicAsked("الجامعة العربية شو حكت على الهجوم؟"));
        assertEquals(ArabicTextNormalizer.normalize("دور تركيا"), topicAsked("ماذا قال علي شمخاني عن دور تركيا؟"),
                "Ali is no topic where عن names one");
        assertEquals("", topicAsked("شو حكى الوزير للصحفيين على هامش المؤتمر؟"), "على after another word");
        assertEquals("", topicAsked("ماذا رد الجيش على الهجوم؟"), "a reply, not a verb of saying");
        assertEquals(String.join(" ", ArabicTextNormalizer.words("شمخاني شنو")), ArabicSpeechVerbs.speakerAsked(
                ArabicTextNormalizer.words("شمخاني شنو حچى على مقتل بورهاشمي بحلب؟")), "the speaker before على");
        assertTrue(asksWordsAbout("شمخاني شنو حچى على مقتل بورهاشمي بحلب؟"));
    }

    // Words said about something are asked by a verb of saying (past, present, feminine, plural, glued و; say,
    // said, comment) with a topic after عن or about; a verb with no topic, or a topic with no verb of saying,
    // asks none.
    @Test
    void aQuestionAsksForWordsSaidAboutSomethingByAVerbOfSayingAndATopic() {
        assertTrue(asksWordsAbout("شو قالت الجامعة عن الاتفاق؟"));
        assertTrue(asksWordsAbout("وماذا قالوا حول الاتفاق؟"));
        assertTrue(asksWordsAbout("ماذا يقول البيان بشأن الأسرى؟"));
        assertTrue(asksWordsAbout("بماذا صرّح الوزير عن الزيارة؟"));
        assertTrue(asksWordsAbout("What did the minister say about the visit?"));
        assertTrue(asksWordsAbout("What did the council comment about the truce?"));
        assertFalse(asksWordsAbout("ماذا قال الوزير؟"));
        assertFalse(asksWordsAbout("What did the minister say in Moscow?"));
        assertFalse(asksWordsAbout("ماذا تعرف عن الاتفاق؟"));
        assertFalse(asksWordsAbout("What is known about the visit?"));
        // What came in a statement is its speaker's words; جاء alone is a coming, and بيانات is also data.
        assertTrue(asksWordsAbout("ماذا جاء في البيان الرسمي للحرس الثوري بشأن مقتل العميد؟"));
        assertTrue(asksWordsAbout("وش ورد في تصريحه عن الهدنة؟"));
        assertTrue(asksWordsAbout("ماذا جاء في بيانهما المشترك عن الهدنة؟"));
        assertFalse(asksWordsAbout("متى جاء الوزير في زيارته عن طريق تركيا؟"));
        assertFalse(asksWordsAbout("ماذا جاء في بيانات الرحلة عن الهبوط؟"));
        assertFalse(asksWordsAbout("ماذا جاء في البيان؟"));
    }

    // A sentence reports words said by a quotation, a verb of saying or stance (glued or not), a participle
    // or a word of attribution; a sentence telling a deed reports none.
    @Test
    void aSentenceReportsWordsByAQuotationAVerbOfSayingOrAnAttribution() {
        assertTrue(ArabicSpeechVerbs.reportsSpeech("ووصف الوزير الاتفاق بـ«التاريخي»."));
        assertTrue(ArabicSpeechVerbs.reportsSpeech("وقالت الجامعة إن الاتفاق خطوة مهمة."));
        assertTrue(ArabicSpeechVerbs.reportsSpeech("رحب المجلس بالاتفاق."));
        assertTrue(ArabicSpeechVerbs.reportsSpeech("وقّع الطرفان الاتفاق، مشيراً إلى أهميته."));
        assertTrue(ArabicSpeechVerbs.reportsSpeech("ووفقاً للمرصد، قتل عشرة أشخاص."));
        assertTrue(ArabicSpeechVerbs.reportsSpeech("قائد الشرطة: مستعدون لحماية الانتخابات"));
        assertFalse(ArabicSpeechVerbs.reportsSpeech("وقّع الطرفان الاتفاق في العاصمة يوم الأحد."));
    }

    // A speaker is named after his verb up to the reported clause or a preposition, inside a quotation too, or
    // between كان and a verb ending its clause; a pronoun's verb, a line going on and a deed name none.
    @Test
    void aSentenceNamesItsSpeakersAfterTheirVerbOrBetweenKanaAndIt() {
        assertEquals(List.of(ArabicTextNormalizer.words("المرصد السوري لحقوق الإنسان")),
                ArabicSpeechVerbs.speakersIn("وقال المرصد السوري لحقوق الإنسان في 30 نوفمبر إن المتمردين سيطروا."));
        assertEquals(List.of(ArabicTextNormalizer.words("وكالة الأنباء")),
                ArabicSpeechVerbs.speakersIn("وذكرت \"وكالة الأنباء\"، أن العميد قتل."));
        assertEquals(List.of(ArabicTextNormalizer.words("المتحدث باسم الخارجية بهرام قاسمي")),
                ArabicSpeechVerbs.speakersIn("وكان المتحدث باسم الخارجية بهرام قاسمي كشف، الاثنين، إن روسيا علقت."));
        assertEquals(List.of(), ArabicSpeechVerbs.speakersIn("لكنها اعتبرت أن وجود الطائرات خرق."));
        assertEquals(List.of(), ArabicSpeechVerbs.speakersIn("وأضاف أن القاعدة مغلقة."));
        assertEquals(List.of(), ArabicSpeechVerbs.speakersIn("وقصفت الطائرات المستشفى."));
    }

    // A headline gives its speaker before a colon with no verb of saying; a verb's line, a time's or a list's do not.
    @Test
    void aHeadlineNamesItsSpeakerBeforeItsColon() {
        assertEquals(List.of(ArabicTextNormalizer.words("نتنياهو مهنئا ترامب بالإنجليزية")),
                ArabicSpeechVerbs.speakersIn("نتنياهو مهنئا ترامب بالإنجليزية: “سنكمل هزيمة محور الإرهاب الإيراني”"));
        assertEquals(List.of(ArabicTextNormalizer.words("قائد الجيش الإيراني")),
                ArabicSpeechVerbs.speakersIn("قائد الجيش الإيراني: مستعدون لتعميق التعاون مع سوريا"));
        assertEquals(List.of(ArabicTextNormalizer.words("بقائي")),
                ArabicSpeechVerbs.speakersIn("وأضاف بقائي: \"نحذر من عودة الجماعات\""));
        assertEquals(List.of(), ArabicSpeechVerbs.speakersIn("بدأ الهجوم في الساعة 10:30 صباحاً."));
        assertEquals(List.of(), ArabicSpeechVerbs.speakersIn(
                "وهذه قائمة المدن التي سيطرت عليها الفصائل في الشمال السوري: حلب وإدلب."));
    }

    // The speaker a question asks is named before its topic, the verb of saying left out; a follow-up may name none.
    @Test
    void aQuestionNamesItsSpeakerBeforeItsTopic() {
        assertEquals("what did bahram ghasemi", ArabicSpeechVerbs.speakerAsked(
                ArabicTextNormalizer.words("What did Bahram Ghasemi say about the Russian planes?")));
        assertEquals(String.join(" ", ArabicTextNormalizer.words("ماذا إسماعيل بقائي")), ArabicSpeechVerbs.speakerAsked(
                ArabicTextNormalizer.words("ماذا قال إسماعيل بقائي عن دور تركيا؟")));
        assertEquals("وشو", ArabicSpeechVerbs.speakerAsked(ArabicTextNormalizer.words("وشو قال عن حماية المدنيين؟")));
    }

    // A reply given by its own word, glued or not, or by a stance reported as a reaction; a deed or
    // words said are no reply.
    @Test
    void aQuestionWordNamesAStatementInEitherLanguage() {
        assertTrue(ArabicSpeechVerbs.namesStatement("statement"));
        assertTrue(ArabicSpeechVerbs.namesStatement(ArabicTextNormalizer.normalize("البيان")));
        assertTrue(ArabicSpeechVerbs.namesStatement(ArabicTextNormalizer.normalize("تصريحه")));
        assertFalse(ArabicSpeechVerbs.namesStatement(ArabicTextNormalizer.normalize("بيانات")), "also data");
        assertFalse(ArabicSpeechVerbs.namesStatement("state"));
    }

    @Test
    void aSentenceGivesAReplyByItsWordOrAReactionsStance() {
        assertTrue(ArabicSpeechVerbs.givesReply("ورداً على الهجوم، شن الجيش السوري قصفاً مدفعياً."));
        assertTrue(ArabicSpeechVerbs.givesReply("وأدانت الخارجية الأردنية الهجوم."));
        assertTrue(ArabicSpeechVerbs.givesReply("ورحب الوزير بالاتفاق."));
        assertFalse(ArabicSpeechVerbs.givesReply("أجرى الوزير اتصالاً هاتفياً بنظيره، اتهم فيه الجماعات الإرهابية."));
        assertFalse(ArabicSpeechVerbs.givesReply("وفي رسالة إلى وزير الدفاع السوري، قال اللواء باقري إن الهجوم كشف."));
        assertFalse(ArabicSpeechVerbs.givesReply("أطلقت الفصائل عملية ردع العدوان."));
    }

    @Test
    void aDenialOrARebuttalRepliesToAnAccusation() {
        assertTrue(ArabicSpeechVerbs.givesReply("في حين شدد وزير الخارجية الروسي سيرغي لافروف، على أنه لا أساس "
                + "لاتهام روسيا بخرق القرار الدولي 2231."));
        assertTrue(ArabicSpeechVerbs.givesReply("وقالت الوزارة إنه لا صحة لهذه الأنباء."));
        assertTrue(ArabicSpeechVerbs.givesReply("ونفت موسكو أن تكون طائراتها قد قصفت المستشفى."));
        assertFalse(ArabicSpeechVerbs.givesReply("وتقوم العلاقات على أساس المصالح."), "a basis, no rebuttal");
        assertFalse(ArabicSpeechVerbs.givesReply("وقال إنه لا يعرف مكانه."));
    }

    private static boolean asksRequest(String question) {
        return ArabicSpeechVerbs.asksRequest(ArabicTextNormalizer.words(question));
    }

    private static boolean asksReply(String question) {
        return ArabicSpeechVerbs.asksReply(ArabicTextNormalizer.words(question));
    }

    private static boolean asksWordsAbout(String question) {
        return ArabicSpeechVerbs.asksWordsAbout(ArabicTextNormalizer.words(question));
    }

    // What a speaker meant is asked by قصد in a tense or person, with a pronoun or not, by المقصود, or by "mean by" and
    // "referring to"; a word's sense (يعني، "What does X mean?") and a word sharing the letters (اقتصاد) are not.
    @Test
    void whatASpeakerMeantIsAskedByTheVerbOfIntent() {
        for (String asked : List.of("ما الجماعات التي قصدها الوزير بقوله؟", "مين اللي يقصدهم الرئيس؟",
                "شو المقصود بالقوات المحتلة؟", "يا دول قصد؟", "Which countries did Raisi mean by the forces?",
                "Who was he referring to?", "What did Raisi refer to?")) {
            assertTrue(ArabicSpeechVerbs.asksMeaning(ArabicTextNormalizer.words(asked)), asked);
        }
        for (String asked : List.of("ماذا يعني الاختصار؟", "What does the word takfiri mean?",
                "ما حجم الاقتصاد السوري؟", "What does the resolution refer to as a breach?",
                "36 hours figure aleppo what does it refer to", "What the 36 hours figure refers to")) {
            assertFalse(ArabicSpeechVerbs.asksMeaning(ArabicTextNormalizer.words(asked)), asked);
        }
    }

    // A sentence says what words alluded to by في إشارة إلى، قاصداً، يقصد or بمعنى, with a glued و or not.
    @Test
    void aSentenceSaysWhatWordsAlludedTo() {
        assertTrue(ArabicSpeechVerbs.alludes("وحذر من \"القوى الخارجية\"، في إشارة إلى الولايات المتحدة."));
        assertTrue(ArabicSpeechVerbs.alludes("وقال إن الأعداء، ويقصد إسرائيل، فشلوا."));
        assertFalse(ArabicSpeechVerbs.alludes("وحذر من \"القوى الخارجية\" دون أن يسميها."));
    }

    private static String topicAsked(String question) {
        return ArabicSpeechVerbs.topicAsked(ArabicTextNormalizer.words(question));
    }
}
