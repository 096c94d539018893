package io.isnad.answer.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Tells what kind of answer a question asks for from its question words: the first question word
 * decides, and a "which/what X" question is typed by its noun (أي مدينة، ما عدد، which year). The
 * rules look at question words and a few nouns only, never at particular questions.
 */
public final class QuestionAnalyzer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\p{Nd}+");
    /** How far into the question a question word is looked for ("وفي أي عام…", "And in which year…"). */
    private static final int LEAD_WORDS = 4;

    private static final Set<String> EN_TIME_NOUNS = Set.of("year", "years", "date", "day", "month", "century",
            "decade", "time", "era", "period", "season", "age");
    private static final Set<String> EN_PLACE_NOUNS = Set.of("city", "country", "place", "region", "state",
            "capital", "continent", "province", "island", "town", "village", "area", "location", "county",
            "university", "river", "street", "district", "nation", "countries", "cities", "airbase");
    /** Places in the plural (which countries…): the answer lists several, which no one place span gives. */
    private static final Set<String> EN_PLACE_PLURALS = Set.of("countries", "cities", "nations");
    private static final Set<String> EN_QUANTITY_NOUNS = Set.of("number", "percentage", "percent", "amount",
            "population", "size", "length", "distance", "cost", "price", "total", "count", "rate");
    /** The English nouns of a body of people, as {@link ArabicQuestionWords#BODY_NOUNS}. */
    private static final Set<String> EN_BODY_NOUNS = Set.of("team", "group", "organization", "organisation", "company",
            "army");
    private static final Set<String> EN_PERSON_NOUNS = Stream.concat(EN_BODY_NOUNS.stream(), Stream.of("person",
                    "president", "leader", "commander", "minister", "spokesman", "spokesperson", "man", "woman",
                    "official", "king", "general", "author", "founder", "player", "people"))
            .collect(Collectors.toUnmodifiableSet());
    /** The possessives that name a person's own: his name, her name. */
    private static final Set<String> EN_PERSONAL_POSSESSIVES = Set.of("his", "her");
    /** The verb "be" between a question word and its noun: which is the city, who was the leader. */
    private static final Set<String> EN_COPULAS = Set.of("is", "was", "are", "were");
    private static final Set<String> EN_ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> EN_AUXILIARIES = Set.of("is", "are", "was", "were", "did", "does", "do",
            "can", "could", "has", "have", "had", "will", "would", "should");
    private static final Set<String> EN_STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
            "by", "with", "and", "or", "about", "what", "which", "who", "whom", "whose", "when", "where", "why",
            "how", "many", "much", "is", "are", "was", "were", "did", "does", "do", "can", "could", "has", "have",
            "had", "will", "would", "it", "its", "he", "she", "they", "that", "this", "be", "been");

    /** What a definition question asks about is a name or a term of at most this many words, not a clause. */
    private static final int DEFINED_WORDS = 4;
    /** The pronouns by which ما and من ask what or who something is: ما هو، من هي. */
    private static final Set<String> DEFINING_PRONOUNS = Set.of("هو", "هي");

    private QuestionAnalyzer() {
    }

    /**
     * Whether a question's head ({@link QuestionAnalysis#head}) names a body of people (which group,
     * what team, أي حزب، ما الفريق…) rather than a person.
     */
    static boolean namesABody(String head) {
        return EN_BODY_NOUNS.contains(head) || ArabicQuestionWords.BODY_NOUNS.contains(head)
                || ArabicQuestionWords.BODY_NOUNS.contains(ArabicTextNormalizer.withoutArticle(head));
    }

    /**
     * Whether an Arabic question asks what or who something is: ما or من with a pronoun (ما هو، من هي،
     * ماهو) or with a noun of meaning (ما معنى، ما المقصود ب), then, up to the question mark, one word
     * or a term of at most {@value #DEFINED_WORDS} words opening with the article, nouns and adjectives
     * only ("ما هو الباراسيتامول؟"، "من هو عيسى؟"، "ما هو الاضطراب الوسواسي القهري؟"). A relative
     * pronoun, a preposition or another stop word makes it ask for something said about the term ("ما
     * هي الدولة التي تحد العراق؟"، "ما هي الحدود في الشمال؟"), and so does a construct, whose first noun
     * never takes the article: "من هو والد عمر المختار؟" and "ما هو اسم الإمام الشافعي؟" ask for a
     * father and a name, not what the man is.
     */
    public static boolean asksWhatItIs(String question) {
        int mark = question.indexOf('؟') >= 0 ? question.indexOf('؟') : question.indexOf('?');
        List<String> words = words(mark >= 0 ? question.substring(0, mark) : question);
        int start = definedTermStart(words);
        if (start < 0 || words.size() == start || words.size() - start > DEFINED_WORDS) {
            return false;
        }
        List<String> term = words.subList(start, words.size());
        if (term.stream().anyMatch(w -> ArabicStopWords.containsGlued(w) || ArabicStopWords.isRelativePronoun(w))) {
            return false;
        }
        String first = term.get(0);
        return term.size() == 1 || !ArabicTextNormalizer.withoutArticle(first).equals(first);
    }

    /** Where a what-is question's term starts (after ماهو، ما هو، من هي، ما معنى), or -1 for another question. */
    private static int definedTermStart(List<String> words) {
        if (words.isEmpty()) {
            return -1;
        }
        String first = words.get(0);
        if (ArabicQuestionWords.WHAT_IS.contains(first)) {
            return 1;
        }
        String second = words.size() > 1 ? words.get(1) : "";
        boolean pronoun = (first.equals("ما") || first.equals("من")) && DEFINING_PRONOUNS.contains(second);
        boolean meaning = first.equals("ما") && ArabicQuestionWords.MEANING_NOUNS.contains(second);
        return pronoun || meaning ? 2 : -1;
    }

    /** The type and focus words of {@code question}. */
    public static QuestionAnalysis analyze(String question) {
        List<String> words = words(question);
        boolean english = isLatin(words);
        List<String> shown = english ? shownWords(question) : List.of();
        Typing typing = english ? englishType(words, shown) : arabicType(words);
        QuestionType type = typing.type();
        String counted = type == QuestionType.NUMBER ? counted(words) : "";
        String tallied = type != QuestionType.NUMBER ? "" : english ? englishTallied(words) : arabicTallied(words, counted);
        String head = english ? englishHead(words, shown) : arabicHead(words);
        return new QuestionAnalysis(type, focus(words), counted, tallied, typing.byNoun(), typing.asksName(), head);
    }

    /** A question's type, whether the noun after "what"/"which" gave it, and whether it asks for a thing's name. */
    private record Typing(QuestionType type, boolean byNoun, boolean asksName) {

        Typing(QuestionType type, boolean byNoun) {
            this(type, byNoun, false);
        }

        Typing(QuestionType type) {
            this(type, false);
        }
    }

    /**
     * The noun right after an Arabic how-many word (كم مقاطعة، كم من محافظة): what the answer
     * counts, so "22 مقاطعة" answers it whole. "" after "كم عدد…" (the noun after عدد is not
     * repeated after the number) and in English.
     */
    private static String counted(List<String> words) {
        for (int i = 0; i < Math.min(LEAD_WORDS, words.size() - 1); i++) {
            if (ArabicQuestionWords.HOW_MANY.contains(withoutConjunction(words.get(i)))) {
                String next = words.get(i + 1).equals("من") && i + 2 < words.size() ? words.get(i + 2) : words.get(i + 1);
                return ArabicStopWords.contains(next) || ArabicQuestionWords.QUANTITY_NOUNS.contains(next)
                        || next.equals(ArabicQuestionWords.ONE) ? "" : next;
            }
        }
        return "";
    }

    /** The noun after عدد (كم عدد النساء), else the noun right after كم (كم امرأة). */
    private static String arabicTallied(List<String> words, String counted) {
        String afterCount = afterCountNoun(words);
        return afterCount.isEmpty() ? counted : afterCount;
    }

    /**
     * The noun after عدد among the lead words (كم عدد النساء، ما هو عدد الدول، كم بلغ عدد الضحايا,
     * where the word after كم is a verb), "" when none.
     */
    private static String afterCountNoun(List<String> words) {
        for (int i = 0; i < Math.min(LEAD_WORDS + 1, words.size() - 1); i++) {
            if (ArabicQuestionWords.COUNT_NOUNS.contains(words.get(i))) {
                String next = words.get(i + 1);
                return ArabicStopWords.contains(next) ? "" : next;
            }
        }
        return "";
    }

    /**
     * The noun after "how many"/"how much" (how many children), "" before a function word (how many
     * of the…, how many were…). Of two words the second when it looks like a plural (ends in s): the
     * head of a compound noun is its last word (how many forced fumbles, how many touchdown passes).
     */
    private static String englishTallied(List<String> words) {
        for (int i = 0; i < Math.min(LEAD_WORDS, words.size() - 2); i++) {
            if (words.get(i).equals("how") && Set.of("many", "much").contains(words.get(i + 1))) {
                String noun = words.get(i + 2);
                if (EN_STOP.contains(noun)) {
                    return "";
                }
                String next = i + 3 < words.size() ? words.get(i + 3) : "";
                return !EN_STOP.contains(next) && next.endsWith("s") && !next.endsWith("ss") ? next : noun;
            }
        }
        return "";
    }

    private static Typing arabicType(List<String> words) {
        for (int i = 0; i < Math.min(LEAD_WORDS, words.size()); i++) {
            String w = withoutConjunction(words.get(i));
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            // لم after the first word is "did not" (ولم يعد…), not "why".
            Optional<QuestionType> asked = w.equals("لم") && i > 0 ? Optional.empty() : askedBy(w);
            Optional<QuestionType> byNounBefore = nounBefore(words, i, w);
            if (byNounBefore.isPresent()) {
                return new Typing(byNounBefore.get(), true);
            }
            if (asked.isPresent()) {
                return new Typing(asked.get());
            }
            if (ArabicQuestionWords.YES_NO.contains(w)) {
                return new Typing(QuestionType.YESNO);
            }
            if (ArabicQuestionWords.WHICH.contains(w) || ArabicQuestionWords.WHAT.contains(w)) {
                // ما هو عدد… / ما هي عاصمة… / أي عام…: the noun after the pronoun decides, and after
                // اسم the named noun (ما اسم القلعة asks for a castle's name, ما اسم قائد… for a person's).
                int at = ArabicStopWords.PRONOUNS.contains(next) ? i + 2 : i + 1;
                if (at < words.size() && ArabicQuestionWords.HIS_NAME.contains(words.get(at))) {
                    return new Typing(QuestionType.PERSON);
                }
                boolean named = at < words.size()
                        && ArabicQuestionWords.NAME.equals(ArabicTextNormalizer.withoutArticle(words.get(at)));
                if (named) {
                    at++;
                }
                QuestionType byNoun = at < words.size() ? arabicNounType(words.get(at)) : QuestionType.OTHER;
                if (byNoun != QuestionType.OTHER) {
                    return new Typing(byNoun, true);
                }
                if (named) {
                    return new Typing(QuestionType.OTHER, false, true);
                }
                return new Typing(ArabicQuestionWords.WHICH.contains(w) ? QuestionType.OTHER : whatType(next));
            }
            if (ArabicQuestionWords.WHO.contains(w)) {
                // "من أين" asks where; otherwise من opens a who-question unless it is a preposition.
                if (ArabicQuestionWords.WHERE.contains(next)) {
                    return new Typing(QuestionType.PLACE);
                }
                if (prepositionBefore(next)) {
                    continue;
                }
                // The dialect who-words (مين، منو، شكون) are never a preposition: "عراقجي قابل مين في
                // دمشق؟" asks who as surely as a question that opens with them.
                if (i == 0 || ArabicStopWords.PRONOUNS.contains(next) || ArabicQuestionWords.ANYWHERE.contains(w)) {
                    return new Typing(QuestionType.PERSON);
                }
            }
        }
        return lateArabicType(words);
    }

    /**
     * The type the question word {@code w} at {@code i} takes from the noun before it, empty when it
     * takes none: a how-many word after a noun of time ("ابتدت سنة كام؟" asks which year, as "أي سنة"
     * does, where "كم سنة" asks how many years), and the Egyptian إيه after any noun that types a
     * question (يوم إيه asks when, بلد إيه where, as أي يوم and أي بلد do).
     */
    private static Optional<QuestionType> nounBefore(List<String> words, int i, String w) {
        if (i == 0) {
            return Optional.empty();
        }
        QuestionType noun = arabicNounType(words.get(i - 1));
        boolean typed = ArabicQuestionWords.HOW_MANY.contains(w) ? noun == QuestionType.DATE
                : ArabicQuestionWords.WHICH_AFTER_NOUN.contains(w) && noun != QuestionType.OTHER;
        return typed ? Optional.of(noun) : Optional.empty();
    }

    /**
     * Whether من before {@code next} is the preposition, not "who": before another question word
     * (من أي، من كم محافظة، من ماذا، من متى), which types the question, or in "من بين" (among).
     */
    private static boolean prepositionBefore(String next) {
        return ArabicQuestionWords.ALL.contains(next) || next.equals("بين");
    }

    /**
     * A question with no question word among its first words may hold one further on: the dialects put
     * it last ("الفصائل بدأت العملية إمتى؟"), and a long preamble may come first ("من بين سكان وارسو في
     * عام 1901، كم كانت النسبة"). Only words that are nothing but question words count there
     * ({@link ArabicQuestionWords#ANYWHERE}).
     */
    private static Typing lateArabicType(List<String> words) {
        for (int i = LEAD_WORDS; i < words.size(); i++) {
            String w = withoutConjunction(words.get(i));
            Optional<QuestionType> byNounBefore = nounBefore(words, i, w);
            if (byNounBefore.isPresent()) {
                return new Typing(byNounBefore.get(), true);
            }
            if (!ArabicQuestionWords.ANYWHERE.contains(w)) {
                continue;
            }
            // The rest of ANYWHERE are the dialect who-words (مين، منو، شكون).
            return new Typing(askedBy(w).orElse(QuestionType.PERSON));
        }
        return new Typing(QuestionType.OTHER);
    }

    /** The type a question word asks for by itself: when, where, how many, why, how. */
    private static Optional<QuestionType> askedBy(String word) {
        if (ArabicQuestionWords.WHEN.contains(word)) {
            return Optional.of(QuestionType.DATE);
        }
        if (ArabicQuestionWords.WHERE.contains(word)) {
            return Optional.of(QuestionType.PLACE);
        }
        if (ArabicQuestionWords.HOW_MANY.contains(word)) {
            return Optional.of(QuestionType.NUMBER);
        }
        if (ArabicQuestionWords.WHY.contains(word)) {
            return Optional.of(QuestionType.REASON);
        }
        if (ArabicQuestionWords.HOW.contains(word)) {
            return Optional.of(QuestionType.DESCRIPTION);
        }
        return Optional.empty();
    }

    /** ما هو/ما هي + a plain noun asks for a definition; ماذا asks for something done or said. */
    private static QuestionType whatType(String next) {
        return ArabicStopWords.PRONOUNS.contains(next) ? QuestionType.DESCRIPTION : QuestionType.OTHER;
    }

    private static QuestionType arabicNounType(String noun) {
        String bare = noun.startsWith("ال") && noun.length() > 3 ? noun.substring(2) : noun;
        if (ArabicQuestionWords.TIME_NOUNS.contains(noun) || ArabicQuestionWords.TIME_NOUNS.contains(bare)) {
            return QuestionType.DATE;
        }
        if (ArabicQuestionWords.PLACE_NOUNS.contains(noun) || ArabicQuestionWords.PLACE_NOUNS.contains(bare)) {
            return QuestionType.PLACE;
        }
        if (ArabicQuestionWords.QUANTITY_NOUNS.contains(noun) || ArabicQuestionWords.QUANTITY_NOUNS.contains(bare)) {
            return QuestionType.NUMBER;
        }
        if (ArabicQuestionWords.PERSON_NOUNS.contains(noun) || ArabicQuestionWords.PERSON_NOUNS.contains(bare)) {
            return QuestionType.PERSON;
        }
        if (ArabicQuestionWords.REASON_NOUNS.contains(noun) || ArabicQuestionWords.REASON_NOUNS.contains(bare)) {
            return QuestionType.REASON;
        }
        return QuestionType.OTHER;
    }

    private static Typing englishType(List<String> words, List<String> shown) {
        for (int i = 0; i < Math.min(LEAD_WORDS, words.size()); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            switch (w) {
                case "who", "whom", "whose":
                    return new Typing(QuestionType.PERSON);
                case "when":
                    return new Typing(QuestionType.DATE);
                case "where":
                    return new Typing(QuestionType.PLACE);
                case "why":
                    return new Typing(QuestionType.REASON);
                case "how":
                    if (Set.of("many", "much", "long", "old", "far", "large", "big", "tall", "high").contains(next)) {
                        return new Typing(QuestionType.NUMBER);
                    }
                    return new Typing(QuestionType.DESCRIPTION);
                case "which", "what":
                    if (asksHisName(words, i + 1)) {
                        return new Typing(QuestionType.PERSON);
                    }
                    EnglishNoun noun = typingNoun(words, i + 1);
                    QuestionType byNoun = englishNounType(noun.word());
                    if (byNoun == QuestionType.OTHER) {
                        // Past the adjectives of names: "which Iranian airbase", "what Syrian city".
                        byNoun = englishNounType(pastCapitalised(words, shown, i + 1));
                    }
                    if (byNoun != QuestionType.OTHER) {
                        return new Typing(byNoun, true);
                    }
                    return new Typing(QuestionType.OTHER, false, noun.afterName());
                case "list", "name":
                    return new Typing(i == 0 && !"of".equals(next) ? QuestionType.LIST : QuestionType.OTHER);
                default:
                    if (i == 0 && EN_AUXILIARIES.contains(w)) {
                        return new Typing(QuestionType.YESNO);
                    }
            }
        }
        return new Typing(QuestionType.OTHER);
    }

    /**
     * Whether "what" is followed by "is/was his/her name" ("What's his name?": the apostrophe leaves
     * an "s"): the name of someone named before, a person.
     */
    private static boolean asksHisName(List<String> words, int at) {
        int i = at < words.size() && (EN_COPULAS.contains(words.get(at)) || words.get(at).equals("s")) ? at + 1 : at;
        return i + 1 < words.size() && EN_PERSONAL_POSSESSIVES.contains(words.get(i)) && words.get(i + 1).equals("name");
    }

    /**
     * The noun a "what/which" question is typed by, from {@code at} on: past "is the" and past "name
     * of the" (what is the name of the castle asks for a castle's name, not a person's).
     */
    private static EnglishNoun typingNoun(List<String> words, int at) {
        int i = at;
        if (i + 1 < words.size() && EN_COPULAS.contains(words.get(i))
                && words.get(i + 1).equals("the")) {
            i += 2;
        }
        boolean afterName = i + 1 < words.size() && words.get(i).equals("name") && words.get(i + 1).equals("of");
        if (afterName) {
            i += words.size() > i + 2 && words.get(i + 2).equals("the") ? 3 : 2;
        }
        return new EnglishNoun(i < words.size() ? words.get(i) : "", afterName);
    }

    /** The noun a "what/which" question is typed by, and whether "name of" came before it. */
    private record EnglishNoun(String word, boolean afterName) {
    }

    private static QuestionType englishNounType(String noun) {
        if (EN_TIME_NOUNS.contains(noun)) {
            return QuestionType.DATE;
        }
        if (EN_PLACE_NOUNS.contains(noun)) {
            return QuestionType.PLACE;
        }
        if (EN_QUANTITY_NOUNS.contains(noun)) {
            return QuestionType.NUMBER;
        }
        if (EN_PERSON_NOUNS.contains(noun)) {
            return QuestionType.PERSON;
        }
        if (noun.equals("reason") || noun.equals("cause")) {
            return QuestionType.REASON;
        }
        return QuestionType.OTHER;
    }

    /**
     * The noun an Arabic question asks about: after كم (كم عدد) the noun counted; after ما/شو with or
     * without هو/هي the noun that follows (past اسم and a quantity noun: ما اسم المطار، ما عدد
     * الدول); after أي its noun; after من/مين the definite noun, or any noun after هو/هي (من هو
     * رئيس…). ماذا and a من without a pronoun open a question about a deed (ماذا قال، من قتل), and a
     * word that looks like a conjugated verb is no head either.
     */
    private static String arabicHead(List<String> words) {
        for (int i = 0; i < Math.min(LEAD_WORDS, words.size()); i++) {
            String w = withoutConjunction(words.get(i));
            int j = i + 1;
            boolean pronoun = j < words.size() && ArabicStopWords.PRONOUNS.contains(words.get(j));
            if (ArabicQuestionWords.HOW_MANY.contains(w)) {
                j += j < words.size() && words.get(j).equals("من") ? 1 : 0;
                return arabicNoun(words, pastNameOrQuantity(words, j));
            }
            if (ArabicQuestionWords.WHICH.contains(w) && !ArabicQuestionWords.WHAT.contains(w)) {
                return arabicNoun(words, j);
            }
            if (ArabicQuestionWords.WHAT.contains(w)) {
                boolean deed = (w.equals("ماذا") || w.equals("مادا")) && !pronoun;
                return deed ? "" : arabicNoun(words, pastNameOrQuantity(words, pronoun ? j + 1 : j));
            }
            if (ArabicQuestionWords.WHO.contains(w) && (i == 0 || pronoun)) {
                if (j < words.size() && prepositionBefore(words.get(j))) {
                    continue;
                }
                int at = pronoun ? j + 1 : j;
                boolean definite = at < words.size() && words.get(at).startsWith("ال");
                return pronoun || definite ? arabicNoun(words, at) : "";
            }
            if (ArabicQuestionWords.ALL.contains(w)) {
                return "";
            }
        }
        return "";
    }

    /** Past اسم or a quantity noun (ما اسم…، كم عدد…، ما نسبة…): the noun after it is what is asked. */
    private static int pastNameOrQuantity(List<String> words, int at) {
        if (at + 1 < words.size()) {
            String bare = ArabicTextNormalizer.withoutArticle(words.get(at));
            if (bare.equals(ArabicQuestionWords.NAME) || ArabicQuestionWords.QUANTITY_NOUNS.contains(bare)) {
                return at + 1;
            }
        }
        return at;
    }

    /**
     * The word at {@code at} if it is a content noun: no stop or question word, no conjugated verb,
     * no noun of time or quantity (كم يبلغ، كم توجد: a verb after كم asks for the figure alone).
     */
    private static String arabicNoun(List<String> words, int at) {
        if (at >= words.size()) {
            return "";
        }
        String w = words.get(at);
        String bare = ArabicTextNormalizer.withoutArticle(w);
        boolean kind = ArabicQuestionWords.TIME_NOUNS.contains(w) || ArabicQuestionWords.TIME_NOUNS.contains(bare)
                || ArabicQuestionWords.QUANTITY_NOUNS.contains(bare);
        boolean function = ArabicStopWords.contains(w) || ArabicQuestionWords.ALL.contains(w)
                || !Character.isLetter(w.charAt(0));
        // The dialects' "one" counts people (كم واحد), and "his name" names no noun (شو اسمه).
        boolean pointer = w.equals(ArabicQuestionWords.ONE) || ArabicQuestionWords.HIS_NAME.contains(w);
        boolean verb = ArabicRootSkeleton.looksConjugated(w);
        return kind || function || verb || pointer ? "" : w;
    }

    /**
     * The noun an English question asks about. After "how many/much", the first word not written
     * with a capital (how many Russian bombers → bombers). After who/what/which + is/was + the, the
     * last word of the noun phrase before a function word (who is the president of… → president;
     * what is the official currency of… → currency), past "name of" or a quantity noun "of" (what is
     * the name of the Syrian defence minister who… → minister). After what/which + a noun, its first
     * word not written with a capital (which Kurdish group controls… → group). None after a verb
     * (who leads…, what did…) or where only names follow (who is Araghchi?).
     */
    private static String englishHead(List<String> words, List<String> shown) {
        for (int i = 0; i < Math.min(LEAD_WORDS, words.size()); i++) {
            String w = words.get(i);
            int j = i + 1;
            String next = j < words.size() ? words.get(j) : "";
            if (w.equals("how")) {
                return next.equals("many") || next.equals("much") ? firstLowerCase(words, shown, j + 1) : "";
            }
            if (!Set.of("who", "whom", "whose", "what", "which").contains(w)) {
                if (Set.of("when", "where", "why").contains(w)) {
                    return "";
                }
                continue;
            }
            if (EN_COPULAS.contains(next)) {
                j++;
                if (j < words.size() && EN_ARTICLES.contains(words.get(j))) {
                    j++;
                }
                String head = lastOfPhrase(words, shown, j);
                if (head.equals("name") || EN_QUANTITY_NOUNS.contains(head)) {
                    boolean of = j + 1 < words.size() && words.get(j + 1).equals("of");
                    int at = of && j + 2 < words.size() && EN_ARTICLES.contains(words.get(j + 2)) ? j + 3 : j + 2;
                    head = of ? lastOfPhrase(words, shown, at) : "";
                }
                return englishNoun(head);
            }
            if (w.equals("what") || w.equals("which")) {
                return EN_STOP.contains(next) || EN_AUXILIARIES.contains(next) ? ""
                        : englishNoun(firstLowerCase(words, shown, j));
            }
            return "";
        }
        return "";
    }

    /** The first word from {@code from} on not written with a capital, or "" if a function word comes first. */
    private static String pastCapitalised(List<String> words, List<String> shown, int from) {
        for (int j = from; j < words.size() && !EN_STOP.contains(words.get(j)); j++) {
            if (!capitalised(shown, j)) {
                return words.get(j);
            }
        }
        return "";
    }

    /**
     * Whether a question asks for places in the plural (ما الدول التي…، which countries…): the
     * answer lists several ("الكويت والمملكة العربية السعودية"), so no one place span answers it,
     * though the sentence that does holds places as any where-question's does.
     */
    public static boolean asksSeveralPlaces(QuestionAnalysis analysis) {
        return analysis.type() == QuestionType.PLACE && (EN_PLACE_PLURALS.contains(analysis.head())
                || ArabicQuestionWords.PLACE_PLURALS.contains(analysis.head()));
    }

    /** {@link #pastCapitalised}, unless it is a noun of time or quantity ({@link #englishNoun}). */
    private static String firstLowerCase(List<String> words, List<String> shown, int from) {
        return englishNoun(pastCapitalised(words, shown, from));
    }

    /** The last word of the run of content words from {@code from}, or "" if every one has a capital (a name). */
    private static String lastOfPhrase(List<String> words, List<String> shown, int from) {
        String last = "";
        boolean name = true;
        for (int j = from; j < words.size() && !EN_STOP.contains(words.get(j)); j++) {
            last = words.get(j);
            name &= capitalised(shown, j);
        }
        return name ? "" : last;
    }

    private static boolean capitalised(List<String> shown, int at) {
        return at < shown.size() && Character.isUpperCase(shown.get(at).charAt(0));
    }

    /** {@code word}, unless it is a noun of time or quantity that a date or figure answers without repeating. */
    private static String englishNoun(String word) {
        return EN_TIME_NOUNS.contains(word) || EN_QUANTITY_NOUNS.contains(word) ? "" : word;
    }

    private static List<String> focus(List<String> words) {
        List<String> focus = new ArrayList<>();
        for (String w : words) {
            String bare = withoutConjunction(w);
            if (!EN_STOP.contains(w) && !ArabicStopWords.contains(w) && !ArabicStopWords.contains(bare)) {
                focus.add(w);
            }
        }
        return focus;
    }

    /** Folded, lower-cased words of {@code text}. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(ArabicTextNormalizer.normalize(text).toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The words of {@code text} as written, case kept, one for each of {@link #words} in an English
     * question (its folding only lower-cases Latin letters and drops Arabic marks).
     */
    private static List<String> shownWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Without the conjunction و/ف glued to a question word (ومتى، فأين). */
    private static String withoutConjunction(String word) {
        if (word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            String rest = word.substring(1);
            if (ArabicQuestionWords.ALL.contains(rest)) {
                return rest;
            }
        }
        return word;
    }

    private static boolean isLatin(List<String> words) {
        long latin = words.stream().filter(w -> w.charAt(0) < 0x250 && Character.isLetter(w.charAt(0))).count();
        return latin * 2 > words.size();
    }
}
