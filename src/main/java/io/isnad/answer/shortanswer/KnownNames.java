package io.isnad.answer.shortanswer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.Lexicon;

/**
 * The names the translation lexicon knows: its places (countries, capitals, cities, regions, and
 * their demonyms) and its people. Looked up from the Arabic side (folded, without the article), an
 * English question's short answer is rendered with the lexicon's English spelling of them; from the
 * English side, the abstention model tells a name of an English question from a capitalised word.
 */
public final class KnownNames {

    /** The title of the places list's section of countries. */
    private static final String COUNTRIES = "Countries";
    private static final List<String> LOWER_CASE = List.of("of", "and", "the", "al");
    private static final Lexicon PLACE_LIST = Lexicon.builtin(Lexicon.PLACES);
    private static final Lexicon PERSON_LIST = Lexicon.builtin(Lexicon.PEOPLE);
    private static final Map<String, String> PLACE_NAMES = byArabic(PLACE_LIST);
    private static final Map<String, String> PERSON_NAMES = byArabic(PERSON_LIST);
    /** Per folded Arabic spelling of a place or person (without the article), every spelling of its entry. */
    private static final Map<String, Set<String>> SPELLINGS = spellingsOf(List.of(PLACE_LIST, PERSON_LIST));
    /**
     * The folded Arabic names, without the article, the places list gives a country by and no other place by
     * (اليمن, not الكويت nor تونس, which name the capital too): its section of countries, less the spellings of
     * every entry of its other sections.
     */
    private static final Set<String> COUNTRIES_ONLY = countriesOnly();
    /**
     * The folded Arabic words, without the article, the lists of common words translate an English word by
     * (وكالة، أنباء، جنرال), less the places' and people's: words of news prose, not of a name.
     */
    private static final Set<String> COMMON_WORDS = commonWords();
    /**
     * The words of the lists' English names ("new", "york"...), without the two-letter particles
     * (al, el, of), which are no name by themselves.
     */
    private static final Set<String> ENGLISH_NAME_WORDS = Stream.of(PLACE_LIST, PERSON_LIST)
            .flatMap(list -> list.entries().keySet().stream())
            .flatMap(name -> Arrays.stream(name.split(" "))).filter(word -> word.length() > 2)
            .collect(Collectors.toUnmodifiableSet());

    private KnownNames() {
    }

    /** The English spelling of a folded Arabic place or person name, or empty. */
    static Optional<String> english(String folded) {
        String key = ArabicTextNormalizer.withoutArticle(folded);
        return Optional.ofNullable(PLACE_NAMES.getOrDefault(key, PERSON_NAMES.get(key)));
    }

    /**
     * The lexicon's Arabic spellings (folded) of the name a folded Arabic word spells, each as the
     * lexicon writes it and without a leading ال, and the word's own key among them (سوريا → سوريا،
     * سوريه). Both forms, since a name that begins with ال (ألمانية) loses its own letters to {@link
     * ArabicTextNormalizer#withoutArticle}.
     */
    public static Set<String> spellings(String folded) {
        String key = ArabicTextNormalizer.withoutArticle(folded);
        Set<String> spellings = new HashSet<>(SPELLINGS.getOrDefault(key, Set.of()));
        spellings.add(key);
        return spellings;
    }

    /** Whether a folded Arabic word is a place or person name the lexicon knows. */
    public static boolean known(String folded) {
        String key = ArabicTextNormalizer.withoutArticle(folded);
        return PLACE_NAMES.containsKey(key) || PERSON_NAMES.containsKey(key);
    }

    /**
     * Whether a folded Arabic word is one the lexicon translates a common English word by and names no place or
     * person it knows ({@link #COMMON_WORDS}), without its article (also after a glued proclitic: والأنباء) and as
     * written, without a glued و or ف, or without the accusative's alif (جنرالا).
     */
    public static boolean commonWord(String folded) {
        String word = ArabicProclitics.withoutArticle(folded);
        String bare = ArabicProclitics.withoutConjunction(word, 3);
        return Stream.of(word, bare, ArabicTextNormalizer.withoutAccusativeAlif(bare, 1))
                .anyMatch(COMMON_WORDS::contains);
    }

    /** Whether a folded Arabic word is a person name (or a word of one) the lexicon knows: قاسم، سليماني. */
    public static boolean knownPerson(String folded) {
        return PERSON_NAMES.containsKey(ArabicTextNormalizer.withoutArticle(folded));
    }

    /**
     * Whether a folded Arabic word is the adjective of a place or people the lexicon knows, by its nisba
     * ending (ايرانيه، عراقي، عربيه): the lexicon lists such adjectives beside the places, but one after
     * a place noun says what the place is ("دولة عربية"), not which it is.
     */
    static boolean demonym(String folded) {
        String key = ArabicTextNormalizer.withoutArticle(folded);
        for (String ending : List.of("يه", "ي")) {
            if (key.endsWith(ending) && key.length() - ending.length() >= 3
                    && PLACE_NAMES.containsKey(key.substring(0, key.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The base of a demonym the lexicon knows (الروسي، السورية → روس، سور), shared with its country's
     * name ({@link ArabicPlaceNames#demonymBase}), or empty; not the adjective of a side (الغربي) or of a
     * portfolio (الخارجية), which the lexicon lists as place words ({@link ArabicPlaceNames#namesNoPeople}).
     */
    public static Optional<String> nationality(String folded) {
        String bare = ArabicTextNormalizer.withoutArticle(folded);
        return ArabicPlaceNames.nisbaShaped(bare) && place(bare) && !ArabicPlaceNames.namesNoPeople(bare)
                ? Optional.of(ArabicPlaceNames.demonymBase(bare)) : Optional.empty();
    }

    /**
     * The demonym base ({@link #nationality}) of a lower-case English country or demonym the lexicon
     * knows, read off its Arabic forms (us → الأمريكية → امريك, russian → روسي → روس), or empty.
     */
    public static Optional<String> englishNationality(String english) {
        return arabicPlace(english).stream().map(KnownNames::nationality).flatMap(Optional::stream).findFirst();
    }

    /**
     * Whether a lower-case English word is a demonym the lexicon knows, every Arabic form of it the adjective of a
     * people (iraqi → عراقي، العراقية), not the name of a place (iraq, tehran) nor a country named also by its
     * adjective (us → الولايات المتحدة، الأمريكية).
     */
    public static boolean englishDemonym(String english) {
        List<String> arabic = arabicPlace(english);
        return !arabic.isEmpty() && arabic.stream().allMatch(form -> nationality(form).isPresent());
    }

    /**
     * Whether a folded Arabic name, with or without the article, is a country's and no city's or region's the
     * lexicon knows: اليمن، البرازيل; not الكويت, also Kuwait City.
     */
    public static boolean countryOnly(String folded) {
        return COUNTRIES_ONLY.contains(ArabicTextNormalizer.withoutArticle(folded));
    }

    /** Whether a folded Arabic word or two is a place the lexicon knows (دمشق، ريف دمشق). */
    public static boolean place(String folded) {
        return PLACE_NAMES.containsKey(ArabicTextNormalizer.withoutArticle(folded));
    }

    /** The Arabic forms, folded, of a lower-case English place name or demonym the lexicon knows: iran → ايران. */
    static List<String> arabicPlace(String english) {
        return PLACE_LIST.entries().getOrDefault(english, List.of()).stream().map(ArabicTextNormalizer::normalize).toList();
    }

    /**
     * The Arabic spellings, as the lexicon writes them, of a lower-case English name of several words
     * that the people list knows whole ("masoud pezeshkian" → مسعود بزشكيان), or none: a name of one word
     * is as often a given name alone (ali، sara) as a person.
     */
    public static List<String> arabicPerson(String english) {
        return english.indexOf(' ') > 0 ? PERSON_LIST.entries().getOrDefault(english, List.of()) : List.of();
    }

    /** Whether a lower-case English word is a person's name, or a word of one, the lexicon knows alone: araghchi. */
    public static boolean englishPerson(String word) {
        return PERSON_LIST.entries().containsKey(word);
    }

    /** Whether a lower-case English word or phrase is a place or a demonym the lexicon knows: damascus, iranian. */
    public static boolean englishPlace(String english) {
        return PLACE_LIST.entries().containsKey(english);
    }

    /** Whether a lower-case English word is a word of a place or person name the lexicon knows. */
    public static boolean knownEnglishWord(String word) {
        return ENGLISH_NAME_WORDS.contains(word);
    }

    /**
     * Whether a lower-case English phrase of several words is a whole place or person name the
     * lexicon knows ("vladimir putin", "saudi arabia", "los angeles"): the translator reads such a
     * name as one phrase, so it reaches the abstention model as one term, not as its words.
     */
    public static boolean knownEnglishName(String phrase) {
        return phrase.indexOf(' ') > 0
                && (PLACE_LIST.entries().containsKey(phrase) || PERSON_LIST.entries().containsKey(phrase));
    }

    private static Set<String> countriesOnly() {
        Lexicon countries = Lexicon.builtinSection(Lexicon.PLACES, COUNTRIES);
        Set<String> named = new HashSet<>(byArabic(countries).keySet());
        PLACE_LIST.entries().forEach((english, arabic) -> arabic.stream()
                .filter(form -> !countries.entries().getOrDefault(english, List.of()).contains(form))
                .map(ArabicTextNormalizer::normalize)
                .forEach(form -> named.remove(ArabicTextNormalizer.withoutArticle(form))));
        return Set.copyOf(named);
    }

    private static Set<String> commonWords() {
        Set<String> words = new HashSet<>();
        for (String name : Lexicon.COMMON_VOCABULARY) {
            for (List<String> arabic : Lexicon.builtin(name).entries().values()) {
                arabic.stream().flatMap(phrase -> ArabicTextNormalizer.words(phrase).stream())
                        .map(ArabicTextNormalizer::withoutArticle).forEach(words::add);
            }
        }
        words.removeAll(PLACE_NAMES.keySet());
        words.removeAll(PERSON_NAMES.keySet());
        return Set.copyOf(words);
    }

    private static Map<String, String> byArabic(Lexicon list) {
        Map<String, String> english = new HashMap<>();
        for (Map.Entry<String, List<String>> e : list.entries().entrySet()) {
            for (String arabic : e.getValue()) {
                String folded = ArabicTextNormalizer.withoutArticle(ArabicTextNormalizer.normalize(arabic));
                // Two spellings of one name (Mohammed, Muhammad): the same one every run.
                english.merge(folded, titleCase(e.getKey()), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return Map.copyOf(english);
    }

    private static Map<String, Set<String>> spellingsOf(List<Lexicon> lists) {
        Map<String, Set<String>> spellings = new HashMap<>();
        for (Lexicon list : lists) {
            for (List<String> arabic : list.entries().values()) {
                Set<String> folded = arabic.stream().map(ArabicTextNormalizer::normalize)
                        .flatMap(a -> Stream.of(a, ArabicTextNormalizer.withoutArticle(a)))
                        .collect(Collectors.toSet());
                folded.forEach(f -> spellings.computeIfAbsent(ArabicTextNormalizer.withoutArticle(f),
                        k -> new HashSet<>()).addAll(folded));
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        spellings.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static String titleCase(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(LOWER_CASE.contains(word) ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
