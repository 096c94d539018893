package io.isnad.answer.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.ArticleFixture;
import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.TypedQuestion;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.Retrieval;

class SentenceChooserTest {

    @TempDir
    Path tmp;

    private ArticleFixture articles;

    // The article holds two sentences matching the question about equally; only the second holds
    // an answer of the asked type, which the sentence type bonus must find.
    @BeforeEach
    void articles() throws IOException {
        articles = ArticleFixture.of(tmp, Map.of("plague.txt", """
                الطاعون في النرويج
                دمر الطاعون مدينة أوسلو مرات عدة وقتل كثيرين من سكانها.
                وقد دمر آخر اندلاع للطاعون مدينة أوسلو في عام 1654.
                وكتب المؤرخون عن الوباء كتباً كثيرة."""));
    }

    @AfterEach
    void close() throws IOException {
        articles.close();
    }

    private List<SentenceCandidate> rank(String question) {
        return rank(articles, question);
    }

    /** Every candidate sentence of {@code fixture}'s articles for {@code question}, best first. */
    private static List<SentenceCandidate> rank(ArticleFixture fixture, String question) {
        return rank(fixture, question, false);
    }

    /** The same, the question read as English or not ({@link AskedQuestion#english}). */
    private static List<SentenceCandidate> rank(ArticleFixture fixture, String question, boolean english) {
        Retrieval retrieval = fixture.retrieve(question);
        QuestionAnalysis analysis = QuestionAnalyzer.analyze(question);
        return SentenceChooser.rank(fixture.snapshot(), retrieval, new EvidenceScorer(retrieval.query().evidence()),
                new AskedQuestion(question, question, analysis, english, Optional.empty()),
                analysis.tallied().isEmpty() ? List.of() : List.of(analysis.tallied()), new boolean[0], false);
    }

    // The seed question about the Gaza ceasefire's stages, over seed 004 as it is: the sentence
    // holding more of its words (ceasefire, Gaza) gives a figure of hostages, the one that answers
    // gives the stages' count. Both hold a number; only the second's counts what the question counts.
    @Test
    void ofTwoSentencesWithFiguresTheOneCountingTheAskedNounRanksFirst() throws IOException {
        String seed = Files.readString(Path.of("seeds/004_a7545c0d5a910ec1.txt"));
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("gaza"), Map.of("004.txt", seed))) {
            List<SentenceCandidate> ranked = rank(one, "كم مرحلة في اتفاق وقف إطلاق النار في غزة؟");
            SentenceCandidate stages = ranked.stream().filter(c -> c.sentence().text().contains("ثلاث مراحل"))
                    .findFirst().orElseThrow();
            SentenceCandidate hostages = ranked.stream().filter(c -> c.sentence().text().contains("ثلاثة رهائن"))
                    .findFirst().orElseThrow();
            assertTrue(stages.typed() && hostages.typed());
            assertTrue(stages.tallies());
            assertFalse(hostages.tallies());
            assertTrue(hostages.sentenceScore() > stages.sentenceScore(), "the hostages' sentence holds more words");
            assertEquals(stages, ranked.getFirst(), ranked.getFirst().sentence().text());
        }
    }

    // Two stories say what a new departure hall will hold; only one names the airport the question
    // asks about, and not in that sentence. The other story's sentence stands beside one that
    // mentions an airport; the story that holds the rest of the question is the one meant.
    @Test
    void ofTwoSentencesThatMatchAlikeTheOneWhoseArticleHoldsMoreOfTheQuestionRanksFirst() throws IOException {
        try (ArticleFixture two = ArticleFixture.of(tmp.resolve("two"), Map.of(
                "airport.txt", """
                        مطار الملكة علياء
                        أعلن مطار الملكة علياء الدولي عن خطة لتحديث مرافقه.
                        وتشمل الخطة توسيع مواقف السيارات كلها.
                        وقالت الإدارة إن عدد المسافرين ارتفع هذا العام.
                        وستضم صالة المغادرة الجديدة عشرين بوابة.""",
                "city.txt", """
                        موسم السياحة
                        تستعد المدينة ومطارها لموسم سياحي كبير.
                        وستضم صالة المغادرة الجديدة مطاعم كثيرة."""))) {
            String question = "ماذا ستضم صالة المغادرة الجديدة في مطار الملكة علياء؟";
            List<SentenceCandidate> ranked = rank(two, question);
            List<SentenceCandidate> halls = ranked.stream().filter(c -> c.sentence().text().contains("صالة"))
                    .toList();
            assertEquals("airport.txt", halls.getFirst().article().file(), halls.getFirst().sentence().text());
            // By its own evidence the other story's sentence scores higher: its neighbour names an airport.
            assertTrue(halls.getLast().sentenceScore() > halls.getFirst().sentenceScore());
        }
    }

    // Both stories quote the same sentence about the museum's exhibition and hold every word of the
    // question; one is about the museum, the other names it once among other news. The story that
    // speaks of the museum throughout is the one meant.
    @Test
    void ofTwoArticlesHoldingTheQuestionTheOneWhoseStorySpeaksOfItThroughoutRanksFirst() throws IOException {
        String shared = "وافتتح المتحف الوطني معرضا جديدا للخط العربي.";
        try (ArticleFixture two = ArticleFixture.of(tmp.resolve("spread"), Map.of(
                "museum.txt", "المتحف الوطني يفتح أبوابه\nاستقبل المتحف الوطني آلاف الزوار هذا الأسبوع.\n" + shared
                        + "\nوقال مدير المتحف الوطني إن المعرض يستمر شهرين.\nويضم المتحف الوطني قاعات جديدة.",
                "city.txt", "أخبار المدينة\nارتفعت أسعار الخضار في أسواق المدينة.\n" + shared
                        + "\nوأعلنت البلدية عن خطة لتوسيع الطرق.\nوتستعد المدارس لبدء العام الدراسي."))) {
            String question = "ماذا افتتح المتحف الوطني؟";
            List<SentenceCandidate> ranked = rank(two, question);
            List<SentenceCandidate> quoted = ranked.stream().filter(c -> c.sentence().text().equals(shared)).toList();
            SentenceCandidate museum = quoted.getFirst();
            SentenceCandidate city = quoted.getLast();
            assertEquals("museum.txt", museum.article().file());
            assertEquals("city.txt", city.article().file());
            assertEquals(city.articleCheck().missingShare(), museum.articleCheck().missingShare(), 1e-9);
            assertTrue(museum.articleCheck().spread() > city.articleCheck().spread(),
                    museum.articleCheck().spread() + " vs " + city.articleCheck().spread());
            // The spread, not the sentence's own score, sets them apart in the ranking.
            assertTrue(museum.rankScore() - city.rankScore() > museum.sentenceScore() - city.sentenceScore());
        }
    }

    // Both stories hold the same sentence on what borders "it" on the east, and name Asia once, away
    // from that sentence; only in one does it stand in a paragraph that opens with Asia. What the
    // sentence says through its pronoun, it says of its paragraph's subject: that story ranks first.
    // Iraq's paragraph names what borders it through its pronoun, and goes on with another pronoun
    // sentence that holds no place. For a where-question the subject carried into the sentence that
    // holds the places counts more than into the other: "يحده من الشمال تركيا" says what borders Iraq
    // almost as plainly as a sentence naming Iraq.
    @Test
    void aWhereQuestionWeighsThePronounsSubjectMoreInASentenceHoldingAPlace() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("borders"), Map.of("iraq.txt",
                "العراق\nالعراق جمهورية برلمانية في غرب آسيا. يحده من الجنوب الكويت والمملكة العربية السعودية، "
                        + "ومن الشمال تركيا. وهو عضو في منظمة أوبك منذ تأسيسها."))) {
            List<SentenceCandidate> ranked = rank(one, "ما الدولة التي تحد العراق من الشمال؟");
            SentenceCandidate borders = ranked.stream().filter(c -> c.sentence().text().contains("تركيا"))
                    .findFirst().orElseThrow();
            SentenceCandidate member = ranked.stream().filter(c -> c.sentence().text().contains("أوبك"))
                    .findFirst().orElseThrow();
            assertTrue(borders.typed());
            assertFalse(member.typed());
            assertTrue(member.carried() > 0, member.toString());
            assertEquals(SentenceChooser.PLACE_SUBJECT_WEIGHT / SentenceChooser.SUBJECT_WEIGHT,
                    borders.carried() / member.carried(), 1e-9);
        }
    }

    @Test
    void ofTwoArticlesHoldingTheSameSentenceTheOneWhoseParagraphOpensWithTheAskedSubjectRanksFirst()
            throws IOException {
        String shared = "ويحدها من الشرق المحيط الهادي.";
        String people = "وهي موطن لأكثر من نصف سكان الأرض.";
        try (ArticleFixture two = ArticleFixture.of(tmp.resolve("subject"), Map.of(
                "asia.txt", "قارات العالم\nآسيا أكبر قارات العالم. " + people + " " + shared,
                "news.txt", "أخبار الجغرافيا\n" + shared + " " + people + " وتقع آسيا في نصف الكرة الشمالي."))) {
            List<SentenceCandidate> ranked = rank(two, "ماذا يحد آسيا من الشرق؟");
            List<SentenceCandidate> quoted = ranked.stream().filter(c -> c.sentence().text().equals(shared)).toList();
            SentenceCandidate asia = quoted.getFirst();
            SentenceCandidate news = quoted.getLast();
            assertEquals("asia.txt", asia.article().file());
            assertEquals("news.txt", news.article().file());
            assertTrue(asia.carried() > 0, asia.toString());
            assertEquals(0, news.carried());
            // Neither names Asia beside the sentence: their own scores do not set them apart.
            assertTrue(asia.rankScore() - news.rankScore() > asia.sentenceScore() - news.sentenceScore() + 0.01);
        }
    }

    // News writes one sentence a line. The line "وتُصنف هذه الجماعة…" says who lists the group the
    // line before names; it holds the question's listing words but not the group's name, which its
    // demonstrative points to. Alone on its line it is credited with what the line before holds; in
    // one paragraph with that line its subject is the paragraph's opening, which names no group.
    @Test
    void aLineThatGoesOnFromTheLineBeforeCarriesWhatThatLineHolds() throws IOException {
        String named = "وبحسب التقارير، قُتل 120 شخصًا في الهجوم الذي شنته قوات \"هيئة تحرير الشام\" على مدينة حلب.";
        String pointer = "وتُصنف هذه الجماعة من قبل الولايات المتحدة كـ\"جماعة إرهابية\".";
        String after = "ووقعت الاشتباكات في منطقة قرب إدلب.";
        String question = "ما الدول التي تصنف هيئة تحرير الشام جماعة إرهابية؟";
        try (ArticleFixture lines = ArticleFixture.of(tmp.resolve("lines"), Map.of("news.txt",
                "هجوم في حلب\n" + named + "\n" + pointer + "\n" + after))) {
            List<SentenceCandidate> ranked = rank(lines, question);
            SentenceCandidate listing = candidate(ranked, "تُصنف");
            assertTrue(listing.carried() > 0, listing.toString());
            assertTrue(listing.carried() <= SentenceChooser.POINTER_SUBJECT_WEIGHT, listing.toString());
            assertEquals(0, candidate(ranked, "إدلب").carried(), "no pointer opens it");
        }
        try (ArticleFixture paragraph = ArticleFixture.of(tmp.resolve("paragraph"), Map.of("news.txt",
                "هجوم في حلب\n" + named + " " + pointer + "\n" + after))) {
            assertEquals(0, candidate(rank(paragraph, question), "تُصنف").carried());
        }
    }

    // Seed 004 as it is: "ورداً على الهجوم، شن الجيش السوري قصفاً… في أريحا وجسر الشغور…" stands lines after
    // the passage naming the attack on the academy, and the question's "انتقاما" is no word of the article; its
    // bare "الهجوم" holds the question's "استهداف" (one news group) and points back at that passage, so it joins
    // the candidates and, holding more of the question, ranks first.
    @Test
    void aSentenceThatPointsBackAtThePassageIsACandidate() throws IOException {
        String seed = Files.readString(Path.of("seeds/004_a7545c0d5a910ec1.txt"));
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("reply"), Map.of("004.txt", seed))) {
            List<SentenceCandidate> ranked = rank(one,
                    "ما المناطق التي قصفها الجيش السوري انتقاما لاستهداف الكلية الحربية؟");
            SentenceCandidate reply = candidate(ranked, "أريحا");
            assertFalse(reply.retrieved());
            assertEquals(reply, ranked.getFirst(), ranked.getFirst().sentence().text());
        }
    }

    // A definite noun after a demonstrative, or bare among the first words; not an indefinite one, one an adjective
    // follows, or a bare one further on.
    @Test
    void aPointerIsADefiniteNounAfterADemonstrativeOrBareAmongTheFirstWords() {
        Map<String, List<String>> pointers = Map.of(
                "ورداً على الهجوم، شن الجيش قصفاً على المدينة.", List.of("الهجوم"),
                "وتُصنف هذه الجماعة من قبل الولايات المتحدة.", List.of("الجماعة"),
                "ورداً على هجوم آخر، شن الجيش قصفاً على المدينة.", List.of(),
                "وقال المتحدث الرسمي باسم الوزارة إن القصف استمر.", List.of(),
                "وأعلن الجيش أنه فاز بالسباق في عمر 38.", List.of());
        pointers.forEach((text, nouns) -> assertEquals(nouns.stream().map(ArabicTextNormalizer::normalize).toList(),
                PointerNouns.of(text), text));
    }

    // "وتابع المسؤول…" goes on with the statement of the line before, which names the planes' base; it
    // says when they left without naming the base again. Alone on its line it is credited with what
    // the line before holds, and so ranks above it; a line opening on another reporting verb (وقال)
    // starts a statement of its own, and in one paragraph with the line before the verb carries nothing.
    @Test
    void aLineWhoseSpeakerGoesOnCarriesWhatTheLineBeforeHolds() throws IOException {
        String goesOn = "وتابع المسؤول الإيراني أن الطائرات لم تغادر يوم الاثنين بل يوم الخميس.";
        String anew = "وقال المسؤول الإيراني أن الطائرات لم تغادر يوم الاثنين بل يوم الخميس.";
        String question = "هل غادرت الطائرات الروسية قاعدة همدان يوم الاثنين؟";
        try (ArticleFixture lines = afterPlanesLine("speaker", "\n", goesOn)) {
            List<SentenceCandidate> ranked = rank(lines, question);
            SentenceCandidate going = candidate(ranked, "وتابع");
            assertTrue(going.carried() > 0, going.toString());
            assertTrue(going.carried() <= SentenceChooser.POINTER_SUBJECT_WEIGHT, going.toString());
            assertTrue(ranked.indexOf(going) < ranked.indexOf(candidate(ranked, "وتعليقا")), ranked.toString());
        }
        try (ArticleFixture lines = afterPlanesLine("anew", "\n", anew)) {
            assertEquals(0, candidate(rank(lines, question), "وقال").carried());
        }
        try (ArticleFixture paragraph = afterPlanesLine("together", " ", goesOn)) {
            assertEquals(0, candidate(rank(paragraph, question), "وتابع").carried());
        }
    }

    // A when-question over a line naming the planes leaving Hamadan with no date, and the line after it on which
    // its speaker goes on (وتابع) to give the day: the second is read with the first, as a pronoun's sentence
    // is, in place of the line carry (not both). In one paragraph with the line before, the verb reads on nothing.
    @Test
    void aLineWhoseSpeakerGoesOnWithTheAskedDateIsReadWithTheLineBefore() throws IOException {
        String goesOn = "وتابع المسؤول الإيراني أن الطائرات لم تغادر يوم الاثنين بل يوم الخميس الماضي.";
        String when = "متى غادرت الطائرات الروسية قاعدة همدان؟";
        try (ArticleFixture lines = afterPlanesLine("dated", "\n", goesOn);
                ArticleFixture paragraph = afterPlanesLine("dated-together", " ", goesOn)) {
            SentenceCandidate first = rank(lines, when).getFirst();
            assertEquals(goesOn, first.sentence().text());
            assertTrue(first.readOnGain() > 0, first.toString());
            assertEquals(0.0, first.carried(), 1e-9);
            assertEquals(0.0, candidate(rank(paragraph, when), "وتابع").readOnGain(), 1e-9);
        }
    }

    /**
     * An article whose line names the Russian planes leaving Hamadan with no date, then {@code next} after {@code
     * joiner} (a new line, or a space within the same line), in its own folder {@code dir}.
     */
    private ArticleFixture afterPlanesLine(String dir, String joiner, String next) throws IOException {
        return ArticleFixture.of(tmp.resolve(dir), Map.of("news.txt", "الطائرات الروسية في إيران\n"
                + "وتعليقا على مغادرة الطائرات الروسية قاعدة همدان، قال المسؤول إن الطائرات لن تبقى في القاعدة."
                + joiner + next));
    }

    // A caption's line closing on its photo's credit: the credit, which holds the agency the question names the photo
    // by, credits and tells nothing of what the photo shows; asked who took it, it answers.
    @Test
    void aPhotosCreditIsNoCandidateUnlessTheQuestionAsksWhoTookIt() throws IOException {
        String credit = "تصوير: وكالة فرانس برس.";
        try (ArticleFixture caption = ArticleFixture.of(tmp.resolve("caption"), Map.of("news.txt", "المعارك في حلب\n"
                + "مقاتلون من المعارضة السورية يقودون مركبة مدرعة تابعة للجيش السوري قرب بلدة خان السبل. " + credit))) {
            List<SentenceCandidate> ranked = rank(caption, "بالصورة تبع فرانس برس، المعارضين شو كانو عم يعملو؟");
            assertFalse(ranked.stream().anyMatch(c -> c.sentence().text().equals(credit)), ranked.toString());
            assertTrue(rank(caption, "مين صور المعارضين بالمركبة المدرعة؟").stream()
                    .anyMatch(c -> c.sentence().text().equals(credit)));
        }
    }

    @Test
    void aSentenceSpeaksOnWhenItOpensOnAVerbOfGoingOn() {
        assertTrue(SentenceChooser.speaksOn("وأضاف بقائي: \"نحذر من عودة الجماعات\"."));
        assertTrue(SentenceChooser.speaksOn("وتابعت الوزارة أن الهجوم فشل."));
        assertFalse(SentenceChooser.speaksOn("وقال المتحدث إن الهجوم فشل."));
        assertFalse(SentenceChooser.speaksOn("وأكد الوزير أنه أضاف بنداً جديداً."));
        // Going on with the speaker's words is no pronoun's continuation: the composer and the read-on do not take it.
        assertFalse(SentenceChooser.continuesPrevious("وأضاف بقائي أن الهجوم فشل."));
        assertFalse(SentenceChooser.refersBack("وأضاف بقائي أن الهجوم فشل."));
    }

    private static SentenceCandidate candidate(List<SentenceCandidate> ranked, String word) {
        return ranked.stream().filter(c -> c.sentence().text().contains(word)).findFirst().orElseThrow();
    }

    @Test
    void aSentenceRefersBackByAPronounAmongItsFirstWords() {
        assertTrue(SentenceChooser.refersBack("يحدها من الشمال العراق والأردن."));
        assertTrue(SentenceChooser.refersBack("يبلغ تعداد سكانها 320,000 نسمة."));
        assertTrue(SentenceChooser.refersBack("وهي موطن لأكثر من نصف سكان الأرض."));
        assertFalse(SentenceChooser.refersBack("تقع آسيا في نصف الكرة الشمالي."));
        // A feminine ending is no pronoun, nor is a pronoun further on.
        assertFalse(SentenceChooser.refersBack("وأعلنت وزارة الصحة أن عدد الجرحى بلغ 277 جريحا."));
        assertFalse(SentenceChooser.refersBack("تقع المدينة على النهر وتحدها الجبال."));
    }

    // و and a present-tense verb with no named subject after it go on about the subject before, as a pronoun would;
    // a definite noun after the verb is its named subject, and a verb without و opens a statement of its own.
    @Test
    void aSentenceImpliesItsSubjectWhenItOpensOnAndAVerbNamingNone() {
        assertTrue(SentenceChooser.impliesSubject("ويشعر بالقلق والتوتر إذا قاوم ما توسوس به نفسه."));
        assertTrue(SentenceChooser.impliesSubject("ويسمى بالتقويم الغريغوري نسبة إلى البابا غريغوريوس."));
        assertFalse(SentenceChooser.impliesSubject("ويقع الحي في الجنوب الغربي من المدينة."));
        assertFalse(SentenceChooser.impliesSubject("يشعر المريض بالقلق."));
        assertFalse(SentenceChooser.impliesSubject("ووقعت الاشتباكات في منطقة قرب إدلب."));
        // No pronoun: the composer does not join it to the sentence before.
        assertFalse(SentenceChooser.refersBack("ويشعر بالقلق والتوتر إذا قاوم ما توسوس به نفسه."));
    }

    // The paragraph opens on the disorder and goes on about it with a verb whose subject is implied: that sentence
    // is credited with the disorder's name it does not repeat, and ranks above the opening that names it and
    // tells what it is.
    @Test
    void aSentenceWhoseVerbImpliesTheParagraphsSubjectCarriesIt() throws IOException {
        String opening = "الاضطراب الوسواسي القهري اضطراب نفسي يلازم فيه المصاب فكرة معينة ويشعر بها بشكل قهري.";
        String feels = "ويشعر بالقلق والتوتر إذا قاوم ما توسوس به نفسه.";
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("implied"), Map.of("ocd.txt",
                "الوسواس القهري\n" + opening + " " + feels))) {
            List<SentenceCandidate> ranked = rank(one, "ما شعور المريض بالاضطراب الوسواسي القهري إذا قاوم الوسواس؟");
            SentenceCandidate implied = candidate(ranked, "بالقلق");
            SentenceCandidate named = candidate(ranked, "نفسي");
            assertTrue(implied.carried() > SentenceChooser.SUBJECT_WEIGHT * 0.5, implied.toString());
            assertEquals(0, named.carried());
            assertTrue(ranked.indexOf(implied) < ranked.indexOf(named), ranked.toString());
        }
    }

    // أما ("as for") and another party's turn (من جهته، في المقابل) open a sentence about another
    // subject than the one before; "either" (إما أن) and a sentence going on about its subject do not.
    @Test
    void aSentenceShiftsTopicByItsOpening() {
        assertTrue(SentenceChooser.shiftsTopic("أما ولاية هاواي، فتقع في منتصف المحيط الهادئ."));
        assertTrue(SentenceChooser.shiftsTopic("وأما الجامعة فأقيمت على ضفة النهر."));
        assertTrue(SentenceChooser.shiftsTopic("من جهته، أبرق رئيس البرلمان إلى نظيره معزياً."));
        assertTrue(SentenceChooser.shiftsTopic("وفي المقابل رفضت الحكومة الاقتراح."));
        assertFalse(SentenceChooser.shiftsTopic("إما أن توافق الحكومة أو تستقيل."));
        assertFalse(SentenceChooser.shiftsTopic("تقع ولاية ألاسكا في شمال غرب القارة."));
        assertFalse(SentenceChooser.shiftsTopic("وهي أقدم جامعة في المنطقة كلها."));
        assertFalse(SentenceChooser.shiftsTopic("من جهة أخرى، ارتفعت الأسعار."));
    }

    /** What a sentence's opening says is remembered for both questions: either asked first, the other's answer is its own. */
    @Test
    void referringBackAndGoingOnAreToldApartWhicheverIsAskedFirst() {
        String glued = "يبلغ طول ساحلها نحو ألفي كيلومتر على البحر.";
        assertTrue(SentenceChooser.refersBack(glued));
        assertFalse(SentenceChooser.continuesPrevious(glued));
        String opens = "وهي أقدم جامعة في المنطقة كلها.";
        assertTrue(SentenceChooser.continuesPrevious(opens));
        assertTrue(SentenceChooser.refersBack(opens));
        assertFalse(SentenceChooser.refersBack("أقيمت الجامعة على ضفة النهر الشرقية."));
    }

    // "foreign minister" is translated as وزير الخارجية: a sentence about the foreign ministry holds
    // one of its two words, which is not the minister the question asks about.
    @Test
    void aTranslationOfSeveralWordsRanksTheSentenceHoldingAllItsWordsFirst() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("minister"), Map.of("moscow.txt", """
                موسكو ترد على الاتهامات
                وقالت وزارة الخارجية الروسية في بيان إن الاتهامات الموجهة إلى روسيا لا أساس لها.
                وكانت الطائرات قد عادت إلى قواعدها مساء الاثنين.
                وشدد وزير الخارجية الروسي سيرغي لافروف على أن بلاده لم تنتهك أي قرار."""))) {
            String question = "Who is the Russian foreign minister?";
            List<SentenceCandidate> ranked = rank(one, question);
            SentenceCandidate minister = ranked.stream().filter(c -> c.sentence().text().contains("لافروف"))
                    .findFirst().orElseThrow();
            SentenceCandidate ministry = ranked.stream().filter(c -> c.sentence().text().contains("وزارة"))
                    .findFirst().orElseThrow();
            // By the coverage abstention reads too, the ministry's sentence holds the phrase only by the
            // share of its words it holds (since the twenty-ninth round: EvidenceTerm.typedAsPhrase).
            assertEquals(1.0, minister.coverage(), 1e-9);
            assertTrue(ministry.coverage() < 1.0, ministry.coverage() + "");
            assertEquals(0.0, minister.rankShortfall(), 1e-9);
            assertTrue(ministry.rankShortfall() > 0, ministry.rankShortfall() + "");
            assertEquals(minister, ranked.getFirst());
        }
    }

    // A translated word is judged by the idf of its rarest form (its English spelling, which no Arabic
    // article holds) and ranked halfway to the idf of its commonest: "Russian" is in every story here,
    // the foreign minister in one.
    @Test
    void aTranslatedWordEveryStoryHoldsRanksLighterThanItIsJudged() throws IOException {
        try (ArticleFixture three = ArticleFixture.of(tmp.resolve("russian"), Map.of(
                "moscow.txt", """
                        موسكو ترد
                        وشدد وزير الخارجية الروسي سيرغي لافروف على أن بلاده لم تنتهك أي قرار.""",
                "jets.txt", """
                        طائرات في الأجواء
                        وعادت الطائرات الروسية إلى قواعدها مساء الاثنين.""",
                "gas.txt", """
                        أسعار الغاز
                        وارتفعت أسعار الغاز الروسي في الأسواق الأوروبية."""))) {
            Retrieval retrieval = three.retrieve("Who is the Russian foreign minister?");
            EvidenceTerm russian = term(retrieval, "russian");
            EvidenceTerm minister = term(retrieval, "foreign minister");
            assertTrue(russian.rankWeight() < russian.weight(), russian.toString());
            assertTrue(minister.rankWeight() <= minister.weight(), minister.toString());
            assertTrue(russian.rankWeight() / russian.weight() < minister.rankWeight() / minister.weight(),
                    russian + " " + minister);
        }
    }

    // An English question's figure is written in the article as typed (a Roman numeral as its value), the one
    // word whose match is sure, while its translated words weigh by their rarest forms: the sentence writing
    // the asked final's 49 is preferred by QUESTION_FIGURE_BONUS, one writing the near 48 is not, and the
    // same words read as an Arabic question's get nothing.
    @Test
    void aSentenceWritingAnEnglishQuestionsFigureIsPreferred() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("final"), Map.of("final.txt", """
                نهائي الدوري
                وفاز الفريق باللقب بعد موسم طويل من المباريات والانتصارات.
                وفي السوبر بول 49 فاز فريق نيو إنغلاند باتريوتس.
                وفي السوبر بول 48 فاز فريق سياتل."""))) {
            String question = "Who won Super Bowl XLIX?";
            List<SentenceCandidate> english = rank(one, question, true);
            List<SentenceCandidate> unread = rank(one, question, false);
            SentenceCandidate written = holding(english, "49");
            assertTrue(written.figureHeld());
            assertFalse(holding(english, "48").figureHeld());
            assertFalse(holding(unread, "49").figureHeld());
            assertEquals(SentenceChooser.QUESTION_FIGURE_BONUS,
                    written.rankScore() - holding(unread, "49").rankScore(), 1e-9);
            assertEquals(written, english.getFirst());
        }
    }

    private static SentenceCandidate holding(List<SentenceCandidate> ranked, String text) {
        return ranked.stream().filter(c -> c.sentence().text().contains(text)).findFirst().orElseThrow();
    }

    private static EvidenceTerm term(Retrieval retrieval, String label) {
        return retrieval.query().evidence().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }

    // The first sentence names the boxer and the title the question asks about but gives no age; the
    // next goes on from it ("وهو كذلك…") and gives the age. Read with the sentence it goes on from,
    // the one holding the answer ranks first; judged apart, the one naming the subject would.
    @Test
    void aSentenceGoingOnFromOneWithoutAnAnswerIsReadWithIt() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("boxer"), Map.of("boxer.txt", """
                بطل الملاكمة
                فاز الملاكم محمد علي كلاي بلقب بطل العالم للوزن الثقيل في ميامي بعد نزال تاريخي.
                وهو كذلك أصغر بطل في تاريخ اللعبة إذ كان عمره 22 عاماً.
                واحتفل أنصاره في شوارع المدينة حتى الصباح."""))) {
            List<SentenceCandidate> ranked = rank(one, "كم كان عمر محمد علي كلاي عندما فاز باللقب؟");
            SentenceCandidate age = ranked.stream().filter(c -> c.sentence().text().contains("22")).findFirst()
                    .orElseThrow();
            SentenceCandidate named = ranked.stream().filter(c -> c.sentence().text().contains("ميامي")).findFirst()
                    .orElseThrow();
            assertEquals(age, ranked.getFirst());
            assertTrue(age.readOnGain() > 0, age.toString());
            assertEquals(0.0, named.readOnGain(), 1e-9);
            assertTrue(age.rankScore() - SentenceChooser.READ_ON_WEIGHT * age.readOnGain() < named.rankScore(),
                    "without reading on, the sentence naming the subject would rank first");
        }
    }

    // The sentence before already holds a year: it is a rival answer, not the subject of the one that
    // goes on from it, which gains nothing from it.
    @Test
    void aSentenceGoingOnFromOneHoldingAnAnswerGainsNothing() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("club"), Map.of("club.txt", """
                نادي المدينة
                فاز نادي المدينة ببطولة الدوري في عام 2000 بعد موسم طويل.
                كما فاز بالبطولة في عام 1946 أيضاً."""))) {
            List<SentenceCandidate> ranked = rank(one, "متى فاز نادي المدينة ببطولة الدوري؟");
            SentenceCandidate also = ranked.stream().filter(c -> c.sentence().text().contains("1946")).findFirst()
                    .orElseThrow();
            assertTrue(also.typed());
            assertEquals(0.0, also.readOnGain(), 1e-9);
        }
    }

    // The sentence before holds a year too, but of the league title: the one going on from it names
    // the cup the question asks about, which the sentence before does not, and is read with it.
    @Test
    void aSentenceGoingOnFromOneHoldingAnAnswerIsReadWithItWhenItAddsAWordOfTheQuestion() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("cup"), Map.of("cup.txt", """
                نادي المدينة
                فاز نادي المدينة ببطولة الدوري في عام 2000 بعد موسم طويل.
                كما فاز بالكأس في عام 1946 أيضاً."""))) {
            List<SentenceCandidate> ranked = rank(one, "متى فاز نادي المدينة بالكأس؟");
            SentenceCandidate cup = ranked.stream().filter(c -> c.sentence().text().contains("1946")).findFirst()
                    .orElseThrow();
            assertTrue(cup.readOnGain() > 0, cup.toString());
            assertEquals(cup, ranked.getFirst());
        }
    }

    // The sentence after the semi-final's opens with ثم: it tells the next game, whose score is no
    // answer about the semi-final, though it names the game the question names and the one before
    // does not.
    @Test
    void aSentenceOpeningOnTheNextEventIsNotReadWithARivalBeforeIt() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("semi"), Map.of("semi.txt", """
                نادي المدينة
                فاز نادي المدينة على الضيوف في نصف النهائي 3–1 بتسجيله هدفين في الدقائق الأخيرة.
                ثم فاز في المباراة النهائية 2–0 أمام جمهوره."""))) {
            List<SentenceCandidate> ranked = rank(one, "كم هدفا سجل نادي المدينة في الدقائق الأخيرة من مباراة نصف النهائي؟");
            SentenceCandidate next = ranked.stream().filter(c -> c.sentence().text().contains("2–0")).findFirst()
                    .orElseThrow();
            assertTrue(next.typed());
            assertEquals(0.0, next.readOnGain(), 1e-9);
        }
    }

    // The long sentence names the museum in its first clause and the government's opening of a bridge
    // in its last, more than two hundred characters on: it holds every word of the question, but
    // about two things. The short one states the museum's opening in one clause. For a when-question
    // the long one is scattered and ranks below; asked what was opened, nothing is scattered.
    @Test
    void aLongSentenceHoldingATypedQuestionsWordsInClausesFarApartIsScattered() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("museum"), Map.of("museum.txt", """
                المتحف الوطني
                تأسس المتحف الوطني في العاصمة القديمة، وهو من أكبر المتاحف في المنطقة ويضم آلاف القطع الأثرية النادرة من عصور مختلفة، وقد زاره ملايين السياح من كل أنحاء العالم خلال العقود الماضية، ثم افتتحت الحكومة الجسر الجديد فوق النهر في عام 1990 بعد سنوات من العمل.
                وافتتحت الحكومة المتحف الوطني للزوار في عام 1975."""))) {
            List<SentenceCandidate> ranked = rank(one, "متى افتتحت الحكومة المتحف الوطني؟");
            SentenceCandidate far = ranked.stream().filter(c -> c.sentence().text().contains("1990")).findFirst()
                    .orElseThrow();
            SentenceCandidate near = ranked.stream().filter(c -> c.sentence().text().contains("1975")).findFirst()
                    .orElseThrow();
            assertTrue(far.scatter() > 0.2, far.toString());
            assertEquals(0.0, near.scatter(), 1e-9);
            assertEquals(near, ranked.getFirst());
            List<SentenceCandidate> untyped = rank(one, "ماذا افتتحت الحكومة قرب المتحف الوطني؟");
            assertTrue(untyped.stream().allMatch(c -> c.scatter() == 0));
        }
    }

    // The history story names the drug in every sentence, on the way to something else; the other
    // story defines it, naming it first, once. By its article the history would lead; asked what the
    // drug is, the definition ranks first. Asked what was made of it, the opening counts for nothing.
    @Test
    void aWhatIsQuestionRanksTheSentenceOpeningWithItsTermFirst() throws IOException {
        try (ArticleFixture two = ArticleFixture.of(tmp.resolve("drug"), Map.of(
                "drug.txt", """
                        أدوية شائعة
                        الباراسيتامول مسكن وخافض للحرارة واسع الاستخدام.
                        ويباع في الصيدليات دون وصفة.""",
                "history.txt", """
                        تاريخ الصيدلة
                        في عام 1878 قام كيميائي ألماني لأول مرة بتخليق الباراسيتامول في مختبره.
                        ولم يستخدم الأطباء الباراسيتامول في العلاج حتى عام 1893.
                        وبعد الحرب انتشر بيع الباراسيتامول في أوروبا وأمريكا."""))) {
            List<SentenceCandidate> ranked = rank(two, "ما هو الباراسيتامول؟");
            SentenceCandidate definition = ranked.stream().filter(c -> c.sentence().text().contains("مسكن"))
                    .findFirst().orElseThrow();
            assertTrue(definition.opening() > 0.9, definition.toString());
            assertTrue(ranked.stream().filter(c -> c.article().file().equals("history.txt"))
                    .allMatch(c -> c.opening() == 0));
            assertEquals(definition, ranked.getFirst(), ranked.getFirst().sentence().text());
            assertTrue(rank(two, "ماذا صنع الكيميائي من الباراسيتامول؟").stream().allMatch(c -> c.opening() == 0));
        }
    }

    @Test
    void aSentenceGoesOnFromThePreviousWhenItOpensWithAPronounAContinuationOrADemonstrative() {
        assertTrue(SentenceChooser.continuesPrevious("وهو كذلك أصغر بطل في تاريخ اللعبة."));
        assertTrue(SentenceChooser.continuesPrevious("كما فازوا بالكأس مرتين."));
        assertTrue(SentenceChooser.continuesPrevious("إنه محرك يعمل بخطوة واحدة."));
        assertTrue(SentenceChooser.continuesPrevious("تُعرف هذه النظرية اليوم بنظرية ميازما."));
        assertFalse(SentenceChooser.continuesPrevious("وقال الوزير إن هذه الخطة ستنفذ قريباً."));
        assertFalse(SentenceChooser.continuesPrevious("لو نجحت، فسيتبع ذلك اختبار آخر."));
        assertFalse(SentenceChooser.continuesPrevious("فاز الملاكم باللقب."));
    }

    @Test
    void aWhenQuestionLeadsWithTheSentenceWhoseYearEndsIt() {
        SentenceCandidate lead = rank("متى دمر الطاعون مدينة أوسلو؟").getFirst();
        assertTrue(lead.sentence().text().endsWith("في عام 1654."), lead.sentence().text());
        assertTrue(lead.typed());
    }
    // Seed 003 as it is: "عراقجي والأسد ناقشا العلاقات… عن الاجتماع" holds the question's meeting, and the
    // sentence giving where they met ("…بشار الأسد في دمشق") names no place after a place noun. With no
    // sentence holding a place the finder reads, the one naming a known place after a preposition goes first.
    @Test
    void aWhereQuestionWhoseFirstSentenceHoldsNoPlacePrefersTheSentenceNamingAKnownPlace() throws IOException {
        String seed = Files.readString(Path.of("seeds/003_bda4f0888d9a15f7.txt"));
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("met"), Map.of("003.txt", seed))) {
            List<SentenceCandidate> ranked = rank(one, "وين اجتمع عراقجي ويا بشار الأسد؟");
            SentenceCandidate met = ranked.getFirst();
            assertTrue(met.sentence().text().contains("بشار الأسد في دمشق"), met.sentence().text());
            assertEquals(SentenceChooser.KNOWN_PLACE_BONUS, met.kindBonus());
            SentenceCandidate talks = ranked.stream().filter(c -> c.sentence().text().contains("ناقشا"))
                    .findFirst().orElseThrow();
            assertEquals(0, talks.kindBonus(), "it names no place");
            assertTrue(talks.rankScore() > met.rankScore() - met.kindBonus(), "ahead without the bonus");
            assertTrue(rank(one, "متى اجتمع عراقجي ويا بشار الأسد؟").stream().allMatch(c -> c.kindBonus() == 0),
                    "not a where-question");
        }
    }

    // A first sentence holding a place after a place noun answers where: a known place elsewhere gains nothing.
    @Test
    void aWhereQuestionWhoseFirstSentenceHoldsAPlaceGivesNoKnownPlaceBonus() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("visit"), Map.of("visit.txt", """
                زيارة الوزير
                سيزور الوزير أيضا العاصمة التركية أنقرة بعد زيارته.
                وكان الوزير قد وصل إلى دمشق أمس في زيارة رسمية."""))) {
            List<SentenceCandidate> ranked = rank(one, "وين رح يزور الوزير بعدها؟");
            assertTrue(ranked.getFirst().typed(), ranked.getFirst().sentence().text());
            assertTrue(ranked.stream().allMatch(c -> c.kindBonus() == 0));
        }
    }

    // A when-question whose first sentence holds no time: the sentence all but level with it that gives the
    // year goes first. One ranked further behind stays behind, and a who-question's order is left alone; a
    // how-many question naming what it counts prefers only a figure of it, which the year is not.
    @Test
    void aWhenQuestionWhoseFirstSentenceHoldsNoTimePrefersOneAllButLevelThatDoes() {
        String question = "متى دمر الطاعون مدينة أوسلو؟";
        List<SentenceCandidate> ranked = rank(question);
        SentenceCandidate often = candidate(ranked, "عدة");
        SentenceCandidate year = candidate(ranked, "1654");
        assertFalse(often.typed(), "it holds no time");
        assertTrue(year.typed());
        TypedQuestion when = TypedQuestion.of(question, QuestionType.DATE, List.of());
        assertBreaksTie(often, year, when, SentenceChooser.TIME_OR_FIGURE_BONUS);
        SentenceCandidate first = AnswerComposerTest.rankedAt(often, 1.0);
        SentenceCandidate level = AnswerComposerTest.rankedAt(year, 1.0 - SentenceChooser.TIME_OR_FIGURE_BONUS / 2);
        TypedQuestion who = TypedQuestion.of("من دمر مدينة أوسلو؟", QuestionType.PERSON, List.of());
        assertEquals(List.of(first, level), SentenceChooser.withKindBonus(List.of(first, level), who, List.of()));
        TypedQuestion times = TypedQuestion.of("كم مرة دمر الطاعون مدينة أوسلو؟", QuestionType.NUMBER, List.of());
        assertEquals(year.key(), SentenceChooser.withKindBonus(List.of(first, level), times, List.of())
                .getFirst().key(), "a figure, and the question names nothing it counts");
        assertEquals(List.of(first, level), SentenceChooser.withKindBonus(List.of(first, level), times,
                List.of("مرة")), "the year counts no times");
    }

    // A who-question whose first sentence names no person and opens with "وهو": its person is named in the
    // sentence before. The sentence all but level with it that opens otherwise goes first; one ranked further
    // behind stays behind, and a first sentence that opens otherwise keeps its place.
    @Test
    void aWhoQuestionWhoseFirstSentenceOpensWithAPronounPrefersOneAllButLevelThatDoesNot() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("record"), Map.of("record.txt", """
                الرقم القياسي للسباق
                أصبح سامر خليل أول عداء يفوز بالسباق مرتين.
                وهو كذلك أكبر عداء سناً يفوز بالسباق.
                الرقم القياسي السابق كان بحوزة رامي حداد الذي فاز بالسباق في عمر 38."""))) {
            String question = "من كان يحمل الرقم القياسي لأكبر عداء سناً يفوز بالسباق؟";
            List<SentenceCandidate> ranked = rank(one, question);
            SentenceCandidate pronoun = candidate(ranked, "وهو");
            assertEquals(SentenceChooser.NAMED_SUBJECT_BONUS, candidate(ranked, "السابق").kindBonus(),
                    "ranked after the pronoun's sentence, it carries the bonus");
            SentenceCandidate named = candidate(ranked, "السابق").withKindBonus(0);
            assertFalse(pronoun.typed(), "it names no person");
            TypedQuestion who = TypedQuestion.of(question, QuestionType.PERSON, List.of());
            assertBreaksTie(pronoun, named, who, SentenceChooser.NAMED_SUBJECT_BONUS);
            SentenceCandidate otherFirst = AnswerComposerTest.rankedAt(named, 1.0);
            SentenceCandidate pronounLevel = AnswerComposerTest.rankedAt(pronoun, 1.0 - 0.01);
            assertEquals(List.of(otherFirst, pronounLevel),
                    SentenceChooser.withKindBonus(List.of(otherFirst, pronounLevel), who, List.of()));
        }
    }

    /**
     * With {@code first} ranked first and {@code other} all but level with it, the tie-breaker of {@code kind}
     * puts {@code other} first by {@code bonus}; from twice the bonus behind it stays behind.
     */
    private static void assertBreaksTie(SentenceCandidate first, SentenceCandidate other, TypedQuestion kind,
            double bonus) {
        SentenceCandidate top = AnswerComposerTest.rankedAt(first, 1.0);
        SentenceCandidate level = AnswerComposerTest.rankedAt(other, 1.0 - bonus / 2);
        List<SentenceCandidate> near = SentenceChooser.withKindBonus(List.of(top, level), kind, List.of());
        assertEquals(other.key(), near.getFirst().key());
        assertEquals(bonus, near.getFirst().kindBonus());
        assertEquals(0, near.getLast().kindBonus());
        SentenceCandidate behind = AnswerComposerTest.rankedAt(other, 1.0 - 2 * bonus);
        assertEquals(top, SentenceChooser.withKindBonus(List.of(top, behind), kind, List.of()).getFirst());
    }

    // A who-question asking who did a deed: a sentence telling of the deed and then naming who did it after
    // "at the hands of" or "by" gives the doer though the person finder reads no name there; one naming such a
    // doer before the deed's word names another's, and a when-question asks no doer.
    @Test
    void aWhoQuestionsSentenceNamingTheDoerAfterByGivesThePersonAskedFor() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("killing"), Map.of("killing.txt", """
                ذكرى المعركة
                ويصادف اليوم الذي قتل فيه القائد في المعركة.
                وفي ذلك اليوم حصل مقتل القائد ظلما من قبل جيش الخصوم.
                وأرسل من قبل جيش الخصوم وفد إلى المدينة قبل أن يقتل القائد."""))) {
            List<SentenceCandidate> ranked = rank(one, "من قتل القائد؟");
            assertTrue(candidate(ranked, "ظلما").typed(), "the doer after the deed and من قبل");
            assertFalse(candidate(ranked, "ويصادف").typed(), "the deed, no doer");
            assertFalse(candidate(ranked, "وفد").typed(), "من قبل before the deed's word");
            assertFalse(candidate(rank(one, "متى قتل القائد؟"), "ظلما").typed(), "a when-question asks no doer");
        }
    }

    // A who-question asking a person's father: the sentence giving the person's lineal name (عمر بن مختار) gives the
    // person asked for; one naming the person otherwise does not, and a question asking something else of the
    // person reads no father.
    @Test
    void aQuestionAskingTheFatherIsAnsweredByTheLinealName() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("lineage"), Map.of("lineage.txt", """
                عمر المختار
                السيد عمر بن مختار المنفي قائد ليبي من برقة.
                حارب عمر المختار الإيطاليين في برقة منذ كان عمره 53 عاما."""))) {
            List<SentenceCandidate> ranked = rank(one, "من هو والد عمر المختار؟");
            assertTrue(candidate(ranked, "بن مختار").typed(), "the lineal name");
            assertFalse(candidate(ranked, "حارب").typed(), "the name alone");
            assertEquals(Set.of(), SentenceChooser.fatherOf("من هو قائد عمر المختار؟", QuestionType.PERSON));
            assertEquals(Set.of(), SentenceChooser.fatherOf("متى خلف عمر والده؟", QuestionType.DATE));
            assertEquals(Set.of("عمر", "المختار"),
                    SentenceChooser.fatherOf("من هو والد عمر المختار؟", QuestionType.PERSON));
        }
    }

    // A question asking a thing's other name prefers the sentence giving a name beside another (أو after a gloss's
    // bracket) by the type bonus over its twin joining the two names by و; a question asking something else of it
    // ranks the twins alike.
    @Test
    void aQuestionAskingAnotherNamePrefersTheSentenceGivingOne() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("painting"), Map.of("painting.txt", """
                لوحة شهيرة
                الموناليزا (بالفرنسية: Joconde) أو الجيوكاندا معروضة في متحف اللوفر.
                الموناليزا (بالفرنسية: Joconde) والجيوكاندا معروضة في متحف اللوفر منذ قرون."""))) {
            List<SentenceCandidate> other = rank(one, "ما الاسم الآخر للموناليزا المعروضة في اللوفر؟");
            assertEquals(SentenceChooser.TYPE_BONUS,
                    candidate(other, " أو ").sentenceScore() - candidate(other, "منذ").sentenceScore(), 1e-9);
            List<SentenceCandidate> where = rank(one, "أين تعرض الموناليزا؟");
            assertEquals(0, candidate(where, " أو ").sentenceScore() - candidate(where, "منذ").sentenceScore(), 1e-9);
        }
    }

    // A who-question asking who did a deed: the sentence opening with its verb names the doer right after it,
    // untitled, and gives a person as a titled name would; a sentence whose verb is followed by a preposition
    // names none, and a when-question asks no doer.
    @Test
    void aWhoQuestionsSentenceOpeningWithTheAskedVerbNamesTheDoer() throws IOException {
        try (ArticleFixture one = ArticleFixture.of(tmp.resolve("deed"), Map.of("deed.txt", """
                الهجرة إلى ألمانيا
                ومن أحفاد المهاجرين الجنرال هيرمان فرانسوا.
                دعا فريدريك وليام، ناخب براندنبورغ، المهاجرين إلى الاستقرار في ممالكه.
                ودعا إلى استقبال القادمين في مدنه."""))) {
            List<SentenceCandidate> ranked = rank(one, "من هو الحاكم الألماني الذي دعا المهاجرين؟");
            assertTrue(candidate(ranked, "فريدريك").typed(), "the doer after the asked verb");
            assertFalse(candidate(ranked, "القادمين").typed(), "a preposition after the verb");
            List<SentenceCandidate> when = rank(one, "متى دعا الحاكم الألماني المهاجرين؟");
            assertFalse(candidate(when, "فريدريك").typed(), "a when-question asks no doer");
        }
        try (ArticleFixture headline = ArticleFixture.of(tmp.resolve("killed"), Map.of("killed.txt", """
                مقتل قائد بارز في حلب
                وقالت وسائل إعلام إن القائد قتل في حلب خلال الهجمات."""))) {
            assertFalse(candidate(rank(headline, "مين القائد اللي قتل بحلب؟"), "مقتل").typed(),
                    "a verbal noun of the asked verb names the one the deed befell, not its doer");
        }
    }

    @Test
    void aSentenceOpensWithAPronounOnlyByItsFirstWord() {
        assertTrue(SentenceChooser.opensWithPronoun("وهو كذلك أكبر عداء سناً."));
        assertTrue(SentenceChooser.opensWithPronoun("هي أول عملة رقمية."));
        assertFalse(SentenceChooser.opensWithPronoun("وهران مدينة ساحلية."), "a word beginning with وه");
        assertFalse(SentenceChooser.opensWithPronoun("وقال إنه هو الفائز."), "a pronoun after the first word");
    }

    @Test
    void aTextWritesTheAskedVerbWhenAnEvidenceTermHoldingTheVerbIsFoundInIt() {
        SentenceChooser.Deed killed = new SentenceChooser.Deed("قتل", new boolean[] {false, true, false});
        assertTrue(killed.heldIn(new boolean[] {true, true}), "the verb's term found, fewer terms read");
        assertFalse(killed.heldIn(new boolean[] {true, false, true}), "only terms that are not the verb's found");
        assertFalse(SentenceChooser.Deed.NONE.heldIn(new boolean[] {true, true}), "no verb asked");
    }
}
