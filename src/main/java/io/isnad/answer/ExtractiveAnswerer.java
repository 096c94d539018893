package io.isnad.answer;

import static io.isnad.answer.abstain.Decline.declineIf;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.isnad.answer.abstain.AbstentionFeatures;
import io.isnad.answer.abstain.Alignments;
import io.isnad.answer.abstain.Decline;
import io.isnad.answer.abstain.AbstentionModel;
import io.isnad.answer.abstain.SentenceJudge;
import io.isnad.answer.abstain.SentenceSlotWords;
import io.isnad.answer.abstain.Declines;
import io.isnad.answer.abstain.QuotedDeclines;
import io.isnad.answer.abstain.ReportDeclines;
import io.isnad.answer.abstain.TimeDeclines;
import io.isnad.answer.abstain.YesNoDeclines;
import io.isnad.answer.abstain.OfficeDeclines;
import io.isnad.answer.abstain.PersonDeclines;
import io.isnad.answer.abstain.PlaceDeclines;
import io.isnad.answer.abstain.QuestionNames;
import io.isnad.answer.abstain.CountDeclines;
import io.isnad.answer.abstain.DraftDeclines;
import io.isnad.answer.abstain.FollowUpDeclines;
import io.isnad.answer.abstain.OrdinalDeclines;
import io.isnad.answer.followup.FollowUpWords;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.model.FallbackReason;
import io.isnad.answer.question.HeadlineQuestion;
import io.isnad.answer.question.NamedStory;
import io.isnad.answer.question.QuestionTranslations;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.sentence.AnswerComposer;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.answer.sentence.SentenceChooser;
import io.isnad.answer.sentence.SeriesNumber;
import io.isnad.answer.sentence.TitleLine;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Section;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.LanguageDetector;
import io.isnad.retrieve.Retrieval;

/**
 * Answers with the one article sentence that answers best, or abstains: chooses the lead sentence
 * ({@link #choose}: the candidates ranked, the sentence quoted, the sentence the abstention model
 * judges and what it sees of it through a {@link SentenceJudge}), declines when the model or one of
 * the checks of {@link Declines} says the sentence does not answer, and has the
 * {@link AnswerComposer} compose the answer's text, citations and short answer from the lead.
 */
@ApplicationScoped
public class ExtractiveAnswerer {

    /** An appended story answers only when it beats the main story's best sentence by this much. */
    static final double APPENDIX_MARGIN = 0.1;
    /**
     * Rank score the quoted sentence loses per share of the question's weight by which its heaviest
     * missing word goes over {@code max-missing-share} ({@link #quoted}): 0.25 and 0.5 gained alike on
     * the tuning parts, 1 gained less, and the bar as a filter (as before) least (docs/answers.md,
     * "Nineteenth round: the sentence quoted, and the article judged").
     */
    static final double MISSING_WEIGHT = 0.5;
    /** Share of its weight a word carried into a follow-up from the previous question keeps. */
    static final double CARRIED_WEIGHT = 0.3;
    /** Share of its weight a word naming the story a question asks of keeps ({@link #storyAside}). */
    static final double STORY_WEIGHT = 0.3;
    /**
     * Answer probability under which an Arabic question is declined when the judged sentence's article
     * names each of the question's words in one sentence at most ({@link #doubtBelow}). Such answers,
     * just over the operating point, were mostly questions about another corpus whose words a story
     * mentions in passing: on the tuning parts 30 more negatives declined (15 cross-corpus, 15
     * near-miss) for 2 answer hits, where raising the operating point to it for every Arabic question
     * declined 73 for 28; 0.5 declined 7 fewer for the same 2, 0.55 one more for 3 more hits
     * (docs/answers.md, "Twenty-first round: questions about another corpus").
     */
    static final double DOUBTFUL = 0.52;
    /**
     * Sentences of a main story from which it is a long one ({@link #doubtBelow}): a news story of ten
     * sentences or more that is about the question's subject names it again, where a paragraph of a few
     * sentences names each thing once.
     */
    static final int LONG_STORY = 10;
    /**
     * Answer probability under which a question is declined when its judged sentence stands in a long main
     * story ({@value #LONG_STORY} sentences or more) that names each of its words in one sentence at most
     * ({@link #doubtBelow}). In a story that long a passing mention is a stronger sign than in a paragraph,
     * so it doubts more of the answers than {@link #DOUBTFUL} does, and English questions too. The bar stands
     * between the tuning parts' highest such answer to a question the seeds cannot answer (.81, "ما هي المدن
     * التي يربط بينها الطريق السريع M5؟") and their lowest right one (.90). In the eval, tuning parts: 4
     * negatives and one xquad-dev wrong answer declined, no hit; check parts 3 negatives, no hit
     * (docs/answers.md, "unans39").
     */
    static final double DOUBTFUL_IN_LONG_STORY = 0.85;

    private final ExtractiveSettings settings;
    private final AbstentionModel abstention;
    private final AnswerComposer composer;
    /** The words of the sentences the alignments read, kept from question to question. */
    private final SentenceSlotWords slotWords = new SentenceSlotWords();

    @Inject
    ExtractiveAnswerer(AnswerConfig config, AnswerComposer composer) {
        this(config.extractive(), AbstentionModel.packaged(), composer);
    }

    public ExtractiveAnswerer(ExtractiveSettings settings, AbstentionModel abstention, AnswerComposer composer) {
        this.settings = settings;
        this.abstention = abstention;
        this.composer = composer;
    }

    /**
     * The answer sentences with their citations, or empty to abstain. A follow-up to a declined
     * question is answered as a question of its own when it can be; the story its earlier question
     * would have been answered from is tried only then ({@link FollowUpDeclines#strays}): a guess may answer
     * what the follow-up alone cannot, never take away an answer it has.
     */
    public Optional<Draft> answer(Snapshot corpus, Retrieval retrieval, AskedQuestion question) {
        return extract(corpus, retrieval, question).draft();
    }

    /**
     * The answer as {@link #answer} makes it, with the sentence choice for {@code question} as asked: the one the
     * answer was made from, kept for a model's answer to be read against ({@link #modelDecline}) rather than
     * chosen again. A follow-up to a declined question answered as a question of its own never chose for the
     * question as asked; its choice is made only when asked for.
     */
    public Extraction extract(Snapshot corpus, Retrieval retrieval, AskedQuestion question) {
        if (question.previous().isPresent() && !question.previous().get().shown()) {
            AskedQuestion alone = new AskedQuestion(question.text(), question.asked(), question.analysis(),
                    question.searched(), question.english(), Optional.empty());
            Optional<Draft> draft = answerWith(choose(corpus, retrieval, alone), corpus, retrieval, alone,
                    Optional.of(question.previous().get().question()));
            if (draft.isPresent()) {
                return new Extraction(draft, () -> choose(corpus, retrieval, question));
            }
        }
        Optional<Choice> chosen = choose(corpus, retrieval, question);
        return new Extraction(answerWith(chosen, corpus, retrieval, question,
                question.previous().map(PreviousAnswer::question)), () -> chosen);
    }

    /**
     * The answer from the sentence {@link #choose} chose, or empty when a decline or the model rejects it.
     *
     * @param earlier in a follow-up, the earlier question as the user asked it
     *        ({@link FollowUpDeclines#missesOwnNoun})
     */
    private Optional<Draft> answerWith(Optional<Choice> chosen, Snapshot corpus, Retrieval retrieval,
            AskedQuestion question, Optional<String> earlier) {
        List<EvidenceTerm> queried = retrieval.query().evidence();
        Optional<Choice> answered = chosen.filter(c -> c.declines().isEmpty()
                && abstention.answers(c.features(), c.doubtBelow())
                && !FollowUpDeclines.strays(question, c.lead(), c.scorer(), c.judge().reading(), queried,
                        corpus.analyzers())
                && !FollowUpDeclines.missesOwnNoun(question, earlier, c.lead(), c.scorer(), c.judge().reading(),
                        queried)
                && !FollowUpDeclines.leavesTheStory(question, c.lead(), c.judge().reading().names(), queried)
                && !FollowUpDeclines.namesOnlyTheAsked(question, c.lead(), c.scorer(), queried, corpus));
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        QuestionTranslations translated = translated(retrieval, question);
        Choice choice = answered.get();
        Draft draft = composer.compose(choice.lead(), choice.ranked(), choice.scorer(), choice.askedNoun(), corpus,
                question, translated);
        List<String> quoted = draft.citations().stream().map(Citation::quote).toList();
        List<EvidenceTerm> judgedBy = evidence(retrieval, question);
        BooleanSupplier asksOfShownReport = () -> FollowUpDeclines.asksOfShownReport(question, choice.lead(),
                choice.judge().reading(), queried, corpus.analyzers());
        BooleanSupplier asksEarlierSpeaker = () -> FollowUpDeclines.asksEarlierSpeaker(question,
                choice.judge().reading(), queried, corpus.analyzers());
        return DraftDeclines.wrongShortAnswer(corpus, translated, question, draft.shortAnswer(), asksOfShownReport,
                asksEarlierSpeaker)
                || FollowUpDeclines.namesOnlyAskedPersons(question, earlier, choice.lead(), draft.shortAnswer(),
                        choice.scorer(), choice.judge().reading().names(), queried, corpus.analyzers())
                || FollowUpDeclines.guessGivesNoneAsked(question, draft.shortAnswer())
                || DraftDeclines.givesNoName(corpus, question, draft, judgedBy, choice.askedNoun())
                || DraftDeclines.countsOnly(corpus, question, draft, judgedBy, choice.askedNoun())
                || OfficeDeclines.otherNationality(question, quoted)
                || OfficeDeclines.namedHolderOnly(question, draft.shortAnswer())
                || CountDeclines.noLength(question, draft.shortAnswer(), quoted)
                || PersonDeclines.noOtherNamed(question, draft.shortAnswer())
                || DraftDeclines.displacedInQuoted(question, draft, choice.alignments(), choice.ranked())
                ? Optional.empty() : Optional.of(draft);
    }

    /**
     * The sentence the answer to an earlier question of the conversation led with (a typed neighbour
     * may precede it in the quote), found by answering that question again as one of its own: the
     * history holds only the user's questions, and an extractive answer is cheap and the same each
     * time. It is answered in the language it was asked in, as it was then: the one {@code retrieval} was
     * searched in. When it was declined, the sentence it would have led with, not {@link PreviousAnswer#shown
     * shown}: the follow-up still asks about the story the earlier question meant ("وقديش واحد انجرح؟" after a
     * "what happened at the academy?" worded too loosely to answer), and {@link FollowUpDeclines#strays} keeps
     * its answer near that guess; empty only when no sentence was found at all.
     *
     * @param searched the earlier question as searched (itself made standalone when it followed up)
     * @param asked the earlier question as the user asked it
     */
    public Optional<PreviousAnswer> previousAnswer(Snapshot corpus, Retrieval retrieval, String searched,
            String asked) {
        // The language the search read, from the earlier question as the user asked it: not read again here.
        AskedQuestion question = new AskedQuestion(searched, asked, QuestionAnalyzer.analyze(asked),
                LanguageDetector.ENGLISH.equals(retrieval.query().language()), Optional.empty());
        QuestionType type = question.analysis().type();
        // Chosen once: the answer is made from it and, when that declines, the would-be lead read off it.
        Optional<Choice> chosen = choose(corpus, retrieval, question);
        Optional<PreviousAnswer> answered = answerWith(chosen, corpus, retrieval, question, Optional.empty())
                .flatMap(d -> PreviousAnswer.quoting(corpus, d.citations().get(d.leadCitation()), type, asked));
        return answered.isPresent() ? answered : chosen.map(c -> new PreviousAnswer(
                c.lead().article().file(), c.lead().sentence().index(), type, asked, false));
    }

    /**
     * Why a model's answer citing {@code cited} is turned down as the extractive answer is (a {@link FallbackReason}
     * code), or empty when it stands. The model reads the same passages, so the checks that read the question
     * against the corpus hold for it whatever it cites ({@link Decline.Reach#QUESTION}: a person or name no article
     * writes); those that read the quoted sentences are read on each sentence it cites, and hold when they hold
     * for every one ({@link QuotedDeclines}: a how-many question answered by sentences giving no figure, a
     * when-question by sentences placing nothing in time); and a follow-up to a shown answer is read as the
     * extractive lead is, on what it cites: an answer leaving the story shown though it names nothing new ({@link
     * FollowUpDeclines#leavesTheStory}, on each cited article's best-ranked sentence), or one whose cited
     * sentences hold none of the words the user typed anew, one of them a noun ({@link
     * FollowUpDeclines#missesOwnNoun}). The extractive reader's judgment of its own sentence ({@link
     * Decline.Reach#JUDGED}, the abstention model) and a follow-up to a declined answer ({@link
     * FollowUpDeclines#strays}: with nothing shown, the model may answer the follow-up alone) are left to the model.
     *
     * @param choice the extractive choice for the question ({@link Extraction#choice}), read and not made again
     */
    public Optional<String> modelDecline(Choice choice, Retrieval retrieval, AskedQuestion question,
            List<Citation> cited) {
        if (cited.isEmpty()) {
            return Optional.empty();
        }
        QuestionTranslations translated = translated(retrieval, question);
        List<String> tallied = translated.tallied(question.analysis().tallied());
        // Each cited sentence alone: the answer may rest on any of them, and the order of its markers says
        // nothing of which one answers, as the extractive lead's place first does.
        Set<Decline> quoted = EnumSet.allOf(Decline.class);
        cited.forEach(c -> quoted.retainAll(QuotedDeclines.of(question, List.of(c.quote()), translated.focus(),
                tallied)));
        Optional<Decline> declined = Stream.concat(
                choice.declines().stream().filter(d -> d.reach() == Decline.Reach.QUESTION), quoted.stream())
                .findFirst();
        if (declined.isPresent()) {
            return declined.map(FallbackReason::declined);
        }
        if (question.previous().filter(PreviousAnswer::shown).isEmpty()) {
            return Optional.empty();
        }
        boolean[] names = choice.judge().reading().names();
        List<EvidenceTerm> queried = retrieval.query().evidence();
        boolean leaves = cited.stream().map(Citation::file).distinct().allMatch(file -> choice.ranked().stream()
                .filter(c -> c.article().file().equals(file)).findFirst()
                .filter(c -> FollowUpDeclines.leavesTheStory(question, c, names, queried)).isPresent());
        if (leaves) {
            return Optional.of(FallbackReason.LEFT_THE_STORY);
        }
        List<SentenceCandidate> citedSentences = choice.ranked().stream()
                .filter(c -> cited.stream().anyMatch(q -> q.quotes(c.article().file(), c.sentence()))).toList();
        Optional<String> earlier = question.previous().map(PreviousAnswer::question);
        boolean missesOwnNoun = !citedSentences.isEmpty() && citedSentences.stream().allMatch(c ->
                FollowUpDeclines.missesOwnNoun(question, earlier, c, choice.scorer(), choice.judge().reading(),
                        queried));
        return missesOwnNoun ? Optional.of(FallbackReason.MISSES_OWN_NOUN) : Optional.empty();
    }

    /**
     * The best sentence and what the abstention model would see of it, before the model decides:
     * the refit tool learns from these.
     */
    public Optional<Choice> choose(Snapshot corpus, Retrieval retrieval, AskedQuestion question) {
        List<EvidenceTerm> evidence = evidence(retrieval, question);
        EvidenceScorer scorer = retrieval.scorer().reweighted(evidence);
        QuestionTranslations translated = translated(retrieval, question);
        List<String> tallied = translated.tallied(question.analysis().tallied());
        List<SentenceCandidate> ranked = SentenceChooser.rank(corpus, retrieval, scorer, question, tallied,
                FollowUpWords.newWords(evidence, question), FollowUpWords.asksPost(question));
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        SentenceCandidate placed = ofAskedPlace(question, quoted(ranked, question.previous()), ranked);
        SentenceCandidate best = ofAskedNumber(evidence, placed, ranked);
        // A question asking what the headline says is answered by the title line of the article quoted.
        SentenceCandidate lead = HeadlineQuestion.asks(question.text(), question.english())
                ? TitleLine.of(best, ranked) : best;
        // Whether to answer at all is judged on the sentence that its own evidence ranks first: the
        // abstention model was fitted on that sentence's features, and the article-wide evidence
        // that may put another sentence first must not make an unanswerable question look answered.
        SentenceCandidate judged = judged(ranked, question.previous());
        SentenceJudge judge = new SentenceJudge(corpus, retrieval, question, evidence, scorer,
                settings.rootlessMinRoots(), slotWords);
        // Finding the quoted sentences scores the lead's neighbours: only for the kinds a check reads them,
        // and for the questions the alignments below read them for.
        // Read once: it folds the question for each kind of check that reads the quoted sentences.
        boolean readsQuoted = Declines.readsQuoted(question);
        List<SentenceCandidate> quotedWithLead = readsQuoted || judge.aligns()
                ? AnswerComposer.quotedWithLead(lead, ranked, question, scorer).toList()
                : List.of();
        // A word glued to a proclitic, or carrying a pronoun, that the corpus never writes, or one shaped like a
        // verb after a preposition whose stem it never writes, or a word it never writes that the judged article
        // holds only as a word one root consonant apart, in the judged sentence's own story, is declined as a
        // name no chunk writes is: all are subjects the articles do not report on (docs/answers.md, "near35",
        // "near39", "near39b", "loose60"). So is a place the judged article names only as another place's
        // opening (هولندا الجديدة: "cross62"), and a question ending a sentence's phrase on a word
        // its article never holds, one that is a sentence word for word but for one definite noun put
        // otherwise, and one that puts another head before a sentence's definite word. The alignments read the
        // judged sentence and every one the answer quotes with the lead: the swapped word's slot may stand in
        // any of them (docs/answers.md, "near37").
        Alignments alignments = judge.alignments();
        boolean unwrittenName = judge.unwrittenName() || judge.unwrittenCliticWord(judged)
                || judge.unwrittenPronounWord(judged) || judge.verbShapedName(judged) || judge.otherRootWord(judged)
                || alignments.namedOnlyAsNewPlace(judged)
                || alignments.anyDisplaced(
                        Stream.concat(Stream.of(judged), quotedWithLead.stream().filter(c -> c != judged)));
        AbstentionFeatures features = judge.features(judged, lead, unwrittenName);
        List<String> quoted = readsQuoted
                ? quotedWithLead.stream().map(c -> c.sentence().text()).toList()
                : List.of();
        Set<Decline> declines = EnumSet.noneOf(Decline.class);
        declines.addAll(QuotedDeclines.of(question, quoted, translated.focus(), tallied));
        declineIf(declines, Decline.ABSENT_PERSON, Declines.absentPerson(corpus, question, evidence));
        declineIf(declines, Decline.NO_DEED_ASKED, Declines.noDeedAsked(question));
        declineIf(declines, Decline.UNFINISHED_NUMBER, Declines.unfinishedNumber(question));
        declineIf(declines, Decline.UNHELD_NAME,
                Declines.unheldName(corpus, question, evidence, features.margin(), unwrittenName));
        List<SentenceTokens> judgedTokens = corpus.sentenceTokens(judged.article().file());
        // The judged sentence and its neighbours were matched when ranked: the scorer remembers them.
        Supplier<boolean[]> heldAround = () -> scorer.heldAround(judged.article(), judgedTokens, judged.sentence());
        declineIf(declines, Decline.FEW_WORDS_HELD, Declines.fewWordsHeld(question, evidence, heldAround,
                features.mass(), judged.articleCheck().spread()));
        declineIf(declines, Decline.LONE_SENTENCE_ARTICLE, Declines.loneSentenceArticle(question,
                judgedTokens.size(), features.margin()));
        boolean judgedFirst = retrieval.passages().getFirst().file().equals(judged.article().file());
        declineIf(declines, Decline.WEAK_SEARCH_BELOW_ANOTHER, Declines.weakSearchBelowAnother(question,
                retrieval.passages().getFirst().score(), retrieval.rescoreWeight(), judgedFirst));
        EvidenceScorer.TermCounts held = judged.articleCheck().held();
        declineIf(declines, Decline.NAMES_ELSEWHERE, Declines.namesElsewhere(question, evidence,
                features.articleMissing(), held::found));
        declineIf(declines, Decline.PLACE_ELSEWHERE, Declines.placeElsewhere(question, evidence, held::found));
        declineIf(declines, Decline.PERSON_ELSEWHERE,
                PersonDeclines.namedElsewhere(question, evidence, heldAround, held::found));
        int judgedAt = judged.sentence().index();
        declineIf(declines, Decline.NO_PERSON_NAMED, PersonDeclines.noneNamed(question, judged.sentence().text(),
                judgedAt > 0 ? judged.article().sentences().get(judgedAt - 1).text() : ""));
        declineIf(declines, Decline.WORDING_ONLY, Declines.wordingOnly(question, features.margin(), judge.reading(),
                t -> held.opening()[t], t -> held.sentences()[t] > 1)
                || Declines.pronounSubjectUnwritten(question, features.margin(), judge.reading(),
                        judge.words().arabic(), () -> ArabicTextNormalizer.words(judged.sentence().text()))
                || Declines.onlyNamingHeld(question, evidence, judge.reading().wording(),
                        () -> scorer.foundIn(List.of(judgedTokens.get(judgedAt))))
                || Declines.subjectHeldInPart(question, evidence, judge.reading(),
                        () -> scorer.writtenIn(judgedTokens.get(judgedAt)),
                        () -> scorer.strict().writtenIn(judgedTokens.get(judgedAt)))
                || Declines.meaningTermUnwritten(question, evidence,
                        () -> scorer.writtenIn(judgedTokens.get(judgedAt))));
        // The whole names are read only for the questions the check reads them for (Arabic, no follow-up).
        declineIf(declines, Decline.NAME_IN_PASSING, Declines.nameInPassing(question,
                () -> QuestionNames.withWholeNames(judge.words(), judge.reading().names(), evidence,
                        corpus.analyzers()),
                t -> held.sentences()[t], heldAround, judgedTokens.size()));
        Supplier<boolean[]> writtenInJudged = () -> scorer.writtenIn(judgedTokens.get(judged.sentence().index()));
        declineIf(declines, Decline.SEARCH_WORD_ELSEWHERE,
                Declines.searchWordElsewhere(question, evidence, judge.reading().names(), features.margin(),
                        held::found, () -> scorer.strict().writtenInAny(judgedTokens))
                || Declines.searchBoxPartyUnwritten(question, evidence,
                        () -> writtenWithLineBefore(scorer, judgedTokens, judged.sentence().index())));
        declineIf(declines, Decline.RARE_WORDS_UNWRITTEN, Declines.rareWordsUnwritten(question, evidence,
                features.margin(), judge.reading().wording(), t -> held.opening()[t], writtenInJudged));
        List<String> judgedWords = Declines.readsJudgedWords(question)
                ? ArabicTextNormalizer.words(judged.sentence().text()) : List.of();
        declineIf(declines, Decline.HELD_IN_DATES_ONLY, Declines.heldInDatesOnly(question, evidence, writtenInJudged,
                judgedWords, corpus.analyzers()::wordStems));
        declineIf(declines, Decline.HELD_BY_CLIPPED_STEM, Declines.heldByClippedStemOnly(question, evidence,
                writtenInJudged, judgedWords, corpus.analyzers()::wordStems));
        declineIf(declines, Decline.RARE_WORDS_BELOW_ANOTHER, Declines.rareWordsBelowAnother(question, evidence,
                judgedFirst, features.margin(),
                judge.reading().wording(), writtenInJudged));
        declineIf(declines, Decline.OTHER_EVENT, TimeDeclines.otherEvent(question, evidence,
                judge.reading().wording(), heldAround, writtenInJudged));
        declineIf(declines, Decline.GIVEN_EVENT_ONLY,
                YesNoDeclines.givenEventOnly(question, evidence, judge.reading().wording(), writtenInJudged));
        declineIf(declines, Decline.PERSON_UNNAMED,
                YesNoDeclines.personUnnamed(question, evidence, heldAround, writtenInJudged));
        declineIf(declines, Decline.PARTY_UNNAMED, YesNoDeclines.partyUnnamed(question, evidence, heldAround));
        declineIf(declines, Decline.ACT_UNHELD,
                YesNoDeclines.askedActUnheld(question, evidence, judge.reading().names(),
                        () -> scorer.heldOrWrittenAround(judged.article(), judgedTokens, judged.sentence())));
        declineIf(declines, Decline.SUBJECT_ELSEWHERE, Declines.subjectElsewhere(question, evidence, features.margin(),
                judge.reading().wording(), held::found)
                || Declines.rulerUnwritten(question, evidence,
                        () -> scorer.writtenInAny(judgedTokens),
                        corpus.analyzers()::wordStems));
        declineIf(declines, Decline.COUNT_OF_ANOTHER, CountDeclines.countOfAnother(question, features));
        declineIf(declines, Decline.NO_PLACE, Declines.noPlace(question, features)
                || PlaceDeclines.noOtherPlace(question, Stream.of(judged, lead).distinct()
                        .map(c -> c.sentence().text()).toList(), evidence, corpus.analyzers()::wordStems));
        declineIf(declines, Decline.WORDS_OF_ANOTHER,
                ReportDeclines.wordsOfAnother(question, translated.focus(), features)
                        || ReportDeclines.otherSpeaker(question, quoted, evidence,
                                () -> speakerTerms(evidence, question, judge.reading().wording()),
                                corpus.analyzers()::wordStems)
                        || ReportDeclines.partyUnheard(question, quoted, evidence, corpus.analyzers()::wordStems));
        declineIf(declines, Decline.OTHER_TOPIC, ReportDeclines.otherTopic(question, translated.focus(),
                topicTerms(evidence, question), judge.reading().wording(), () -> scorer.writtenIn(lead.tokens())));
        boolean leadInJudged = lead.article().file().equals(judged.article().file());
        declineIf(declines, Decline.LEAD_OF_ANOTHER, Declines.leadOfAnother(question, leadInJudged,
                judge.reading().names(), judged.articleCheck().found(), lead.articleCheck().found()));
        return Optional.of(new Choice(lead, ranked, features, judge, alignments, judge.askedNoun(),
                Collections.unmodifiableSet(declines), doubtBelow(question, judged, leadInJudged)));
    }

    /**
     * The answer probability under which a question is doubtful because its judged article names none of
     * its words in more than one sentence of its main story: a story about the question's subject names it
     * again and again, one that merely mentions the question's words does not (a question about another
     * corpus answered from a passing mention). {@link #DOUBTFUL_IN_LONG_STORY} when the judged sentence
     * stands in a main story of {@value #LONG_STORY} sentences or more; otherwise {@link #DOUBTFUL} for an
     * Arabic question and none for an English one: searched through its translations, in a paragraph of a
     * few sentences the answerable ones scored this low about as often as those about another corpus
     * (tuning parts: 17 answered questions of xquad-dev, 9 of them hits, against 17 about another corpus).
     * The long story's doubt is only for a sentence of the main story (one of an appended story is not
     * read against the main story's subject) and an answer quoted from that story: a lead the
     * article-wide ranking found in another article is not the passing mention. {@link #DOUBTFUL} still
     * reads an appended story's sentence against its article's main story, as before (docs/answers.md,
     * "unans39": measured separately, not changed). Follow-ups are left out, whose article the conversation chose.
     * 0 (no doubt) when the article is about the question.
     */
    private static double doubtBelow(AskedQuestion question, SentenceCandidate judged, boolean leadInJudged) {
        if (question.previous().isPresent() || judged.articleCheck().recurring()) {
            return 0;
        }
        boolean longStory = judged.sentence().section() == Section.MAIN
                && judged.article().sentences().stream().filter(s -> s.section() == Section.MAIN).count() >= LONG_STORY
                && leadInJudged;
        if (longStory) {
            return DOUBTFUL_IN_LONG_STORY;
        }
        return question.english() ? 0 : DOUBTFUL;
    }

    /**
     * The evidence a sentence is judged by. A follow-up was searched with the names carried from the
     * previous question, which the previous answer's sentence and its neighbours all hold; so the
     * carried words count only {@value #CARRIED_WEIGHT} of their weight, and the follow-up's own
     * words decide which sentence answers it.
     */
    private static List<EvidenceTerm> evidence(Retrieval retrieval, AskedQuestion question) {
        List<EvidenceTerm> all = reportsAside(storyAside(retrieval.query().evidence(), question), question);
        if (question.previous().isEmpty()) {
            return all;
        }
        Predicate<EvidenceTerm> typed = FollowUpWords.typedIn(question);
        return all.stream().map(t -> typed.test(t) ? t
                : t.withWeight(CARRIED_WEIGHT * t.weight())).toList();
    }

    /**
     * {@code evidence} with the words by which the question names the story it asks of ({@link NamedStory}: "حسب
     * خبر مقتل الحاج هاشم", "in the piece on Araghchi's Damascus trip") set aside, when it asks something else
     * too: they were searched, and chose the article, but the sentence telling the story's own event is seldom the
     * one that answers (docs/answers.md, "story54"). The frame ("حسب خبر", "in the piece on") weighs nothing; the
     * story's own words {@value #STORY_WEIGHT} of their weight, as the answer may name them again ("How is
     * Fallahatpisheh identified in the report on Tehran's spending in Syria?").
     */
    static List<EvidenceTerm> storyAside(List<EvidenceTerm> evidence, AskedQuestion question) {
        Optional<NamedStory> named = NamedStory.of(question.asked());
        if (named.isEmpty()) {
            return evidence;
        }
        Predicate<EvidenceTerm> frame = FollowUpWords.mentionedIn(named.get().frame());
        Predicate<EvidenceTerm> story = FollowUpWords.mentionedIn(named.get().story());
        if (evidence.stream().allMatch(frame.or(story))) {
            return evidence;
        }
        return evidence.stream().map(t -> frame.test(t) ? t.withWeight(0)
                : story.test(t) ? t.withWeight(STORY_WEIGHT * t.weight()) : t).toList();
    }

    /**
     * {@code evidence} with the words by which an Arabic question names the articles as a whole ({@link
     * ArabicQuestionWords#theseReports}: "بحسب هذه التقارير"، "بهالأخبار") weighing nothing: no sentence writes
     * them of its own articles, and they chose one that holds بحسب or هذه (docs/answers.md, "fresh55b").
     */
    static List<EvidenceTerm> reportsAside(List<EvidenceTerm> evidence, AskedQuestion question) {
        List<String> named = ArabicQuestionWords.theseReports(question.analysis().words());
        if (named.isEmpty()) {
            return evidence;
        }
        Predicate<EvidenceTerm> aside = FollowUpWords.mentionedIn(String.join(" ", named));
        return evidence.stream().map(t -> aside.test(t) ? t.withWeight(0) : t).toList();
    }

    /**
     * Per evidence term, whether the question names its speaker by it ({@link ReportDeclines#speakerNamed}: not by
     * a nationality alone) and it is not the question's wording. A name of several words may hold a nationality
     * ("the Syrian army", "the European Union"), and is read in the question's words whole.
     */
    private static boolean[] speakerTerms(List<EvidenceTerm> evidence, AskedQuestion question, boolean[] wording) {
        List<String> words = question.analysis().words();
        boolean[] speaker = termsIn(evidence, ReportDeclines.speakerNamed(words));
        boolean[] whole = termsIn(evidence, ArabicSpeechVerbs.speakerAsked(words));
        for (int t = 0; t < speaker.length; t++) {
            speaker[t] = (speaker[t] || whole[t] && evidence.get(t).typedAsPhrase()) && !wording[t];
        }
        return speaker;
    }

    /**
     * Per evidence term, whether the sentence at {@code at} or the one before it writes it ({@link
     * EvidenceScorer#writtenInAny}): where a statement's party is named when its words go on over two lines.
     */
    private static boolean[] writtenWithLineBefore(EvidenceScorer scorer, List<SentenceTokens> tokens, int at) {
        return scorer.writtenInAny(tokens.subList(Math.max(0, at - 1), at + 1));
    }

    /**
     * Per evidence term, whether the question names it as what words were said about ({@link
     * ArabicSpeechVerbs#topicAsked}).
     */
    private static boolean[] topicTerms(List<EvidenceTerm> evidence, AskedQuestion question) {
        return termsIn(evidence, ArabicSpeechVerbs.topicAsked(question.analysis().words()));
    }

    /** Per evidence term, whether a part of the question's words ({@code words}, "" for none) mentions it. */
    private static boolean[] termsIn(List<EvidenceTerm> evidence, String words) {
        boolean[] named = new boolean[evidence.size()];
        if (!words.isEmpty()) {
            Predicate<EvidenceTerm> in = FollowUpWords.mentionedIn(words);
            for (int t = 0; t < named.length; t++) {
                named[t] = in.test(evidence.get(t));
            }
        }
        return named;
    }

    /**
     * The sentence the abstention model judges: the best by its own evidence ({@link
     * SentenceCandidate#sentenceScore}) among those whose heaviest missing question word stays under
     * the bar ({@code max-missing-share}), or among all when none does; the main story's unless the
     * appended story matches clearly better. In a follow-up the previous answer's article stays in
     * the running whatever it misses: the follow-up's few words of its own each weigh so much that
     * one of them missing would otherwise hand the answer to any sentence of another story that
     * happens to hold it.
     */
    SentenceCandidate judged(List<SentenceCandidate> ranked, Optional<PreviousAnswer> previous) {
        List<SentenceCandidate> bySentence = ranked.stream()
                .sorted(Comparator.comparingDouble(SentenceCandidate::sentenceScore).reversed()).toList();
        List<SentenceCandidate> eligible = bySentence.stream().filter(c -> excessMissing(c, previous) == 0).toList();
        return preferMain(eligible.isEmpty() ? bySentence : eligible, SentenceCandidate::sentenceScore);
    }

    /**
     * The sentence quoted: the best by its rank score less {@value #MISSING_WEIGHT} of how far its
     * heaviest missing question word goes over the bar, the main story's unless the appended story
     * matches clearly better. Over the bar is a penalty here, not the judged sentence's filter: as a
     * filter it handed the quote to a sentence under the bar however little of the question it held
     * ("ما هي درجة حرارة المكثف التقريبي في التوربينات؟" quoted a geology sentence, rank score 0.35,
     * over the steam engine's "…عادةً 565 °C…", 1.14, which lacks المكثف, .31 of the question's
     * weight). The judged sentence keeps the filter: the abstention model was fitted on it, and
     * judging another sentence answered more negatives (docs/answers.md, "Eleventh round: sentence
     * choice" and "Nineteenth round: the sentence quoted, and the article judged").
     */
    SentenceCandidate quoted(List<SentenceCandidate> ranked, Optional<PreviousAnswer> previous) {
        ToDoubleFunction<SentenceCandidate> score = c -> c.rankScore() - MISSING_WEIGHT * excessMissing(c, previous);
        return preferMain(ranked.stream().sorted(Comparator.comparingDouble(score).reversed()).toList(), score);
    }

    /**
     * The sentence quoted ({@code best}), or, when it writes another of the series the question asks one of and
     * never the asked one ({@link OrdinalDeclines#otherOrdinal}), the best ranked sentence that writes the asked
     * one ({@link OrdinalDeclines#writesAsked}); {@code best} when none does. A quote of the other one is
     * declined whatever the abstention model says, while the one asked of may stand a little lower: "متى انتهت
     * الحرب العالمية الأولى؟" quoted "الحرب العالمية الثانية هي حرب دولية… وانتهت في الثاني من سبتمبر عام 1945"
     * over "الحرب العالمية الأولى… وانتهت في 11 نوفمبر 1918", which the model judged (docs/answers.md, "xqar63").
     */
    static SentenceCandidate ofAskedPlace(AskedQuestion question, SentenceCandidate best,
            List<SentenceCandidate> ranked) {
        if (!OrdinalDeclines.otherOrdinal(question, List.of(best.sentence().text()))) {
            return best;
        }
        return ranked.stream().filter(c -> OrdinalDeclines.writesAsked(question, c.sentence().text())).findFirst()
                .orElse(best);
    }

    /**
     * The sentence quoted ({@code best}), or, when it writes another of a series the question names by a word and
     * a number ({@link SeriesNumber}: "السوبر بول 33" for "Who won Super Bowl XLIX?") and never the asked one, the
     * best ranked sentence that writes the asked one; {@code best} when none does. Unlike {@link #ofAskedPlace} no
     * decline goes with it: a sentence writing the series word before a year or a date's day may still answer.
     */
    static SentenceCandidate ofAskedNumber(List<EvidenceTerm> evidence, SentenceCandidate best,
            List<SentenceCandidate> ranked) {
        for (SeriesNumber asked : SeriesNumber.asked(evidence)) {
            if (asked.otherWrittenIn(best.sentence().text())) {
                Optional<SentenceCandidate> writing = ranked.stream()
                        .filter(c -> asked.writtenIn(c.sentence().text())).findFirst();
                if (writing.isPresent()) {
                    return writing.get();
                }
            }
        }
        return best;
    }

    /** How far a sentence's heaviest missing question word goes over the bar; 0 in a follow-up's previous article. */
    private double excessMissing(SentenceCandidate c, Optional<PreviousAnswer> previous) {
        if (previous.isPresent() && previous.get().file().equals(c.article().file())) {
            return 0;
        }
        return Math.max(0, c.largestMissing() - settings.maxMissingShare());
    }

    /** The first of {@code pool}, or the main story's best when the first is appended and not clearly better. */
    private static SentenceCandidate preferMain(List<SentenceCandidate> pool,
            ToDoubleFunction<SentenceCandidate> score) {
        SentenceCandidate best = pool.get(0);
        if (best.sentence().section() == Section.APPENDIX) {
            Optional<SentenceCandidate> main = pool.stream().filter(c -> c.sentence().section() == Section.MAIN)
                    .findFirst();
            if (main.isPresent()
                    && score.applyAsDouble(main.get()) >= score.applyAsDouble(best) - APPENDIX_MARGIN) {
                return main.get();
            }
        }
        return best;
    }

    /**
     * The Arabic forms the words of an English question were translated to; none for an Arabic one.
     * In a follow-up only the words the user asked count: "And how many were wounded?" after a
     * question about the killed must tie its number to the wounded, not to the carried "killed".
     */
    private static QuestionTranslations translated(Retrieval retrieval, AskedQuestion question) {
        if (!question.english()) {
            return QuestionTranslations.NONE;
        }
        return QuestionTranslations.of(
                retrieval.query().evidence().stream().filter(FollowUpWords.typedIn(question)).toList(),
                question.analysis().tallied());
    }

    /**
     * An extractive answer ({@code draft}, empty to abstain) and the choice for the question as asked ({@link
     * #extract}): already made when the answer was made from it, so {@code choice} only hands it over; otherwise
     * made by the call, which a model's answer needs at most once.
     */
    public record Extraction(Optional<Draft> draft, Supplier<Optional<Choice>> choice) {
    }

    /**
     * The sentence chosen to lead, the ranked sentences, the abstention model's features, the judge of the
     * question's sentences (whose scorer ranked them: {@link #scorer}), its alignments with the sentences
     * read so far (each one's result kept for the answer's quoted sentences), the checks of
     * {@link Declines} that decline it whatever the model says ({@link Decline}; empty when none holds),
     * and whether the judged sentence's article mentions the question's words only in passing
     * ({@link #doubtBelow}: the probability under which that declines the answer, 0 when it does not).
     */
    public record Choice(SentenceCandidate lead, List<SentenceCandidate> ranked, AbstentionFeatures features,
            SentenceJudge judge, Alignments alignments, boolean[] askedNoun, Set<Decline> declines,
            double doubtBelow) {

        /** Whether the judged sentence's article mentions the question's words only in passing. */
        public boolean inPassing() {
            return doubtBelow > 0;
        }

        /** The scorer the sentences were ranked and judged by. */
        public EvidenceScorer scorer() {
            return judge.scorer();
        }
    }
}
