package io.isnad.answer.question;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.retrieve.lexicon.Lexicon;

/**
 * An English question's type, head noun and counted noun, from its question words and a few nouns
 * of time, place, quantity and person.
 */
public final class EnglishQuestionTyper {

    private static final Set<String> EN_TIME_NOUNS = Set.of("year", "years", "date", "day", "month", "century",
            "decade", "time", "era", "period", "season", "age", "weekday");
    private static final Set<String> EN_PLACE_NOUNS = Set.of("city", "country", "place", "region", "state",
            "capital", "continent", "province", "island", "town", "village", "area", "location", "county",
            "university", "river", "street", "district", "nation", "countries", "cities", "airbase", "highway", "road");
    /** Places in the plural (which countries…): the answer lists several, which no one place span gives. */
    static final Set<String> EN_PLACE_PLURALS = Set.of("countries", "cities", "nations");
    /** Nouns of a quantity, as {@link ArabicQuestionWords#QUANTITY_NOUNS}: a figure answers "what is the X". */
    private static final Set<String> EN_QUANTITY_NOUNS = Set.of("number", "percentage", "percent", "amount",
            "population", "size", "length", "distance", "cost", "price", "total", "count", "rate", "quantity",
            "height", "weight", "width", "speed", "temperature", "volume", "efficiency", "wavelength", "toll", "score");
    /** The English nouns of a body of people, as {@link ArabicQuestionWords#BODY_NOUNS}. */
    static final Set<String> EN_BODY_NOUNS = Set.of("team", "group", "organization", "organisation", "company",
            "army");
    private static final Set<String> EN_PERSON_NOUNS = Stream.concat(EN_BODY_NOUNS.stream(), Stream.of("person",
                    "president", "leader", "commander", "minister", "spokesman", "spokesperson", "man", "woman",
                    "official", "king", "general", "author", "founder", "player", "people", "lawmaker"))
            .collect(Collectors.toUnmodifiableSet());
    /** The possessives that name a person's own: his name, her name. */
    private static final Set<String> EN_PERSONAL_POSSESSIVES = Set.of("his", "her");
    /** The verb "be" between a question word and its noun: which is the city, who was the leader. */
    private static final Set<String> EN_COPULAS = Set.of("is", "was", "are", "were");
    /** What is left of "is" contracted after a question word (what's, who's): the apostrophe splits off an "s". */
    private static final String CONTRACTED_IS = "s";
    /** The words after "how" that ask a count: how many, how much. */
    private static final Set<String> EN_COUNT_AFTER_HOW = Set.of("many", "much");
    /** The English articles, read between a word and the noun it asks of, or the party of a yes/no question. */
    public static final Set<String> EN_ARTICLES = Set.of("the", "a", "an");
    /** The English auxiliaries, read where a question word is followed by its verb ("what did…"). */
    public static final Set<String> EN_AUXILIARIES = Set.of("is", "are", "was", "were", "did", "does", "do",
            "can", "could", "has", "have", "had", "will", "would", "should");
    /** The conjunctions a follow-up opens with before its auxiliary: "and did the article name them?" is yes/no. */
    private static final Set<String> EN_OPENING_CONJUNCTIONS = Set.of("and", "but", "so");
    static final Set<String> EN_STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
            "by", "with", "and", "or", "about", "what", "which", "who", "whom", "whose", "when", "where", "why",
            "how", "many", "much", "is", "are", "was", "were", "did", "does", "do", "can", "could", "has", "have",
            "had", "will", "would", "it", "its", "he", "she", "they", "that", "this", "be", "been");

    /**
     * The nouns by which a search-box query names a time it asks for (bagheri visit damascus date), and
     * "when" typed last, past the words a question word is looked for in.
     */
    private static final Set<String> EN_SEARCH_TIME_WORDS = Set.of("when", "date", "day", "month", "year");
    /**
     * The nouns that, closing a search-box query, ask a person by his tie to the thing the query names before them
     * ("syrianews website founder", "daneshjoo news agency owner", "… academy victims names"): a query puts the
     * slot it asks last, as "… date" does; a noun inside it names the topic ("founder's speech").
     */
    private static final Set<String> EN_SEARCH_PERSON_NOUNS = Set.of("founder", "founders", "owner", "owners",
            "names");
    /**
     * The nouns by which a search-box query asks what a thing is called ("hamadan air base official name", "rebel
     * operation name northwest syria november"). Kept apart from the one list of English words of naming the
     * questions read ({@code ArabicNamingWords.namesInEnglish}): a query names a phone call by "call" ("… phone call
     * aleppo"), with no verb to call anything by, and read with that list the search-box decline would take phone-call
     * queries (docs/answers.md, "ask60").
     */
    private static final Set<String> EN_SEARCH_NAME_WORDS = Set.of("name", "named");
    /** A toll's noun, which a search-box query counts by as by a noun of quantity (strike casualties). */
    private static final String EN_CASUALTIES = "casualties";
    /**
     * "Whereabouts" opening a question asks "where", as speech and search boxes write it ("whereabouts was the
     * fighting…"): typed by it, the question asks a place.
     */
    private static final String WHEREABOUTS = "whereabouts";
    /** The which-words, lower-cased: "which" and "what" both ask one of a kind ("what outlet", "which city"). */
    public static final Set<String> WHICH_WORDS = Set.of("which", "what");
    /** The question words a query asks by; one without any is typed as into a search box. */
    static final Set<String> EN_QUESTION_WORDS = Set.of("who", "whom", "whose", "what", "which", "where",
            WHEREABOUTS, "why", "how");

    /**
     * The conjunctions that open a clause set before a question's main clause and a comma ("When he saw Assad, did
     * they discuss…", "If the truce holds, when…"). Followed by its auxiliary, "when" asks the question. Not after,
     * before, since or as: they open a fronted phrase as often ("After the attack on the college, when did…"), which
     * {@link #lateType} reads for the short answer only (docs/answers.md, "em36").
     */
    private static final Set<String> EN_SUBORDINATORS = Set.of("when", "while", "once", "if", "although", "though");
    /** A fronted clause's opening conjunction, and the text after the first comma that follows it. */
    private static final Pattern FRONTED_CLAUSE = Pattern.compile("^\\s*(\\p{L}+)\\s+[^,]+,\\s*(.+)$",
            Pattern.DOTALL);
    /** The main clause's first word, lower-cased. */
    private static final Pattern FIRST_WORD = Pattern.compile("^\\p{L}+");

    /** How many words after what/which {@link #pastModifiers} reads: two modifiers and their noun. */
    private static final int NOUN_PHRASE_WORDS = 3;
    /**
     * The places' list's names and adjectives, which stand before a noun as its modifier when a search box
     * lower-cases them: "which syrian city", "which us president", "which aleppo neighbourhoods". Not its last
     * section, whose regions and features are the nouns asked by (which river, which city).
     */
    private static final Set<String> PLACE_MODIFIERS = Stream.of("Countries", "Demonyms", "Syria", "Middle East",
                    "Capitals")
            .flatMap(section -> Lexicon.builtinSection(Lexicon.PLACES, section).entries().keySet().stream())
            .collect(Collectors.toUnmodifiableSet());
    /** How many modifiers {@link #head} reads past before the noun: "which former Iranian lawmaker". */
    private static final int MODIFIERS = 2;
    /**
     * The general adjectives news questions set between "which"/"what" and the noun they ask by, which name no kind:
     * "which other location", "which main highway", "which former lawmaker", "which two capitals".
     */
    private static final Set<String> EN_NOUN_MODIFIERS = Set.of("other", "main", "former", "previous", "earlier",
            "two", "three", "four", "five");
    /** The question words {@link #lateType} reads past the lead words: those that may ask a figure or a date. */
    private static final Set<String> LATE_QUESTION_WORDS = Set.of("what", "which", "how", "when");
    /** The types a late question word gives ({@link #lateType}): those whose span a short answer is found for. */
    private static final Set<QuestionType> LATE_TYPES = Set.of(QuestionType.NUMBER, QuestionType.DATE,
            QuestionType.PLACE, QuestionType.PERSON);

    private EnglishQuestionTyper() {
    }

    /**
     * The question's main clause, where a clause opened by a conjunction of time or condition stands before it and a
     * comma ("When he saw Assad, did they discuss the general killed there?" → "did they discuss…"), else the
     * question. Only where the text after the comma opens on a question word or an auxiliary, as a main clause asked
     * after a fronted one does: "When did Honda, Toyota and Nissan open…" asks by its "when", its comma in a list.
     */
    static String pastFrontedClause(String question) {
        Matcher fronted = FRONTED_CLAUSE.matcher(question);
        if (!fronted.matches() || !EN_SUBORDINATORS.contains(fronted.group(1).toLowerCase(Locale.ROOT))) {
            return question;
        }
        Matcher first = FIRST_WORD.matcher(fronted.group(2));
        String opening = first.find() ? first.group().toLowerCase(Locale.ROOT) : "";
        return EN_QUESTION_WORDS.contains(opening) || EN_AUXILIARIES.contains(opening) || opening.equals("when")
                ? fronted.group(2) : question;
    }

    /** Whether a lower-cased English word is the verb "be" that joins a question word to its noun (who was…). */
    public static boolean isCopula(String word) {
        return EN_COPULAS.contains(word);
    }

    /**
     * The kind of answer a query typed as into a search box names by a noun: {@link QuestionType#DATE}
     * for a noun of time or a trailing "when" (bagheri visit damascus date; … spokesman when), {@link
     * QuestionType#NUMBER} for a noun of quantity or casualties (iran consulate strike casualties; russian
     * bombers number of sorties) or a closing "how many" ({@link #asksByTrailingCount}), {@link
     * QuestionType#PERSON} for an office ({@link ArabicPersonTitles#englishOffice}: hezbollah secretary general
     * name), whose holder the query is about, or a closing noun of a person ({@link #EN_SEARCH_PERSON_NOUNS}:
     * syrianews website founder), else {@link QuestionType#OTHER}. A query with a question word
     * anywhere but "when" (or a closing "how many") is no search-box query: its noun may ask for less than its
     * kind ("what limits the cycle's efficiency") and is read by {@link #type}.
     */
    static QuestionType searchBoxKind(List<String> words) {
        if (asksByTrailingCount(words)) {
            return QuestionType.NUMBER;
        }
        if (!asksBySearchBox(words)) {
            return QuestionType.OTHER;
        }
        if (words.stream().anyMatch(EN_SEARCH_TIME_WORDS::contains)) {
            return QuestionType.DATE;
        }
        if (words.stream().anyMatch(w -> EN_QUANTITY_NOUNS.contains(w) || w.equals(EN_CASUALTIES))) {
            return QuestionType.NUMBER;
        }
        return words.stream().anyMatch(w -> ArabicPersonTitles.englishOffice(w).isPresent())
                || !words.isEmpty() && EN_SEARCH_PERSON_NOUNS.contains(words.getLast())
                ? QuestionType.PERSON : QuestionType.OTHER;
    }

    /**
     * Whether an English question asks by none of the question words but "when" (lower-cased words), as
     * typed into a search box: "iran military advisers commander damascus".
     */
    static boolean asksBySearchBox(List<String> words) {
        return words.stream().noneMatch(EN_QUESTION_WORDS::contains);
    }

    /**
     * Whether an English question asks by no question word but "when" and names a noun of naming ({@link
     * #EN_SEARCH_NAME_WORDS}): as typed into a search box, it asks what a thing is called. Lower-cased words.
     */
    static boolean asksNameBySearchBox(List<String> words) {
        return asksBySearchBox(words) && words.stream().anyMatch(EN_SEARCH_NAME_WORDS::contains);
    }

    /**
     * Whether a query typed as into a search box asks its count by a closing "how many" or "how much" and by no
     * other question word ("turkish troops idlib ceasefire how many"), as a closing "when" asks a date: the
     * query names a count as "… number of troops" does, though the lead words the typer reads hold no question
     * word.
     */
    private static boolean asksByTrailingCount(List<String> words) {
        int size = words.size();
        return size > 2 && asksHowMany(words, size - 2) && asksBySearchBox(words.subList(0, size - 2));
    }

    /** Whether the lower-cased words ask "how many" or "how much" from the word at {@code at}. */
    private static boolean asksHowMany(List<String> words, int at) {
        return at + 1 < words.size() && words.get(at).equals("how") && EN_COUNT_AFTER_HOW.contains(words.get(at + 1));
    }

    /**
     * The noun after "how many"/"how much" (how many children), "" before a function word (how many
     * of the…, how many were…). Of two words the second when it looks like a plural (ends in s): the
     * head of a compound noun is its last word (how many forced fumbles, how many touchdown passes).
     */
    static String tallied(List<String> words) {
        for (int i = 0; i < Math.min(QuestionAnalyzer.LEAD_WORDS, words.size() - 2); i++) {
            if (asksHowMany(words, i)) {
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

    /**
     * The type a question word past the lead words gives, when it asks for a figure, a date, a place or a person:
     * "Of Warsaw's inhabitants in 1901, what percentage was Catholic?", "Fossils found … were how old?", "In his
     * letter after the attack, which Syrian official was Bagheri writing to?", and a search-box query that closes
     * on its question ("… based in which country"). A fronted phrase puts it there; the first such word decides,
     * as the first lead word does. A place or a person is read only from the noun after what/which (which
     * country, what official), as in the lead words: a late "who" opens a relative clause ("the minister who
     * resigned") as often as a question. Not when the lead words hold a question word: that one asked the
     * question, and a later "when" or "which" opens a clause inside it ("What aircraft was used when…"). Read
     * only for the short answer: typing the question by it also changed which sentences were quoted, and lost an
     * answer (docs/answers.md, "em36").
     */
    static QuestionType lateType(List<String> words, List<String> shown) {
        if (words.stream().limit(QuestionAnalyzer.LEAD_WORDS)
                .anyMatch(w -> EN_QUESTION_WORDS.contains(w) || LATE_QUESTION_WORDS.contains(w))) {
            return QuestionType.OTHER;
        }
        for (int i = QuestionAnalyzer.LEAD_WORDS; i < words.size(); i++) {
            if (LATE_QUESTION_WORDS.contains(words.get(i))) {
                QuestionType type = type(words.subList(i, words.size()),
                        shown.subList(Math.min(i, shown.size()), shown.size())).type();
                return LATE_TYPES.contains(type) ? type : QuestionType.OTHER;
            }
        }
        return QuestionType.OTHER;
    }

    static Typing type(List<String> words, List<String> shown) {
        for (int i = 0; i < Math.min(QuestionAnalyzer.LEAD_WORDS, words.size()); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            switch (w) {
                case "who", "whom", "whose":
                    return new Typing(QuestionType.PERSON);
                case "when":
                    return new Typing(QuestionType.DATE);
                case "where", WHEREABOUTS:
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
                    if (byNoun == QuestionType.OTHER) {
                        byNoun = pastModifiers(words, i + 1);
                    }
                    if (byNoun == QuestionType.OTHER && quantityHeaded(words, shown, i + 1)) {
                        byNoun = QuestionType.NUMBER;
                    }
                    if (byNoun != QuestionType.OTHER) {
                        return new Typing(byNoun, true);
                    }
                    return new Typing(QuestionType.OTHER, false, noun.afterName());
                case "list", "name":
                    return new Typing(i == 0 && !"of".equals(next) ? QuestionType.LIST : QuestionType.OTHER);
                default:
                    if ((i == 0 || i == 1 && EN_OPENING_CONJUNCTIONS.contains(words.get(0)))
                            && EN_AUXILIARIES.contains(w)) {
                        return new Typing(QuestionType.YESNO);
                    }
            }
        }
        return new Typing(QuestionType.OTHER);
    }

    /**
     * Whether the word after a question word is the verb "be" joining it to its noun, written out or contracted:
     * "What's the name of the Aleppo airport…?" asks the airport's name as "What is the name of…" does, and read
     * with the "s" as the noun it asked of nothing (docs/answers.md, "unans58").
     */
    private static boolean joinsNoun(String word) {
        return EN_COPULAS.contains(word) || word.equals(CONTRACTED_IS);
    }

    /**
     * Whether "what" is followed by "is/was his/her name" ("What's his name?": the apostrophe leaves
     * an "s"): the name of someone named before, a person.
     */
    private static boolean asksHisName(List<String> words, int at) {
        int i = at < words.size() && joinsNoun(words.get(at)) ? at + 1 : at;
        return i + 1 < words.size() && EN_PERSONAL_POSSESSIVES.contains(words.get(i)) && words.get(i + 1).equals("name");
    }

    /** Whether "what" opens a question for "the name of" something ("what is the name of…", "what's the name of…"). */
    static boolean asksNameOf(List<String> words) {
        int name = words.indexOf("name");
        return name > 0 && name + 1 < words.size() && words.get(name + 1).equals("of")
                && words.subList(0, name).contains("what");
    }

    /**
     * The noun a "what/which" question is typed by, from {@code at} on: past "is the" and past "name
     * of the" (what is the name of the castle asks for a castle's name, not a person's).
     */
    private static EnglishNoun typingNoun(List<String> words, int at) {
        int i = at;
        if (i + 1 < words.size() && joinsNoun(words.get(i))
                && words.get(i + 1).equals("the")) {
            i += 2;
        }
        boolean afterName = i + 1 < words.size() && words.get(i).equals("name") && words.get(i + 1).equals("of");
        if (afterName) {
            i += words.size() > i + 2 && words.get(i + 2).equals("the") ? 3 : 2;
        }
        return new EnglishNoun(i < words.size() ? words.get(i) : "", afterName);
    }

    /**
     * Whether the noun phrase after "what (is the)" ends in a noun of quantity: "what was the average
     * family size", "what is the turbine entry temperature", "what was Warsaw's population" ask for a
     * figure, though their first word is a modifier or a name. English puts the head of a compound
     * noun last, as {@link #head} reads it.
     */
    private static boolean quantityHeaded(List<String> words, List<String> shown, int at) {
        int i = at < words.size() && joinsNoun(words.get(at)) ? at + 1 : at;
        i = i < words.size() && EN_ARTICLES.contains(words.get(i)) ? i + 1 : i;
        return EN_QUANTITY_NOUNS.contains(lastOfPhrase(words, shown, i));
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
     * The noun an English question asks about. After "how many/much", the first word not written
     * with a capital (how many Russian bombers → bombers). After who/what/which + is/was + the, the
     * last word of the noun phrase before a function word (who is the president of… → president;
     * what is the official currency of… → currency), past "name of" or a quantity noun "of" (what is
     * the name of the Syrian defence minister who… → minister). After what/which + a noun, its first
     * word not written with a capital (which Kurdish group controls… → group). None after a verb
     * (who leads…, what did…) or where only names follow (who is Araghchi?).
     */
    static String head(List<String> words, List<String> shown) {
        for (int i = 0; i < Math.min(QuestionAnalyzer.LEAD_WORDS, words.size()); i++) {
            String w = words.get(i);
            int j = i + 1;
            String next = j < words.size() ? words.get(j) : "";
            if (w.equals("how")) {
                return asksHowMany(words, i) ? firstLowerCase(words, shown, j + 1) : "";
            }
            if (!Set.of("who", "whom", "whose", "what", "which").contains(w)) {
                if (Set.of("when", "where", WHEREABOUTS, "why").contains(w)) {
                    return "";
                }
                continue;
            }
            if (joinsNoun(next)) {
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
                        : englishNoun(pastModifierWords(words, shown, pastCapitalisedAt(words, shown, j)));
            }
            return "";
        }
        return "";
    }

    /**
     * The type of the first noun of a type among the few words after what/which, before a function word: English
     * puts a noun's modifiers before it, and a search box lower-cases the names among them ("which main highway",
     * "which us president", "which former Iranian lawmaker"), which {@link #pastCapitalised} does not pass.
     */
    private static QuestionType pastModifiers(List<String> words, int from) {
        int end = Math.min(from + NOUN_PHRASE_WORDS, words.size());
        for (int j = from; j < end && !EN_STOP.contains(words.get(j)); j++) {
            QuestionType type = englishNounType(words.get(j));
            if (type != QuestionType.OTHER) {
                return type;
            }
        }
        return QuestionType.OTHER;
    }

    /** The first word from {@code from} on not written with a capital, or "" if a function word comes first. */
    private static String pastCapitalised(List<String> words, List<String> shown, int from) {
        int at = pastCapitalisedAt(words, shown, from);
        return at < 0 ? "" : words.get(at);
    }

    /** Where {@link #pastCapitalised} finds its word, or -1. */
    private static int pastCapitalisedAt(List<String> words, List<String> shown, int from) {
        for (int j = from; j < words.size() && !EN_STOP.contains(words.get(j)); j++) {
            if (!capitalised(shown, j)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The word at {@code at}, written lower-case, or the noun after it when it is a modifier, up to {@link
     * #MODIFIERS} of them and past the names among them, before a content word: a place or a place's adjective
     * ({@link #PLACE_MODIFIERS}) or a general adjective ({@link #EN_NOUN_MODIFIERS}): "which syrian city" → city,
     * "which former Iranian lawmaker" → lawmaker, "what other European Protestant leader" → leader. Read as the
     * modifier, the head named no kind, and the judge looked for "syrian" where the question asks a city. "" for -1.
     */
    private static String pastModifierWords(List<String> words, List<String> shown, int at) {
        if (at < 0) {
            return "";
        }
        int i = at;
        int modifiers = 0;
        while (i + 1 < words.size() && !EN_STOP.contains(words.get(i + 1))
                && !EN_AUXILIARIES.contains(words.get(i + 1))) {
            boolean modifier = !capitalised(shown, i);
            if (modifier && (modifiers == MODIFIERS || !modifies(words.get(i)))) {
                break;
            }
            modifiers += modifier ? 1 : 0;
            i++;
        }
        return words.get(i);
    }

    private static boolean modifies(String word) {
        return EN_NOUN_MODIFIERS.contains(word) || PLACE_MODIFIERS.contains(word);
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
}
