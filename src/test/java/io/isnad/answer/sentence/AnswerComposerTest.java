package io.isnad.answer.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.AnswerSentences;
import io.isnad.answer.ArticleFixture;
import io.isnad.answer.AskedQuestion;
import io.isnad.answer.Citation;
import io.isnad.answer.Draft;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.answer.ExtractiveSettings;
import io.isnad.answer.abstain.AbstentionModel;
import io.isnad.answer.question.AskedNoun;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.sentence.AnswerComposer.Gains;
import io.isnad.ingest.Article;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.Retrieval;

class AnswerComposerTest {

    @TempDir
    Path tmp;

    /** The first candidate whose sentence holds {@code words}. */
    private static SentenceCandidate candidate(List<SentenceCandidate> ranked, String words) {
        return ranked.stream().filter(c -> c.sentence().text().contains(words)).findFirst().orElseThrow();
    }

    // The related sentence of an untyped question goes first only when it holds clearly more of
    // the question that the lead lacks than the lead holds that it lacks.
    @Test
    void theRelatedSentenceLeadsOnlyWhenItAddsClearlyMoreOfTheQuestion() throws IOException {
        try (ArticleFixture city = ArticleFixture.of(tmp.resolve("city"), Map.of("f.txt", """
                الحي الغربي
                يعتبر الجانب الغربي للمدينة أحد أعرق أحيائها.
                ويعتبر الحي تقليدياً مركز الجماعة الأرمنية في المدينة."""))) {
            String question = "ما الجماعة التي يعتبر الجانب الغربي للمدينة مركزاً لها؟";
            Retrieval retrieval = city.retrieve(question);
            EvidenceScorer scorer = new EvidenceScorer(retrieval.query().evidence());
            List<SentenceCandidate> ranked = SentenceChooser.rank(city.snapshot(), retrieval, scorer,
                    new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty()),
                    List.of(), new boolean[0], false);
            SentenceCandidate side = ranked.stream().filter(c -> c.sentence().text().contains("أعرق")).findFirst()
                    .orElseThrow();
            SentenceCandidate centre = ranked.stream().filter(c -> c.sentence().text().contains("مركز"))
                    .findFirst().orElseThrow();
            assertTrue(AnswerComposer.addsMore(Gains.of(centre, side, scorer, new boolean[0])));
            assertFalse(AnswerComposer.addsMore(Gains.of(side, centre, scorer, new boolean[0])));
            assertFalse(AnswerComposer.addsMore(Gains.of(side, side, scorer, new boolean[0])),
                    "a sentence adds nothing to itself");
        }
    }

    // The related sentence of the lead's story that names the noun the question asks about goes
    // first when the lead does not name it, though the lead holds far more of the question's other
    // words; one of another story that names it does not.
    @Test
    void theRelatedSentenceNamingTheAskedNounLeadsInTheLeadsStory() throws IOException {
        try (ArticleFixture festival = ArticleFixture.of(tmp.resolve("festival"), Map.of("m.txt", """
                مهرجان الموسيقى
                افتتح مهرجان الموسيقى السنوي مساء الجمعة في الساحة الرئيسية بحضور جمهور كبير.
                وقدمت فرقة النجوم عرضها الأول على المسرح.""", "n.txt", """
                حريق في السوق
                وفي مهرجان آخر للموسيقى، أخمدت فرقة الإطفاء حريقا صغيرا مساء السبت."""))) {
            String question = "ما الفرقة التي افتتح بها مهرجان الموسيقى السنوي مساء الجمعة؟";
            Retrieval retrieval = festival.retrieve(question);
            List<EvidenceTerm> evidence = retrieval.query().evidence();
            EvidenceScorer scorer = new EvidenceScorer(evidence);
            QuestionAnalysis analysis = QuestionAnalyzer.analyze(question);
            List<SentenceCandidate> ranked = SentenceChooser.rank(festival.snapshot(), retrieval, scorer,
                    new AskedQuestion(question, question, analysis, false, Optional.empty()),
                    List.of(), new boolean[0], false);
            SentenceCandidate opening = candidate(ranked, "افتتح");
            SentenceCandidate band = candidate(ranked, "فرقة");
            boolean[] asked = AskedNoun.terms(analysis.head(), evidence, festival.snapshot().analyzers(), false);
            assertTrue(AnswerComposer.addsMore(Gains.of(band, opening, scorer, asked)));
            assertFalse(AnswerComposer.addsMore(Gains.of(band, opening, scorer, new boolean[evidence.size()])),
                    "the other words alone keep the lead first");
            assertFalse(AnswerComposer.addsMore(Gains.of(band, band, scorer, asked)),
                    "a sentence names nothing the same sentence lacks");
            SentenceCandidate fire = candidate(ranked, "الإطفاء");
            assertFalse(AnswerComposer.addsMore(Gains.of(fire, opening, scorer, asked)),
                    "another story names the noun in passing");
        }
    }

    /** The candidates ranked for "ما هو النسر؟" over {@code fixture}, with the scorer that ranked them. */
    private static Ranked whatIsTheEagle(ArticleFixture fixture) throws IOException {
        String question = "ما هو النسر؟";
        Retrieval retrieval = fixture.retrieve(question);
        EvidenceScorer scorer = new EvidenceScorer(retrieval.query().evidence());
        return new Ranked(scorer, SentenceChooser.rank(fixture.snapshot(), retrieval, scorer,
                new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty()),
                List.of(), new boolean[0], false));
    }

    private record Ranked(EvidenceScorer scorer, List<SentenceCandidate> candidates) {
    }

    // For a question asking what something is, the sentence opening with the term defines it and
    // goes first; one whose opening name holds the term further on does not, whatever the two hold
    // of the question otherwise.
    @Test
    void theSentenceOpeningWithTheDefinedTermLeads() throws IOException {
        try (ArticleFixture birds = ArticleFixture.of(tmp.resolve("birds"), Map.of("a.txt", """
                طيور الجبال
                النسر طائر جارح كبير يعيش في الجبال العالية.""", "b.txt", """
                موسم الصيد
                سامي عادل النسر صياد قديم يقول إن الطيور قلت هذا العام."""))) {
            Ranked eagle = whatIsTheEagle(birds);
            EvidenceScorer scorer = eagle.scorer();
            SentenceCandidate bird = candidate(eagle.candidates(), "طائر");
            SentenceCandidate hunter = candidate(eagle.candidates(), "صياد");
            assertTrue(AnswerComposer.addsMore(Gains.of(bird, hunter, scorer, new boolean[0],
                    AnswerComposer.definesMore(bird, hunter, scorer, birds.snapshot()))));
            assertFalse(AnswerComposer.addsMore(Gains.of(hunter, bird, scorer, new boolean[0],
                    AnswerComposer.definesMore(hunter, bird, scorer, birds.snapshot()))));
            assertFalse(AnswerComposer.addsMore(Gains.of(bird, hunter, scorer, new boolean[0])),
                    "both hold the term: by the question's words alone the lead stays first");
        }
    }

    // After a lead defining the term a what-is question asks about, the sentence after it that goes
    // on about the term without opening with it is not quoted: the definition answers alone.
    @Test
    void aDefinitionIsQuotedAlone() throws IOException {
        try (ArticleFixture birds = ArticleFixture.of(tmp.resolve("eagle"), Map.of("a.txt", """
                طيور الجبال
                النسر طائر جارح كبير يعيش في الجبال العالية.
                ويصطاد النسر الأرانب والأفاعي في الوديان."""))) {
            Ranked eagle = whatIsTheEagle(birds);
            EvidenceScorer scorer = eagle.scorer();
            SentenceCandidate bird = candidate(eagle.candidates(), "طائر");
            SentenceCandidate hunts = candidate(eagle.candidates(), "يصطاد");
            assertFalse(AnswerComposer.joins(hunts, bird, Gains.of(hunts, bird, scorer, new boolean[0],
                    AnswerComposer.definesMore(hunts, bird, scorer, birds.snapshot()))));
            assertTrue(AnswerComposer.joins(hunts, bird, Gains.of(hunts, bird, scorer, new boolean[0])),
                    "as the lead's next sentence it joins when no definition is asked");
        }
    }

    // A related sentence joins the lead only for a part of the question the lead lacks, as the
    // lead's next sentence, or when the two rank all but level (which one answers is then open):
    // not to repeat the lead's words from elsewhere in the story.
    @Test
    void aRelatedSentenceJoinsOnlyWhenItAddsContinuesOrTies() throws IOException {
        try (ArticleFixture park = ArticleFixture.of(tmp.resolve("park"), Map.of("g.txt", """
                الحديقة الجديدة
                افتتحت البلدية الحديقة العامة الجديدة في وسط المدينة.
                وتضم الحديقة ملاعب للأطفال ومسارات طويلة للمشي.
                وقال رئيس البلدية إن المدينة تحتاج إلى مزيد من المساحات الخضراء.
                وكانت الساحة القديمة في وسط المدينة مهملة منذ سنوات.""", "k.txt", """
                أخبار قصيرة
                وفي وسط المدينة أيضا، افتتحت البلدية أمس مكتبة صغيرة قرب محطة القطار القديمة.
                وتستمر أعمال الصيانة في الطريق الساحلي حتى نهاية الشهر."""))) {
            String question = "ماذا افتتحت البلدية في وسط المدينة؟";
            Retrieval retrieval = park.retrieve(question);
            EvidenceScorer scorer = new EvidenceScorer(retrieval.query().evidence());
            List<SentenceCandidate> ranked = SentenceChooser.rank(park.snapshot(), retrieval, scorer,
                    new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty()),
                    List.of(), new boolean[0], false);
            SentenceCandidate lead = candidate(ranked, "الحديقة العامة");
            SentenceCandidate next = candidate(ranked, "ملاعب");
            SentenceCandidate square = candidate(ranked, "الساحة");
            assertTrue(AnswerComposer.joins(next, lead, Gains.of(next, lead, scorer, new boolean[0])),
                    "the lead's next sentence");
            assertFalse(AnswerComposer.joins(square, lead, Gains.of(square, lead, scorer, new boolean[0])),
                    "repeats the lead's words, elsewhere");
            assertTrue(AnswerComposer.joins(lead, square, Gains.of(lead, square, scorer, new boolean[0])),
                    "adds what the other lacks");
            // The library in k.txt holds every word the park's sentence does and ranks level with it.
            ExtractiveSettings settings = new ExtractiveSettings(0.3, 0.3, 2, 0.75, 0);
            ExtractiveAnswerer answerer = new ExtractiveAnswerer(settings, AbstentionModel.packaged(),
                    new AnswerComposer(settings));
            Draft draft = answerer.answer(park.snapshot(), retrieval, new AskedQuestion(question,
                    question, QuestionAnalyzer.analyze(question), false, Optional.empty())).orElseThrow();
            assertEquals(List.of("g.txt", "k.txt"), draft.citations().stream().map(Citation::file).toList());
            assertEquals(2, AnswerSentences.split(draft.text()).size(), draft.text());
        }
    }

    /** The candidates ranked for {@code question} over one article of {@code text}. */
    private List<SentenceCandidate> ranked(String name, String text, String question, EvidenceScorer[] scorer)
            throws IOException {
        try (ArticleFixture article = ArticleFixture.of(tmp.resolve(name), Map.of("w.txt", text))) {
            Retrieval retrieval = article.retrieve(question);
            scorer[0] = new EvidenceScorer(retrieval.query().evidence());
            return SentenceChooser.rank(article.snapshot(), retrieval, scorer[0],
                    new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty()),
                    List.of(), new boolean[0], false);
        }
    }

    /** {@code c} as if it ranked at {@code rank}. */
    static SentenceCandidate rankedAt(SentenceCandidate c, double rank) {
        return new SentenceCandidate(c.article(), c.sentence(), c.tokens(), c.coverage(), c.largestMissing(),
                c.typed(), c.tallies(), c.retrieved(), c.passageScore(), c.sentenceScore() + rank - c.rankScore(),
                c.assessment(), c.articleCheck(), c.rankShortfall(), c.readOnGain(), c.scatter(), c.opening(),
                c.carried(), c.kindBonus(), c.figureHeld());
    }

    // Of the related sentences of the lead's article ranked all but level with the first, the one
    // holding the most of the question the lead lacks: not the one edging ahead for repeating the name
    // the lead holds. One ranked clearly lower, or of another article, is not weighed against the first.
    @Test
    void theRelatedSentenceAmongThoseRankedLevelIsTheOneAddingMostToTheLead() throws IOException {
        String question = "ما الاسم الذي أعطي لقسم من جادة كيرني لتحسين صورة الحي؟";
        EvidenceScorer[] scorer = new EvidenceScorer[1];
        List<SentenceCandidate> ranked = ranked("kearney", """
                جادة كيرني
                وتمتد جادة كيرني نصف ميل بين شارعين وكانت المفضلة للعائلات الثرية.
                ويقع قسم آخر من جادة كيرني أعطي اسم بروكهيفن لتحسين صورة الحي.
                ولكونها طريقا ذات اتجاهين يمر أكثرها عبر الريف، تصطف أشجار النخيل الطويلة على جادة كيرني.""",
                question, scorer);
        SentenceCandidate lead = rankedAt(candidate(ranked, "نصف ميل"), 1.0);
        SentenceCandidate palms = rankedAt(candidate(ranked, "النخيل"), 0.9);
        SentenceCandidate section = candidate(ranked, "بروكهيفن");
        AnswerComposer composer = new AnswerComposer(new ExtractiveSettings(0.1, 0.3, 2, 0.75, 0));
        SentenceCandidate level = rankedAt(section, 0.9 - AnswerComposer.TIED / 2);
        assertEquals(Optional.of(level), composer.related(lead, List.of(lead, palms, level), List.of(lead),
                scorer[0]), "ranked level, adds the section, its name and the image");
        SentenceCandidate lower = rankedAt(section, 0.9 - 2 * AnswerComposer.TIED);
        assertEquals(Optional.of(palms), composer.related(lead, List.of(lead, palms, lower), List.of(lead),
                scorer[0]), "ranked clearly lower");
        Article k = level.article();
        Article elsewhere = new Article("other.txt", k.text(), k.title(), k.date(), k.fingerprint(), k.sentences(),
                k.chunks(), k.appendixTitle(), k.headline());
        SentenceCandidate ofAnother = new SentenceCandidate(elsewhere, level.sentence(), level.tokens(),
                level.coverage(), level.largestMissing(), level.typed(), level.tallies(), level.retrieved(),
                level.passageScore(), level.sentenceScore(), level.assessment(), level.articleCheck(),
                level.rankShortfall(), level.readOnGain(), level.scatter(), level.opening(), level.carried(),
                level.kindBonus(), level.figureHeld());
        assertEquals(Optional.of(palms), composer.related(lead, List.of(lead, palms, ofAnother), List.of(lead),
                scorer[0]), "of another article");
    }

    // The sentence after the lead that refers back to it by a pronoun or a pointer (كما أنه…) is the
    // continuation when it holds a part of the question the lead lacks; not a next sentence that
    // does not refer back, nor one that adds none of the question.
    @Test
    void theNextSentenceGoingOnFromTheLeadWithMoreOfTheQuestionContinuesIt() throws IOException {
        String question = "ما السكان الذين يضمهم الحي الغربي في المدينة؟";
        String lead = "الحي الغربي\nيعتبر الحي الغربي تقليدياً مركز الجماعة الأرمنية في المدينة.\n";
        EvidenceScorer[] scorer = new EvidenceScorer[1];
        List<SentenceCandidate> goesOn = ranked("goesOn",
                lead + "كما أنه ذو تنوع ثقافي ويضم نسبة كبيرة من السكان الآسيويين.", question, scorer);
        assertEquals(Optional.of(candidate(goesOn, "تنوع")),
                AnswerComposer.continuation(candidate(goesOn, "مركز"), goesOn, scorer[0]));
        List<SentenceCandidate> glued = ranked("glued",
                lead + "ويضم شرقها نسبة كبيرة من السكان الآسيويين.", question, scorer);
        assertEquals(Optional.of(candidate(glued, "شرقها")),
                AnswerComposer.continuation(candidate(glued, "مركز"), glued, scorer[0]), "a pronoun glued on");
        List<SentenceCandidate> plain = ranked("plain",
                lead + "ويضم الحي نسبة كبيرة من السكان الآسيويين.", question, scorer);
        assertEquals(Optional.empty(), AnswerComposer.continuation(candidate(plain, "مركز"), plain, scorer[0]),
                "does not refer back");
        List<SentenceCandidate> nothing = ranked("nothing",
                lead + "كما أنه أحد أعرق الأحياء في المدينة.", question, scorer);
        assertEquals(Optional.empty(), AnswerComposer.continuation(candidate(nothing, "مركز"), nothing, scorer[0]),
                "adds none of the question");
    }

    /** {@code question} as asked with no conversation before it. */
    private static AskedQuestion asked(String question, boolean english) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), english, Optional.empty());
    }

    // A question asking what was not is answered, after a lead that negates nothing, by the next sentence too when
    // that one negates (with a glued و: ولم); not when the question negates nothing or asks yes or no, the lead
    // negates itself, or the next sentence negates nothing or turns to another subject.
    @Test
    void aNegatedQuestionTakesTheNegatingSentenceAfterALeadThatNegatesNothing() throws IOException {
        String question = "ما الذي لم يكن موجوداً في الأنواع التي وجدت في صخور بورجس؟";
        AskedQuestion asked = asked(question, false);
        String lead = "الأنواع القديمة\nوجدت ثلاثة أنواع أخرى في صخور بورجس الصلصالية في كندا.\n";
        List<SentenceCandidate> negated = ranked("negated",
                lead + "ولم تمتلك أي من الثلاثة المجسات لكن كان لديها أسنان مشطية.", question, new EvidenceScorer[1]);
        SentenceCandidate found = candidate(negated, "صخور");
        assertEquals(Optional.of(candidate(negated, "المجسات")), AnswerComposer.askedPartNext(found, negated, asked));
        assertEquals(Optional.of(candidate(negated, "المجسات")), AnswerComposer.askedPartNext(found, negated,
                asked("What did the species found in the Burgess shale not have?", true)), "an English not");
        String affirmed = "ما الذي كان موجوداً في الأنواع التي وجدت في صخور بورجس؟";
        assertEquals(Optional.empty(), AnswerComposer.askedPartNext(found, negated, asked(affirmed, false)),
                "the question negates nothing");
        assertEquals(Optional.empty(), AnswerComposer.askedPartNext(found, negated,
                asked("هل وجدت الأنواع في صخور بورجس أم لا؟", false)), "a yes/no question's or not");
        assertNothingJoins("plain", lead + "وامتلكت كلها المجسات وأسناناً مشطية.", question, "صخور",
                "the next sentence negates nothing");
        assertNothingJoins("both", "الأنواع القديمة\nلم توجد في صخور بورجس الصلصالية إلا ثلاثة أنواع.\n"
                + "ولم تمتلك أي منها المجسات.", question, "صخور", "the lead negates itself");
        assertNothingJoins("turned", lead + "أما الأنواع الحية فلم تمتلك المجسات.", question, "صخور",
                "the next sentence turns to another subject");
    }

    // A question asking for a name is answered, after a lead that gives none by a word of naming, by the next
    // sentence too when that one names by such a word and refers back to the lead; not by one naming another subject.
    @Test
    void aNameQuestionTakesTheNamingSentenceThatRefersBackToTheLead() throws IOException {
        String question = "ما هو الاسم الرسمي لنظرية فساد الهواء؟";
        String lead = "الطاعون\nأصبحت النظرية المقبولة هي أن الطاعون قد نتج عن فساد الهواء.\n";
        List<SentenceCandidate> named = ranked("named", lead + "وتعرف هذه النظرية اليوم بنظرية ميازما.", question,
                new EvidenceScorer[1]);
        assertEquals(Optional.of(candidate(named, "ميازما")),
                AnswerComposer.askedPartNext(candidate(named, "المقبولة"), named, asked(question, false)));
        assertNothingJoins("other", lead + "ويعرف الطبيب الذي درسه باسم ابن الخطيب.", question, "المقبولة",
                "names without referring back to the lead");
        assertNothingJoins("told", lead + "وقد انتشرت هذه النظرية في أوروبا كلها.", question, "المقبولة",
                "refers back without naming");
    }

    /** Over one article of {@code text}, no sentence joins the lead holding {@code leadWords} for its asked part. */
    private void assertNothingJoins(String name, String text, String question, String leadWords, String why)
            throws IOException {
        List<SentenceCandidate> ranked = ranked(name, text, question, new EvidenceScorer[1]);
        assertEquals(Optional.empty(),
                AnswerComposer.askedPartNext(candidate(ranked, leadWords), ranked, asked(question, false)), why);
    }

    // An encyclopaedia opening's bracket of names in other languages, which the splitter reads across,
    // is left out of the quote when the rest of the sentence holds every question word it holds; a
    // question asking for the name in another language keeps it.
    @Test
    void aBracketOfOtherLanguageNamesIsLeftOutOfTheQuoteUnlessAsked() throws IOException {
        try (ArticleFixture kings = ArticleFixture.of(tmp.resolve("kings"), Map.of("a.txt", """
                ملوك مقدونيا
                الإسكندر المقدوني (باليونانية: Ἀλέξανδρος ὁ Μέγας؛ نقحرة: ألكساندروس)، هو أحد ملوك مقدونيا الإغريق."""))) {
            ExtractiveSettings settings = new ExtractiveSettings(0.3, 0.3, 2, 0.75, 0);
            ExtractiveAnswerer answerer = new ExtractiveAnswerer(settings, AbstentionModel.packaged(),
                    new AnswerComposer(settings));
            String who = "من هو الإسكندر المقدوني؟";
            Draft draft = answerer.answer(kings.snapshot(), kings.retrieve(who), new AskedQuestion(who, who,
                    QuestionAnalyzer.analyze(who), false, Optional.empty())).orElseThrow();
            assertFalse(draft.text().contains("نقحرة"), draft.text());
            assertTrue(draft.text().contains("الإسكندر المقدوني") && draft.text().contains("هو أحد ملوك مقدونيا"),
                    draft.text());
            assertEquals(2, draft.citations().size(), "each part its own exact span");
            String greek = "من هو الإسكندر المقدوني باليونانية؟";
            Draft named = answerer.answer(kings.snapshot(), kings.retrieve(greek), new AskedQuestion(greek, greek,
                    QuestionAnalyzer.analyze(greek), false, Optional.empty())).orElseThrow();
            assertTrue(named.text().contains("Ἀλέξανδρος"), named.text());
        }
    }

    /** The candidates ranked for "أين تقع ولاية هاواي؟" over one article of {@code text}. */
    private List<SentenceCandidate> whereIsHawaii(String name, String text) throws IOException {
        try (ArticleFixture states = ArticleFixture.of(tmp.resolve(name), Map.of("s.txt", text))) {
            String where = "أين تقع ولاية هاواي؟";
            Retrieval retrieval = states.retrieve(where);
            return SentenceChooser.rank(states.snapshot(), retrieval, new EvidenceScorer(retrieval.query().evidence()),
                    new AskedQuestion(where, where, QuestionAnalyzer.analyze(where), false, Optional.empty()),
                    List.of(), new boolean[0], false);
        }
    }

    // A neighbour does not go before the lead when the later of the two turns to another subject
    // (أما…): the place the finder reads in the sentence before is Alaska's, not Hawaii's. Whichever
    // of the two is the lead, and not when the later sentence goes on without turning.
    @Test
    void aNeighbourOfAnotherSubjectIsToldByTheLaterSentencesTurn() throws IOException {
        String alaska = """
                الولايات الأمريكية
                تقع ولاية ألاسكا في الشمال الغربي من القارة، وتحدها كندا شرقاً وروسيا غرباً.
                """;
        List<SentenceCandidate> shifted = whereIsHawaii("shifted",
                alaska + "أما ولاية هاواي، وهي أرخبيل، فتقع في منتصف المحيط الهادئ.");
        SentenceCandidate hawaii = candidate(shifted, "هاواي");
        SentenceCandidate before = candidate(shifted, "ألاسكا");
        assertTrue(AnswerComposer.turnsAway(hawaii, before));
        assertTrue(AnswerComposer.turnsAway(before, hawaii), "the later sentence turns, whichever leads");
        List<SentenceCandidate> plain = whereIsHawaii("plain",
                alaska + "وولاية هاواي، وهي أرخبيل، تقع في منتصف المحيط الهادئ.");
        assertFalse(AnswerComposer.turnsAway(candidate(plain, "هاواي"), candidate(plain, "ألاسكا")));
        List<SentenceCandidate> reversed = whereIsHawaii("reversed", """
                الولايات الأمريكية
                أما ولاية هاواي، وهي أرخبيل، فتقع في منتصف المحيط الهادئ.
                وتقع ولاية ألاسكا في الشمال الغربي من القارة، وتحدها كندا شرقاً وروسيا غرباً.""");
        assertFalse(AnswerComposer.turnsAway(candidate(reversed, "هاواي"), candidate(reversed, "ألاسكا")),
                "the turn opens the earlier sentence: it turns from what came before both");
    }

    @Test
    void pronounDetectionIgnoresQuotesAndConjunctions() {
        assertTrue(AnswerComposer.startsWithPronoun("«وهو كذلك الأكبر سناً»"));
        assertTrue(AnswerComposer.startsWithPronoun("He was the oldest."));
        assertEquals(false, AnswerComposer.startsWithPronoun("هولندا فازت بالمباراة."));
    }
}
