package io.isnad.answer.abstain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.question.EnglishQuestionTyper;
import io.isnad.answer.question.PostQuestion;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.KnownNames;
import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.ingest.arabic.ArabicTypos;

/**
 * The checks of a who-question's answer about an office that decline it whatever the abstention model
 * says: the quoted holder is of another office, of the asked office in another ministry or country, of
 * another rank, or a person where the question asks for a body. One kind of {@link Decline}; the others
 * are in {@link Declines}, {@link CountDeclines}, {@link TimeDeclines} and {@link ReportDeclines}.
 */
public final class OfficeDeclines {

    /** Words with the article that may stand between a noun and its demonym: "وزير الدفاع التركي". */
    private static final int NATIONALITY_GAP = 1;
    /** The key an English question's nationalities are asked under: any office the quoted sentences give. */
    private static final String ANY_OFFICE = "";
    /**
     * How many words before a name its title may stand: "المتحدث الرسمي باسم وزارة الخارجية الإيرانية بهرام
     * قاسمي" puts the office sixth.
     */
    private static final int TITLE_WORDS = 6;
    /** The English question word asking for a person, lower-cased. */
    private static final String ENGLISH_WHO = "who";
    /** The English which-word, whose noun a question asks for. */
    private static final String ENGLISH_WHICH = "which";

    private OfficeDeclines() {
    }

    /**
     * Whether a who-question asks for the holder of an office ({@link ArabicPersonTitles#office}: "مين
     * قائد هيئة تحرير الشام؟", "Who is Turkey's foreign minister?") and the sentence quoted to answer it
     * names no holder of any office the question names: its person holds another office (رامي عبد
     * الرحمن، رئيس منظمة الرصد, for the armed group's leader) or it names none, and the question is
     * declined whatever the abstention model says. An office the question gives its subject ("Who did
     * Iran's foreign minister call?") is held by the sentence about that subject, so it costs nothing.
     * Only the words the user typed count, an English question's by its English office words ({@link
     * ArabicPersonTitles#englishOffices}). The holder may stand in a sentence quoted with the lead
     * ("…رامي عبد الرحمن، رئيس منظمة الرصد." opens the answer as the monitor's report's typed
     * neighbour), but not in any sentence beside it: "المتمردين بقيادة إسلاميين" before the monitor's
     * head let him answer for the armed group's leader (docs/answers.md,
     * "Twenty-first round, second wave: the asked role"). A yes/no question about what the holder of an
     * office did ("هل حضر وزير الدفاع السوري حفل التخريج؟") is read the same way: sentences naming no
     * holder of that office ("استهدفت التنظيمات المسلحة حفل تخريج…") tell of the event, not of him, and
     * cannot say yes or no (docs/answers.md, "fresh35"). An English query typed as into a search box that
     * names an office ({@link QuestionAnalysis#searchBoxKind}: "hezbollah secretary general name") is about
     * its holder as a who-question is, and is read the same way (docs/answers.md, "unans43").
     */
    public static boolean otherRole(AskedQuestion question, List<String> quoted) {
        QuestionType type = question.analysis().type();
        if (type != QuestionType.PERSON && type != QuestionType.YESNO
                && question.analysis().searchBoxKind() != QuestionType.PERSON) {
            return false;
        }
        Set<String> asked = namedOffices(question);
        if (asked.isEmpty()) {
            return false;
        }
        return quoted.stream().flatMap(text -> offices(text).stream()).noneMatch(asked::contains);
    }

    /**
     * Whether a question asking the post someone held before another ({@link PostQuestion#asksEarlier}:
     * "What post did Kiumars Pourhashemi hold before he became commander of Iran's military advisers in
     * Aleppo?"، "وش كان منصب علي شمخاني قبل ما يصير أمين المجلس الأعلى للأمن القومي؟") names that later
     * office, and the quoted sentences give no office but the ones it names: they tell the post the question
     * already gives ("كشف أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني…"), not the earlier one asked,
     * and the question is declined whatever the abstention model says, which passed both at .69 and more. As
     * a figure the question writes is no figure of its count ({@link CountDeclines#noFigure}), an office it
     * names is no answer to which post came before. Sentences naming no office give no post either. A post is
     * given by its title or noun, not by a verb of leading nor a word of a name ({@link
     * ArabicPersonTitles#titledOffices}): "وتقود واشنطن تحالفاً دولياً" and the أمير of "حسين أمير عبد اللهيان",
     * quoted with the named foreign minister, kept "What post did Hossein Amir-Abdollahian hold before he became
     * Iran's foreign minister?" answered (docs/answers.md, "unans47", "unans51").
     */
    public static boolean namedPostOnly(AskedQuestion question, List<String> quoted) {
        if (quoted.isEmpty() || !PostQuestion.asksEarlier(question.analysis().words(), question.analysis().type())) {
            return false;
        }
        Set<String> named = namedOffices(question);
        return !named.isEmpty() && quoted.stream()
                .flatMap(text -> ArabicPersonTitles.titledOffices(ArabicTextNormalizer.words(text),
                        KnownNames::knownPerson).stream())
                .allMatch(named::contains);
    }

    /**
     * Whether a who-question asking for the one who held a post before or after a person ({@link
     * PostQuestion#asksOtherHolder}: "مين كان قائد المستشارين الإيرانيين بحلب قبل ما يستلم بورهاشمي؟"، "من خلف
     * العميد كيومرث بورهاشمي…؟") is answered with no short answer: the short answer leaves out every name the
     * question writes, so the quoted sentences name no one but the person it already gives ("…العميد كيومرث
     * بورهاشمي قائد المستشارين العسكريين الإيرانيين في حلب"), not the predecessor or successor asked, and the
     * question is declined whatever the abstention model says, which passed both seeds questions at .46 and
     * more. As {@link #namedPostOnly} declines an earlier post answered with the named one, an earlier or later
     * holder is told by another name or not at all. A who-question with no short answer is otherwise most often
     * answered right (docs/answers.md, "unans47"), so only these are read.
     */
    public static boolean namedHolderOnly(AskedQuestion question, ShortAnswer shortAnswer) {
        return shortAnswer == null
                && PostQuestion.asksOtherHolder(question.analysis().words(), question.analysis().type());
    }

    /**
     * Whether a question asking a person's rank ({@link PostQuestion#asksRank}: "What is Hassan Abdul Ghani's
     * military rank?"، "وشو رتبتو بالجيش؟") is answered by sentences none of which gives a military rank ({@link
     * ArabicPersonTitles#namesMilitaryRank}: العميد، اللواء، برتبة عميد): "وقال الناطق باسم الغرفة حسن عبد الغني…"
     * gives the person's office, not his rank, and the question is declined whatever the abstention model says,
     * which passed it at .62. As {@link #namedPostOnly} declines an earlier post answered with the named one, a
     * rank is told by its own titles or not at all. Over every set the other questions asking a rank that were
     * answered quote a rank (العميد كيومرث بورهاشمي، اللواء محمد حسين باقري) (docs/answers.md, "unans48").
     */
    public static boolean noRank(AskedQuestion question, List<String> quoted) {
        return !quoted.isEmpty() && PostQuestion.asksRank(question.analysis().words(), question.analysis().type())
                && quoted.stream().map(ArabicTextNormalizer::words).noneMatch(ArabicPersonTitles::namesMilitaryRank);
    }

    /**
     * Whether a question asking who holds an office ({@link #asksHolder}: "من هو قائد قاعدة همدان الجوية…؟"،
     * "Who commands the coalition…?") has for its short answer a person whose own title, the office nearest
     * before the name in its clause (up to {@value #TITLE_WORDS} words: "شدد وزير الخارجية الروسي سيرغي
     * لافروف"), is none the question names: the sentence gives the holder of another office, and the question
     * is declined whatever the abstention model says, which passed it at .91. {@link #otherRole} reads any
     * office word of the quoted sentences and found the asked one in another clause's verb ("وتقود واشنطن
     * تحالفا"); the name's own title says whose office the answer gives. A question whose office is its subject
     * ("Who did Iran's foreign minister call?", "من التقى وزير الخارجية؟") asks no holder and is left out: its
     * answer is another person with another title (docs/answers.md, "unans48"). A question asking the holder before
     * or after a person it names ({@link PostQuestion#asksOtherHolder}: "Who was Syria's president before Bashar
     * al-Assad?") is declined also when the name has no title at all: the sentence gives the asked office to the
     * person the question names ("الرئيس السوري بشار الأسد"), so a name it gives without that office is someone of
     * another role, not the predecessor, whom news names by his post ("سلفه الرئيس…") (docs/answers.md, "unans66").
     *
     * @param before the article's text before the short answer
     */
    public static boolean otherTitleHeld(AskedQuestion question, String before) {
        if (!asksHolder(question)) {
            return false;
        }
        Set<String> asked = namedOffices(question);
        List<String> clause = ArabicTextNormalizer.words(before.substring(ReportDeclines.lastClauseStart(before)));
        for (String word : clause.subList(Math.max(0, clause.size() - TITLE_WORDS), clause.size()).reversed()) {
            Optional<String> title = ArabicPersonTitles.office(word);
            if (title.isPresent()) {
                return !asked.isEmpty() && !asked.contains(title.get());
            }
        }
        return !asked.isEmpty()
                && PostQuestion.asksOtherHolder(question.analysis().words(), question.analysis().type());
    }

    /**
     * Whether a who-question asks who holds the office it names: an Arabic one whose question word (with هو or
     * هي) is followed by the office ("من هو قائد…"، "مين وزير…"), an English one that asks "who is / was" or whose
     * "who" is followed by the office's verb ("Who commands…?").
     */
    private static boolean asksHolder(AskedQuestion question) {
        if (question.analysis().type() != QuestionType.PERSON) {
            return false;
        }
        List<String> words = question.analysis().words();
        if (question.english()) {
            return words.size() > 1 && ENGLISH_WHO.equals(words.getFirst())
                    && (EnglishQuestionTyper.isCopula(words.get(1))
                            || ArabicPersonTitles.englishOffice(words.get(1)).isPresent());
        }
        if (words.isEmpty()
                || !ArabicQuestionWords.WHO.contains(ArabicProclitics.withoutConjunction(words.getFirst(), 2))) {
            return false;
        }
        int office = words.size() > 2 && ArabicQuestionWords.DEFINING_PRONOUNS.contains(words.get(1)) ? 2 : 1;
        return office < words.size() && ArabicPersonTitles.office(words.get(office)).isPresent();
    }

    /**
     * Whether a who-question asks for the holder of an office for a portfolio ({@link
     * ArabicPersonTitles#portfoliosOf}: "شكون هو وزير الداخلية ديال سوريا؟"، "مين المتحدث الرسمي باسم
     * الجيش السوري؟"، "Who is the spokesman of the Iranian defence ministry?") and the sentences quoted to
     * answer it give that office only for other portfolios ("وكان وزير الدفاع الإيراني حسين دهقان…"،
     * "المتحدث الرسمي باسم وزارة الخارجية الإيرانية بهرام قاسمي"): their person holds the asked office
     * of another ministry, as {@link #otherRole} finds a person holding another office, and the question
     * is declined whatever the abstention model says. A sentence that names the asked office with no
     * portfolio, or with the asked one, may answer; the asked portfolio is read after the office in an
     * Arabic question and anywhere in an English one ("Iran's foreign minister"), by the words the user
     * typed (docs/answers.md, "unans33: another ministry's or another country's holder of the asked
     * office is no answer").
     */
    public static boolean otherPortfolio(AskedQuestion question, List<String> quoted) {
        if (question.analysis().type() != QuestionType.PERSON) {
            return false;
        }
        Set<String> offices = namedOffices(question);
        if (offices.isEmpty()) {
            return false;
        }
        List<String> words = question.analysis().words();
        Set<String> asked = question.english() ? ArabicPersonTitles.englishPortfolios(words)
                : ArabicPersonTitles.portfoliosOf(words, offices);
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> given = quoted.stream()
                .flatMap(text -> ArabicPersonTitles.portfoliosOf(ArabicTextNormalizer.words(text), offices).stream())
                .collect(Collectors.toSet());
        return !given.isEmpty() && given.stream().noneMatch(asked::contains);
    }

    /**
     * Whether an Arabic who-question asks for the head of a body by its office and rank ({@link
     * ArabicPersonTitles#headOffices}: "مين القائد العام للحرس الثوري؟") and no sentence quoted to answer
     * it gives that office with a head rank: "أحد القادة البارزين في الحرس الثوري" and "مقتل قائد بارز"
     * name a commander, not the commander-in-chief, though {@link #otherRole} finds the office in them.
     * The question is declined whatever the abstention model says. English questions are left out:
     * their offices are read from single words ({@link ArabicPersonTitles#englishOffices}).
     */
    public static boolean otherRank(AskedQuestion question, List<String> quoted) {
        if (question.analysis().type() != QuestionType.PERSON || question.english()) {
            return false;
        }
        Set<String> asked = ArabicPersonTitles.headOffices(question.analysis().words());
        return !asked.isEmpty() && quoted.stream().noneMatch(text -> ArabicPersonTitles.headOffices(
                ArabicTextNormalizer.words(text)).stream().anyMatch(asked::contains));
    }

    /**
     * Whether an Arabic question qualifies an office or a ministry by a nationality ("ماذا قال وزير
     * الدفاع التركي عن حلب؟"، "من هو المتحدث باسم الخارجية الروسية؟") and the sentences quoted to answer
     * it give that office only with other nationalities ("وفي رسالة إلى وزير الدفاع السوري، قال…"): they
     * speak of another country's minister, and the question is declined whatever the abstention model
     * says, as {@link #otherPortfolio} declines another ministry's holder. An office the sentences give
     * with the asked nationality (a spelling one letter apart that is no other root, انجليزية /
     * انكليزية, is the same), or with none, may answer, and so does a counterpart of the asked
     * nationality ("…اتصالاً هاتفياً بنظيره السوري، فيصل المقداد" for the Syrian minister). Offices
     * only: news prose leaves other nouns out ("المنطقة الناطقة بالفرنسية" for the French-speaking
     * region), and a country's name may hold a demonym ("المملكة العربية السعودية"). An English
     * question is read in its own words, a who-question only ({@link #englishNationalities}: "Which US
     * official said…?" answered by "وزير الخارجية الروسي سيرغي لافروف"); its translations are not
     * bound to the adjective (docs/answers.md, "unans33: another ministry's or another country's holder
     * of the asked office is no answer"; "unans41").
     */
    public static boolean otherNationality(AskedQuestion question, List<String> quoted) {
        if (question.english() && question.analysis().type() != QuestionType.PERSON
                && !asksWhichNationsOfficial(question.asked())) {
            return false;
        }
        Map<String, Set<String>> asked = question.english() ? englishNationalities(question.asked())
                : nationalities(question.analysis().words());
        if (asked.isEmpty()) {
            return false;
        }
        Map<String, Set<String>> given = new HashMap<>();
        Set<String> counterparts = new HashSet<>();
        for (String text : quoted) {
            List<String> words = ArabicTextNormalizer.words(text);
            nationalities(words).forEach((noun, bases) -> given.computeIfAbsent(noun, n -> new HashSet<>()).addAll(bases));
            for (int w = 0; w + 1 < words.size(); w++) {
                if (ArabicPersonTitles.isCounterpart(words.get(w))) {
                    KnownNames.nationality(words.get(w + 1)).ifPresent(counterparts::add);
                }
            }
        }
        return asked.entrySet().stream().anyMatch(noun -> {
            Set<String> bases = ANY_OFFICE.equals(noun.getKey())
                    ? given.values().stream().flatMap(Set::stream).collect(Collectors.toSet())
                    : given.getOrDefault(noun.getKey(), Set.of());
            return !bases.isEmpty() && noun.getValue().stream().noneMatch(base -> Stream.concat(bases.stream(),
                    counterparts.stream()).anyMatch(other -> sameNation(base, other)));
        });
    }

    /**
     * The nationalities an English question gives the person it asks for, under {@link #ANY_OFFICE}: a
     * country or demonym the lexicon knows ({@link KnownNames#englishNationality}), written capitalised
     * as English writes a nation ("Russian", "US"; "foreign" is none), right before an office word
     * ({@link ArabicPersonTitles#englishOffice}, or "official") or one word before it ("Iranian defence
     * minister"). Read against every office the quoted sentences give: an English office word does not
     * say which Arabic noun the sentence writes it by (وزير الخارجية الروسي gives its nation to both).
     */
    private static Map<String, Set<String>> englishNationalities(String question) {
        List<String> words = typedWords(question);
        Set<String> bases = IntStream.range(0, words.size()).mapToObj(w -> officeNation(words, w))
                .flatMap(Optional::stream).collect(Collectors.toSet());
        return bases.isEmpty() ? Map.of() : Map.of(ANY_OFFICE, bases);
    }

    /**
     * Whether an English question's which-word is followed by a nation's office ({@link #officeNation}: "And which
     * Syrian officials were at the ceremony…?"): it asks for persons as a who-question does, whatever type its plural
     * noun gives it, and the office's nation binds the answer as "Which US official said…?" does.
     */
    private static boolean asksWhichNationsOfficial(String question) {
        List<String> words = typedWords(question);
        return IntStream.range(1, words.size()).anyMatch(w -> words.get(w - 1).equalsIgnoreCase(ENGLISH_WHICH)
                && officeNation(words, w).isPresent());
    }

    /** An English question's words as typed: the folded words are lower-cased. */
    private static List<String> typedWords(String question) {
        return ArabicTextNormalizer.UNPUNCTUATED_WORD.matcher(question).results().map(MatchResult::group).toList();
    }

    /**
     * The nation the word at {@code w} gives an office: a country or demonym the lexicon knows, capitalised, right
     * before an office word or one word before it.
     */
    private static Optional<String> officeNation(List<String> words, int w) {
        String word = words.get(w);
        Optional<String> base = Character.isUpperCase(word.charAt(0))
                ? KnownNames.englishNationality(word.toLowerCase(Locale.ROOT)) : Optional.empty();
        return base.filter(b -> words.subList(w + 1, Math.min(words.size(), w + 3)).stream()
                .map(next -> next.toLowerCase(Locale.ROOT))
                .anyMatch(next -> ArabicPersonTitles.namesAnyOffice(next)
                        || ArabicPersonTitles.englishOffice(next).isPresent()));
    }

    /** Whether two demonym bases are one nation's, maybe spelled otherwise (انجليز / انكليز). */
    static boolean sameNation(String base, String other) {
        return base.equals(other) || ArabicTypos.oneEditApart(base, other) && !ArabicTypos.otherRoot(base, other);
    }

    /**
     * The nationalities folded words give their offices and ministries ({@link ArabicPersonTitles#office},
     * {@link ArabicPersonTitles#portfolio}): a demonym ({@link KnownNames#nationality}) right after one,
     * or after it and up to {@value #NATIONALITY_GAP} words with the article between ("وزير الدفاع
     * التركي" qualifies both وزير and الدفاع); and a country's name ({@link KnownNames#countryOnly}) closing the
     * construct an office or ministry opens without the article, as news prose writes the same office: "وزير
     * خارجية إيران" is "وزير الخارجية الإيراني". Keyed by the office or ministry, so that "بوزير الدفاع" and
     * "وزير الدفاع" meet.
     */
    private static Map<String, Set<String>> nationalities(List<String> words) {
        Map<String, Set<String>> byNoun = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            Optional<String> noun = ArabicPersonTitles.office(word).or(() -> ArabicPersonTitles.portfolio(word));
            if (noun.isEmpty()) {
                continue;
            }
            for (int next = w + 1; next < Math.min(words.size(), w + 2 + NATIONALITY_GAP); next++) {
                String after = words.get(next);
                boolean construct = !words.get(next - 1).startsWith("ال");
                Optional<String> base = KnownNames.nationality(after).or(() -> construct && KnownNames.countryOnly(after)
                        ? Optional.of(ArabicPlaceNames.demonymBase(after)) : Optional.empty());
                if (base.isPresent()) {
                    byNoun.computeIfAbsent(noun.get(), n -> new HashSet<>()).add(base.get());
                    break;
                }
                if (!after.startsWith("ال") && !(construct && ArabicPersonTitles.portfolio(after).isPresent())) {
                    break;
                }
            }
        }
        return byNoun;
    }

    /**
     * Whether a who-question that asks for a body of people by its noun ({@link
     * io.isnad.answer.question.QuestionAnalysis#asksForABody}: "Which group claimed responsibility…?")
     * has a person's name for its short answer: the short answer of a who-question is a person's
     * name, and the sentence that gives one tells what a person did, not which body did it ("حمّل
     * الرئيس الإيراني، إبراهيم رئيسي، مسؤولية…"). The question is declined whatever the abstention
     * model says; a sentence that names the body with no person answers without a short answer
     * (docs/answers.md, "Twenty-fourth round: the source of the report is not the asked person").
     */
    public static boolean personForABody(AskedQuestion question, ShortAnswer shortAnswer) {
        return shortAnswer != null && question.analysis().asksForABody();
    }

    /**
     * Whether a who-question (not one asking what something is named after: {@link ArabicNamingWords#asksNaming})
     * has for its short answer a name that names a thing after a person: the clause before it ends with a namesake
     * noun and at most a title ({@link ArabicPersonTitles#namesAThing}: "كأس الأمير فيصل بن فهد"). The sentence
     * names a cup, a prize or an airport, and tells nothing the person did, and the question is declined whatever
     * the abstention model says, which passed "Who was the first quarterback to take two teams to more than one
     * Super Bowl?" at .80 with the Saudi cup's name. Tuning parts: two such answers, both to questions of another
     * corpus; no answered question of any set had one else (docs/answers.md, "cross52").
     *
     * @param before the article's text before the short answer
     */
    public static boolean thingForAPerson(AskedQuestion question, String before) {
        return question.analysis().type() == QuestionType.PERSON
                && !ArabicNamingWords.asksNaming(question.analysis().words()) && ArabicPersonTitles.namesAThing(
                        ArabicTextNormalizer.words(before.substring(ReportDeclines.lastClauseStart(before))));
    }

    /**
     * Whether a who-question has for its short answer the word right after a relative pronoun ({@link
     * ArabicStopWords#opensRelativeClause}: "حارس المرمى هو اللاعب الوحيد الذي يُسمح له أن يلمس الكرة"). What
     * follows الذي or التي opens the clause that describes someone, its verb or predicate, never the name of the
     * one described; the sentence gives no person in the asked role, and the question is declined whatever the
     * abstention model says, which passed "Who recovered the strip ball?" over another corpus at .48 with يُسمح.
     * Tuning parts: that answer, in Arabic and English; no answered question of any set had one else
     * (docs/answers.md, "cross53").
     *
     * @param before the article's text before the short answer
     */
    public static boolean clauseForAPerson(AskedQuestion question, String before) {
        List<String> clause = ArabicTextNormalizer.words(before.substring(ReportDeclines.lastClauseStart(before)));
        return question.analysis().type() == QuestionType.PERSON && !clause.isEmpty()
                && ArabicStopWords.opensRelativeClause(clause.getLast());
    }

    /** The offices a question names: by the words the user typed, an English question's by its office words. */
    static Set<String> namedOffices(AskedQuestion question) {
        List<String> words = question.analysis().words();
        return question.english() ? ArabicPersonTitles.englishOffices(words) : ArabicPersonTitles.offices(words);
    }

    /** The offices ({@link ArabicPersonTitles#offices}) the words of a text give, "أحد القادة" among them. */
    private static Set<String> offices(String text) {
        return ArabicPersonTitles.offices(ArabicTextNormalizer.words(text));
    }
}
