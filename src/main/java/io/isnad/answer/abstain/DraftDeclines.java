package io.isnad.answer.abstain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.Citation;
import io.isnad.answer.Draft;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.question.QuestionTranslations;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.answer.shortanswer.AskedByNoun;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Article;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.lexicon.Lexicon;

/**
 * The declines read on a composed answer (a {@link Draft}): what its short answer is, and what the
 * sentences it quotes, beside the lead, give or put in the asked word's place.
 */
public final class DraftDeclines {

    /** The adjective military, folded, without the article: what makes an operation's noun one a code name follows. */
    private static final Set<String> MILITARY = ArabicTextNormalizer.foldedSet("عسكري", "عسكرية");
    private static final Lexicon POLITICS = Lexicon.builtin(Lexicon.POLITICS);

    private DraftDeclines() {
    }

    /**
     * Whether the short answer of a who-question is the source the quoted sentence attributes its
     * report to ({@link ReportDeclines#answersWithSource}, read on the article's text before it), a holder
     * of another office than the one asked, or of none where the holder before or after a named person is asked
     * ({@link OfficeDeclines#otherTitleHeld}, read there too), a thing's name
     * after a person ({@link OfficeDeclines#thingForAPerson}, read there too) or a
     * person for a question that asks for a body of people ({@link OfficeDeclines#personForABody}), whether
     * the short answer of a how-many question counts nothing ({@link CountDeclines#countsNothing}), is a part of
     * another toll than the asked one ({@link CountDeclines#partOfAnotherToll}, read there too), is a length
     * of time for a count of another noun ({@link CountDeclines#timeForCount}) or a fraction's numerator ({@link
     * CountDeclines#fractionForCount}, read on the article's text after it) or a figure of places the question does
     * not ask ({@link CountDeclines#placesForCount}, read there too), or
     * whether that of a when-question is the date of the report ({@link ReportDeclines#datesTheReport}, read
     * on its sentence), of the deed a statement asked of tells ({@link ReportDeclines#datesTheStatementsDeed}, read
     * there too), of another event ({@link TimeDeclines#datesAnotherEvent}, read there too) or the day the question
     * names itself ({@link TimeDeclines#datesWithTheAskedDay}) where the
     * answer does not stay on the sentence the previous answer showed with a follow-up naming nothing of its own
     * ({@code asksOfShownReport}, {@link FollowUpDeclines#asksOfShownReport}, read only for a date): "And on which day?" after "Who
     * denied…?" asks of the report the user was shown. The source is no wrong answer to a who-follow-up asking who
     * spoke the words its earlier question asked about ({@code asksEarlierSpeaker}, {@link
     * FollowUpDeclines#asksEarlierSpeaker}, read only for a source): "ومنو هذا المسؤول؟" after what the Iranian
     * official revealed. Whether that of a question asking for a city
     * is a country ({@link PlaceDeclines#countryForACity}), or that of a question asking for a city or a named place
     * a word saying where, not which ({@link PlaceDeclines#sideForAPlace}).
     */
    public static boolean wrongShortAnswer(Snapshot corpus, QuestionTranslations translated,
            AskedQuestion question, ShortAnswer shortAnswer, BooleanSupplier asksOfShownReport,
            BooleanSupplier asksEarlierSpeaker) {
        if (shortAnswer == null) {
            return false;
        }
        return switch (question.analysis().type()) {
            case PERSON -> OfficeDeclines.personForABody(question, shortAnswer) || before(corpus, shortAnswer)
                    .map(b -> ReportDeclines.answersWithSource(question, translated.focus(), b)
                            && !asksEarlierSpeaker.getAsBoolean()
                            || OfficeDeclines.otherTitleHeld(question, b)
                            || OfficeDeclines.thingForAPerson(question, b)
                            || OfficeDeclines.clauseForAPerson(question, b))
                    .orElse(false);
            case NUMBER -> before(corpus, shortAnswer).map(b -> CountDeclines.countsNothing(question, shortAnswer, b)
                    || CountDeclines.partOfAnotherToll(question, translated.focus(), b))
                    .orElse(false) || CountDeclines.timeForCount(question, shortAnswer)
                    || after(corpus, shortAnswer).map(a -> CountDeclines.fractionForCount(question, a)
                            || CountDeclines.placesForCount(question, a)).orElse(false);
            case DATE -> !asksOfShownReport.getAsBoolean() && corpus.article(shortAnswer.file())
                    .flatMap(a -> sentenceOf(a, shortAnswer).map(s -> datesAnotherThing(question, translated.focus(),
                            shortAnswer.text(), a.text().substring(s.start(), shortAnswer.start()),
                            ShortAnswerFinder.afterDate(a.text().substring(shortAnswer.end(), s.end())))))
                    .orElse(false);
            case PLACE -> PlaceDeclines.countryForACity(question, shortAnswer)
                    || PlaceDeclines.sideForAPlace(question, shortAnswer);
            default -> false;
        };
    }

    /**
     * Whether a question that asks for a thing's name (ما اسم وزير الدفاع…، what is the name of the
     * force…) has no short answer and quotes sentences that speak of the asked thing only without a name
     * ({@link AskedName#givenNone}): about the right subject, but not what was asked. Or a search-box query
     * asking what a thing is called ({@link #searchBoxNameUngiven}), or a question asking a military operation's
     * name ({@link #operationNameUngiven}), each with no coined name quoted.
     *
     * @param evidence the evidence the sentences were judged by
     * @param askedNoun per evidence term, whether it is the noun whose name is asked ({@link SentenceJudge#askedNoun})
     */
    public static boolean givesNoName(Snapshot corpus, AskedQuestion question, Draft draft,
            List<EvidenceTerm> evidence, boolean[] askedNoun) {
        if (draft.shortAnswer() != null) {
            return false;
        }
        List<String> quoted = draft.citations().stream().map(Citation::quote).toList();
        return question.searched().asksNameOfHead()
                && AskedName.givenNone(quoted, evidence, askedNoun, corpus.analyzers())
                || searchBoxNameUngiven(question, quoted) || operationNameUngiven(question, quoted);
    }

    /**
     * Whether a question of no typed kind asks the name of a military operation or campaign ({@link
     * #namesMilitaryOperation}: "What was the name of Turkey's 2020 military operation in Idlib?", ما اسم العملية
     * العسكرية…) and no quoted sentence gives a coined name ({@link AskedByNoun#find}). An army gives its operation
     * a code name, which news sets in quotes after the noun (عملية "ردع العدوان") or opens its quotes with ("عملية
     * ردع العدوان"); a person's or a place's name is written bare, which is why {@link AskedName} reads the noun's
     * mentions instead. A sentence that never writes the operation's noun ("وفي عام 2016 استعادت السيطرة الكاملة
     * على مدينة حلب") tells what the operation did, not what it was called, though {@link AskedName#givenNone}
     * keeps it, since a bare name may stand there for the noun. A business's "operation" (du Pont's gunpowder
     * works, عملية البارود) is named bare: only a military one is read (docs/answers.md, "unans60").
     */
    static boolean operationNameUngiven(AskedQuestion question, List<String> quoted) {
        return question.analysis().type() == QuestionType.OTHER && question.analysis().asksNameOfHead()
                && namesMilitaryOperation(question.analysis().words(), question.english())
                && givesNoCoinedName(question, quoted);
    }

    /**
     * Whether a question's folded words write a noun a coined name follows ({@link ArabicNamingWords#namedNouns}:
     * عملية، حملة، معركة) and the adjective military (عسكرية), an English word read by its Arabic translations
     * ("military operation", "offensive" → عملية عسكرية).
     */
    static boolean namesMilitaryOperation(List<String> words, boolean english) {
        Set<String> arabic = new HashSet<>();
        for (String word : words) {
            for (String form : english ? POLITICS.translatedWords(word) : ArabicTextNormalizer.words(word)) {
                arabic.add(ArabicTextNormalizer.withoutArticle(form));
            }
        }
        return arabic.stream().anyMatch(ArabicNamingWords.namedNouns()::contains)
                && arabic.stream().anyMatch(MILITARY::contains);
    }

    /**
     * Whether an English query typed as into a search box, not a follow-up, asks what a thing is called ({@link
     * io.isnad.answer.question.QuestionAnalysis#asksNameBySearchBox}: "hamadan air base official name") and no
     * quoted sentence gives a coined name ({@link AskedByNoun#find}: in quotes after a word of naming or a noun
     * such names follow, عملية "ردع العدوان"), the value that fills the slot such a query asks. With no question
     * word the query's every other word names its topic, which the sentences may hold in full ("لقاعدة "همدان"
     * الجوية", the base the query names by that same name) while they name nothing the query asks (docs/answers.md,
     * "sbox59").
     */
    static boolean searchBoxNameUngiven(AskedQuestion question, List<String> quoted) {
        return question.english() && question.previous().isEmpty()
                && question.analysis().type() == QuestionType.OTHER && question.analysis().asksNameBySearchBox()
                && givesNoCoinedName(question, quoted);
    }

    /** Whether no quoted sentence gives the name a question asks for by its noun ({@link AskedByNoun#find}). */
    private static boolean givesNoCoinedName(AskedQuestion question, List<String> quoted) {
        return quoted.stream().noneMatch(sentence -> AskedByNoun.find(sentence, question.analysis()).isPresent());
    }

    /**
     * Whether a question asking which of its head noun (في أي مناطق…، which countries…), not how many nor when,
     * has no short answer and quotes sentences that speak of the asked noun only by a count and without a name
     * ({@link AskedName#countedOnly}: "يحاربون إلى جانب النظامي في عدة مناطق"): the sentences say how many,
     * not which, and the question is declined whatever the abstention model says (docs/answers.md, "unans52").
     *
     * @param evidence the evidence the sentences were judged by
     * @param askedNoun per evidence term, whether it is the noun the question asks about ({@link
     *        SentenceJudge#askedNoun})
     */
    public static boolean countsOnly(Snapshot corpus, AskedQuestion question, Draft draft,
            List<EvidenceTerm> evidence, boolean[] askedNoun) {
        QuestionType type = question.analysis().type();
        return draft.shortAnswer() == null && type != QuestionType.NUMBER && type != QuestionType.DATE
                && AskedName.countedOnly(draft.citations().stream().map(Citation::quote).toList(), evidence,
                        askedNoun, corpus.analyzers());
    }

    /**
     * Whether an Arabic question, not a follow-up, aligns with a sentence the answer quotes around a word
     * put in its definite noun's place ({@link Alignments#anyDisplaced}). The choice read the judged
     * sentence, the lead and its neighbour, whose results {@code alignments} kept; the answer may also
     * quote the same fact from another article or a related sentence of the story, and the swapped word's
     * slot may stand there (docs/answers.md, "near37").
     *
     * @param ranked the ranked candidates, among which the quoted sentences are
     */
    public static boolean displacedInQuoted(AskedQuestion question, Draft draft, Alignments alignments,
            List<SentenceCandidate> ranked) {
        // The judge aligns only a question searched in Arabic that is no follow-up (SentenceJudge.aligns);
        // one asked in English is not aligned here even when searched in Arabic.
        return !question.english() && alignments.anyDisplaced(ranked.stream().filter(c -> draft.citations().stream()
                .anyMatch(q -> q.quotes(c.article().file(), c.sentence()))));
    }

    /**
     * Whether a date short answer dates something else than the question's event: the report that tells of it
     * rather than the event, the deed a statement tells rather than the statement asked of, another telling or deed
     * than the one asked, or another event whose words stand right before the date, or a newspaper's issue, or a past start a
     * future event is asked after; or is no day at all (a bare أحد, "one of", read as Sunday).
     *
     * @param date the short answer's text
     * @param before the text of the date's sentence before the date
     * @param after the text of the date's sentence after it
     */
    private static boolean datesAnotherThing(AskedQuestion question, List<String> translatedFocus, String date,
            String before, String after) {
        return TimeDeclines.datesWithTheAskedDay(question, date)
                || ReportDeclines.datesTheReport(question, translatedFocus, before, after)
                || ReportDeclines.datesTheStatementsDeed(question, translatedFocus, before)
                || ReportDeclines.datesAnotherTelling(question, translatedFocus, before, after)
                || ReportDeclines.datesAnotherDeed(question, translatedFocus, before, after)
                || TimeDeclines.datesAnotherEvent(question, translatedFocus, before)
                || TimeDeclines.numberForADay(question, date, before, after)
                || TimeDeclines.sinceForAFuture(question, before)
                || TimeDeclines.datesAnIssue(question, translatedFocus, after);
    }

    /** The sentence of an article a short answer stands in. */
    private static Optional<Sentence> sentenceOf(Article article, ShortAnswer shortAnswer) {
        return article.sentences().stream()
                .filter(s -> s.start() <= shortAnswer.start() && shortAnswer.end() <= s.end()).findFirst();
    }

    /** The text of a short answer's article before it. */
    private static Optional<String> before(Snapshot corpus, ShortAnswer shortAnswer) {
        return corpus.article(shortAnswer.file()).map(a -> a.text().substring(0, shortAnswer.start()));
    }

    private static Optional<String> after(Snapshot corpus, ShortAnswer shortAnswer) {
        return corpus.article(shortAnswer.file()).map(a -> a.text().substring(shortAnswer.end()));
    }
}
