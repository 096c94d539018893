package io.isnad.answer.abstain;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.question.EnglishQuestionTyper;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.KnownNames;
import io.isnad.answer.shortanswer.SpanFinder;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicPlaceNames.NamedKind;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The checks of an answer that decline it whatever the abstention model says when the question asks which
 * place of a kind news names by its kind's noun (في أي قصر، which province) and the quoted sentences write no
 * such noun, one kind of {@link Decline} (the others are in {@link Declines}, {@link CountDeclines}, {@link
 * OfficeDeclines}, {@link TimeDeclines}, {@link OrdinalDeclines}, {@link NumberDeclines} and {@link
 * ReportDeclines}); or when it asks for a city and its short answer is a country or a side, read on the composed
 * answer ({@link DraftDeclines#wrongShortAnswer}); or when it asks a place and the judged sentence and the lead
 * may name none but the question's own ({@link #noOtherPlace}).
 */
public final class PlaceDeclines {

    /** How many words after a which-word the settlement it asks for may stand: "which other Syrian cities". */
    private static final int SETTLEMENT_REACH = 3;

    private PlaceDeclines() {
    }

    /**
     * Whether a question asking which place of a named kind ({@link #askedKind}) is answered by sentences none of
     * which writes that kind's noun ({@link NamedKind#writtenIn}): "في أي قصر استقبل بشار الأسد… عراقجي؟" judged on
     * "التقى… عراقجي الرئيس السوري بشار الأسد في دمشق", which names the city and no palace; "In which Iranian
     * province did… Raisi die?" on a sentence naming Raisi and no province. A palace, a province, a hospital or a
     * university is named with its noun at the head of its name (قصر الشعب، محافظة إدلب), so a sentence writing
     * none names none, whatever else of the question it holds (docs/answers.md, "unans55").
     */
    public static boolean noKindNamed(AskedQuestion question, List<String> quoted) {
        // Tested first: none is quoted unless Declines.readsQuoted, which read the question's words, found a check.
        if (quoted.isEmpty()) {
            return false;
        }
        return askedKind(question.analysis())
                .filter(kind -> quoted.stream().noneMatch(kind::writtenIn)).isPresent();
    }

    /**
     * The kind of {@link ArabicPlaceNames#NAMED_KINDS} a question asks which one (or how many) of: by a which-word
     * ({@link #askedKind(List)}) or as its head noun ({@link QuestionAnalysis#head}: "What is the second busiest
     * airport in the United States?", ما هو المطار…، كم مقاطعة…), unless it asks for a name (ما اسم الملعب، what was
     * the name of the stadium…), which may be a brand's that writes no kind's noun ("مركز ستابهاب", the StubHub
     * Center). Over all eleven sets the head read so declined three answered tuning questions over another corpus
     * (two airports, p .44 and .43; "كم مقاطعة…؟" answered ثلاثة from a sentence naming no province) and one check
     * question of the same kind, and moved no other question (docs/answers.md, "cross56").
     */
    public static Optional<NamedKind> askedKind(QuestionAnalysis analysis) {
        return askedKind(analysis.words()).or(() -> analysis.asksName() || analysis.asksNameOfHead()
                ? Optional.empty()
                : ArabicPlaceNames.NAMED_KINDS.stream().filter(kind -> kind.nounOf(analysis.head())).findFirst());
    }

    /**
     * Whether an Arabic place question asking the capital of a country it names ("ما هي عاصمة لبنان؟") is answered
     * by sentences that give a capital only with another country ("…سيزور أيضاً العاصمة التركية أنقرة", p .78 for
     * Lebanon's): news qualifies a capital by its country's name or demonym ({@link
     * #capitalCountries}), so a sentence giving another's tells another country's capital, and the question is
     * declined whatever the abstention model says, as {@link OfficeDeclines#otherNationality} declines another
     * country's minister. A sentence giving the asked country's, or a capital with no country, may answer. English
     * questions are left out: the lexicon reads an English country's name to a demonym only where it is nisba-shaped.
     */
    public static boolean otherCountrysCapital(AskedQuestion question, List<String> quoted) {
        Set<String> asked = askedCapitals(question);
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> given = quoted.stream().flatMap(text -> capitalCountries(ArabicTextNormalizer.words(text)).stream())
                .collect(Collectors.toSet());
        return !given.isEmpty() && asked.stream()
                .noneMatch(base -> given.stream().anyMatch(other -> OfficeDeclines.sameNation(base, other)));
    }

    /** Whether an Arabic place question asks the capital of a country it names ({@link #otherCountrysCapital}). */
    static boolean asksCapital(AskedQuestion question) {
        return !askedCapitals(question).isEmpty();
    }

    private static Set<String> askedCapitals(AskedQuestion question) {
        return question.english() || question.analysis().type() != QuestionType.PLACE ? Set.of()
                : capitalCountries(question.analysis().words());
    }

    /**
     * The countries folded words give a capital, as demonym bases ({@link ArabicPlaceNames#demonymBase}): the word
     * right after the capital's noun ({@link ArabicPlaceNames#CAPITAL}), a country's name (عاصمة لبنان) or a demonym
     * (العاصمة التركية).
     */
    private static Set<String> capitalCountries(List<String> words) {
        return IntStream.range(0, words.size() - 1)
                .filter(i -> ArabicTextNormalizer.withoutArticle(words.get(i)).equals(ArabicPlaceNames.CAPITAL))
                .mapToObj(i -> words.get(i + 1))
                .filter(next -> KnownNames.place(next) || KnownNames.nationality(next).isPresent())
                .map(ArabicPlaceNames::demonymBase).collect(Collectors.toSet());
    }

    /**
     * Whether a question asking for a settlement by its head noun ({@link ArabicPlaceNames#SETTLEMENT_NOUNS}: ما هي
     * المدينة…، which city, أي بلدة) has for its short answer a country's name and no city's ({@link
     * KnownNames#countryOnly}): "ما هي المدينة الأكبر التي لا ترتبط بطرق ما بين الولايات؟" was answered اليمن from a
     * sentence on Saudi Arabia's borders, "ومن الجنوب تحدها اليمن" (p .43). A country is no city, and the question is
     * declined whatever the abstention model says. A country whose capital bears its name (الكويت، تونس، سنغافورة) may
     * stand for the city and is left alone. Screened on the dump: one answered question of any set so judged, on a
     * tuning part, that one (docs/answers.md, "cross56").
     */
    public static boolean countryForACity(AskedQuestion question, ShortAnswer shortAnswer) {
        QuestionAnalysis analysis = question.analysis();
        return analysis.type() == QuestionType.PLACE && asksSettlement(analysis)
                && KnownNames.countryOnly(ArabicTextNormalizer.normalize(shortAnswer.text()));
    }

    /**
     * Whether a question asking for a settlement ({@link #asksSettlement}) or for a place of a named kind ({@link
     * #askedKind}: which university, أي مستشفى) has for its short answer one word that says where or how far a
     * thing stands, not which it is ({@link ArabicPlaceNames#namesNoPeople}: a side's adjective, الشرقية; a reach's
     * word, الدول، العالم): "ما المدينة التي بها أكبر عدد من السكان؟" was answered الشرقية from "بعد مدينة غريت ليكس
     * والمدينة الشمالية الشرقية" (the northeastern city, p .63), and "What university won the award…?" الدول from
     * "جامعة الدول العربية" (the Arab League, p .67). A city, a university or a hospital is named by a name; the
     * word only describes one. A province or a neighbourhood is left out: news names regions and quarters by their
     * side (المنطقة الشرقية، محافظة الشرقية، الأحياء الشرقية). Screened on the dump: two answered tuning questions
     * over another corpus and one wrong arcd-train answer (العالم for Iceland's capital) so judged, no hit of any set
     * (docs/answers.md, "cross57"; the neighbourhood, "neg62").
     */
    public static boolean sideForAPlace(AskedQuestion question, ShortAnswer shortAnswer) {
        QuestionAnalysis analysis = question.analysis();
        List<String> words = ArabicTextNormalizer.words(shortAnswer.text());
        return analysis.type() == QuestionType.PLACE && words.size() == 1
                && (asksSettlement(analysis)
                        || askedKind(analysis).filter(kind -> !kind.nounOf("province") && !kind.nounOf("neighbourhood"))
                                .isPresent())
                && ArabicPlaceNames.namesNoPeople(ArabicTextNormalizer.withoutArticle(words.getFirst()));
    }

    /**
     * Whether a place question, not a follow-up, is judged on a sentence, and answered with a lead, neither of
     * which may name any place but the ones the question names ({@link SpanFinder#mayBePlaces}, read against the
     * question's evidence by stems, a people's adjective by its country's base: السورية for "Syrian"): "Where were
     * the drones that hit the Homs military academy launched from?" judged on "…الكلية الحربية في حمص، عبر
     * مسيّرات…", which names Homs, the academy's town, and nothing the drones left from. The asked slot is empty:
     * the sentence holds the question's topic, which the abstention model weighs, but not its answer. A place
     * only described by its kind's noun fills the slot of a where-question (من أمام المستشفى العسكري في حمص answers
     * where a funeral set off) but not of a question asking for a settlement ({@link #asksSettlement}: "In which
     * other Syrian cities…?"). The reading errs towards a place: any word after a preposition of place counts
     * (docs/answers.md, "place58").
     *
     * @param sentences the judged sentence and the lead
     * @param stems a folded word's stems as the Arabic field indexes it
     */
    public static boolean noOtherPlace(AskedQuestion question, List<String> sentences, List<EvidenceTerm> evidence,
            Function<String, Set<String>> stems) {
        QuestionAnalysis analysis = question.analysis();
        if (analysis.type() != QuestionType.PLACE || question.previous().isPresent()) {
            return false;
        }
        Set<String> forms = evidence.stream().flatMap(term -> term.forms().stream()).collect(Collectors.toSet());
        // A people's adjective is its country's by their shared base, as a form (سور for "Syrian") or read off one.
        Set<String> bases = new HashSet<>(forms);
        forms.stream().map(KnownNames::nationality).flatMap(Optional::stream).forEach(bases::add);
        forms.stream().filter(KnownNames::place).map(ArabicPlaceNames::demonymBase).forEach(bases::add);
        boolean described = !asksSettlement(analysis) && !asksWhichSettlement(analysis.words());
        return sentences.stream().flatMap(sentence -> SpanFinder.mayBePlaces(sentence, described).stream())
                .allMatch(place -> ArabicTextNormalizer.words(place).stream().allMatch(word ->
                        !Collections.disjoint(stems.apply(word), forms)
                                || bases.contains(ArabicPlaceNames.demonymBase(word))));
    }

    /**
     * Whether a question asks which settlement by its noun within {@value #SETTLEMENT_REACH} words after a
     * which-word ({@link ArabicQuestionWords#WHICH}, which, what): "In which other Syrian cities…?", whose head the
     * analysis reads as "other", أي المدن.
     */
    private static boolean asksWhichSettlement(List<String> words) {
        return IntStream.range(0, words.size())
                .filter(i -> EnglishQuestionTyper.WHICH_WORDS.contains(words.get(i))
                        || ArabicQuestionWords.WHICH.contains(words.get(i))
                        || ArabicQuestionWords.WHICH_AFTER_PREPOSITION.contains(words.get(i)))
                .anyMatch(i -> words.subList(i + 1, Math.min(words.size(), i + 1 + SETTLEMENT_REACH)).stream()
                        .map(ArabicTextNormalizer::withoutArticle)
                        .anyMatch(ArabicPlaceNames.SETTLEMENT_NOUNS::contains));
    }

    /** Whether a question's head noun asks for a settlement ({@link ArabicPlaceNames#SETTLEMENT_NOUNS}). */
    private static boolean asksSettlement(QuestionAnalysis analysis) {
        return ArabicPlaceNames.SETTLEMENT_NOUNS.contains(ArabicTextNormalizer.withoutArticle(analysis.head()));
    }

    /**
     * The kind of {@link ArabicPlaceNames#NAMED_KINDS} a question asks which one of: its noun right after a
     * which-word ({@link ArabicQuestionWords#WHICH}, also glued to a preposition: في أي قصر، بأي مستشفى) or
     * before the Egyptian إيه (مستشفى إيه), or in English after which or what, directly or past one word that is
     * no auxiliary ("which Iranian province", not "what did the hospital say").
     *
     * @param words the question's words as the question analysis folds them
     */
    public static Optional<NamedKind> askedKind(List<String> words) {
        return IntStream.range(0, words.size()).filter(i -> asksWhich(words, i)).boxed()
                .flatMap(i -> ArabicPlaceNames.NAMED_KINDS.stream().filter(kind -> kind.nounOf(words.get(i))))
                .findFirst();
    }

    /** Whether the word at {@code i} is asked "which" of, by the words around it. */
    private static boolean asksWhich(List<String> words, int i) {
        String before = i > 0 ? words.get(i - 1) : "";
        if (ArabicQuestionWords.WHICH.contains(before) || ArabicQuestionWords.WHICH_AFTER_PREPOSITION.contains(before)
                || i + 1 < words.size() && ArabicQuestionWords.WHICH_AFTER_NOUN.contains(words.get(i + 1))) {
            return true;
        }
        return EnglishQuestionTyper.WHICH_WORDS.contains(before)
                || i > 1 && EnglishQuestionTyper.WHICH_WORDS.contains(words.get(i - 2))
                && !EnglishQuestionTyper.EN_AUXILIARIES.contains(before);
    }
}
