package io.isnad.retrieve.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Guesses how a Latin-script name (Arabic, Persian or Turkish, as romanised in English news) is spelled
 * in Arabic script.
 *
 * <p>Romanisation loses information: "gh" is غ in Arabic names but ق in Persian ones, short vowels are
 * usually not written in Arabic, "h" may be ه or ح. One guess is therefore often wrong, but a few
 * cheap guesses usually share most character trigrams with the real spelling, which is all the caller's
 * fuzzy n-gram field needs. Each Latin letter group has ranked Arabic options with a cost, and the
 * {@value #MAX_VARIANTS} cheapest whole spellings are returned.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameTransliterator {

    /** More guesses dilute the query more than they add recall. */
    public static final int MAX_VARIANTS = 3;
    /** {@link #moreSpellings}' most; each is one more term the caller asks the index about. */
    public static final int MORE_VARIANTS = 12;
    /**
     * {@link #moreSpellings}' most with an English vowel's reading, after the others: among them they
     * would push out the consonant readings the names found before (Charles تشارلز).
     */
    public static final int VOWEL_VARIANTS = 12;
    /**
     * How many spellings of a plural-looking name's singular {@link #moreSpellings} adds, last: an English
     * plural name keeps its "s" in English (Grammys) while Arabic writes the singular (غرامي). The English
     * reading's dropped "s" is dear enough that the stem's second reading falls past {@value #MORE_VARIANTS}.
     */
    public static final int SINGULAR_VARIANTS = MAX_VARIANTS;
    private static final int BEAM = 12;
    private static final int WIDE_BEAM = 36;

    /**
     * Where Latin letters may stand for a rule to apply. CLOSED is a vowel inside the word followed by
     * two consonants ("Tahrir", "Hassan", "Homs"): Arabic phonology keeps such vowels short, so
     * they are usually not written.
     */
    private enum At { START, MIDDLE, END, CLOSED, ANYWHERE }

    /**
     * Which readings a spelling may use, each kind also those before it. ROMANISED is a romanised
     * Arabic name's, the first guesses. ENGLISH adds an English name's readings of consonants and
     * letter pairs (Panthers بانثرز, Tyne تاين, Kearney كيرني); VOWELS adds an English name's single
     * vowels read long (Lady ليدي, Kennedy كينيدي, Jared جاريد) and a "kh" read as two letters
     * (Brookhaven بروكهيفن). Only {@link #moreSpellings} tries the last two: among the first guesses
     * they would push out the romanised Arabic readings the news names need.
     */
    private enum Reading { ROMANISED, ENGLISH, VOWELS }

    /** One Arabic reading of a Latin letter group, and the kind of reading it is. */
    private record Option(String arabic, double cost, Reading reading) {}

    /** @param byReading the options each kind of reading may use, kept apart once at parse time */
    private record Rule(String latin, At at, Map<Reading, List<Option>> byReading) {

        static Rule of(String latin, At at, List<Option> options) {
            Map<Reading, List<Option>> byReading = new EnumMap<>(Reading.class);
            for (Reading reading : Reading.values()) {
                byReading.put(reading, options.stream().filter(o -> o.reading().compareTo(reading) <= 0).toList());
            }
            return new Rule(latin, at, byReading);
        }

        List<Option> options(Reading reading) {
            return byReading.get(reading);
        }

        boolean appliesAt(String word, int index) {
            if (!word.startsWith(latin, index)) {
                return false;
            }
            boolean start = index == 0;
            boolean end = index + latin.length() == word.length();
            return switch (at) {
                case START -> start;
                case END -> end;
                case MIDDLE -> !start && !end;
                case CLOSED -> !start && startsWithConsonant(word, index + latin.length(), 2);
                case ANYWHERE -> true;
            };
        }
    }

    /*
     * One rule a line: Latin letters, where in the word they may stand, then Arabic options with their
     * costs ("_" writes nothing, for short vowels Arabic leaves out; "~" marks an English name's
     * reading and "^" an English vowel's, both tried only by {@link #moreSpellings}). At each point
     * the longest Latin match wins; among equally long ones, the first line. A rule with no option of
     * the kind tried is passed over.
     */
    private static final String[] TABLE = {
        // Fixed name parts whose letter-by-letter reading would be wrong.
        "allah    any     الله:0",
        "ullah    any     الله:0",
        "ollah    any     الله:0",
        "abdul    start   عبدال:0",
        "abdel    start   عبدال:0",
        "abd      start   عبد:0",
        "abu      start   ابو:0",
        "mohammad start   محمد:0",
        "mohammed start   محمد:0",
        "muhammad start   محمد:0",
        "ahmad    start   احمد:0",
        "ahmed    start   احمد:0",
        // Vowel clusters.
        "aei      any     ائي:0    اي:0.2",
        "aee      any     ائي:0",
        "aa       end     ع:0      ا:0.2",
        "aa       any     ع:0      عا:0.1   ا:0.2",
        "ee       any     ي:0",
        "ii       any     ي:0",
        "oo       any     و:0",
        "uu       any     و:0",
        "ou       start   او:0",
        "ou       any     و:0",
        "ei       any     ي:0      ئي:0.2   اي:0.4",
        "ey       end     ي:0      اي:0.3",
        "ey       any     ~اي:0.2  ~ي:0.3",
        "ea       any     ~ي:0.2   ~يا:0.3",
        "ai       start   اي:0",
        "ai       any     اي:0     ائ:0.3   ي:0.4",
        "ay       any     اي:0     ي:0.3",
        "au       any     او:0",
        "aw       any     او:0",
        "ie       any     ي:0",
        "iyeh     end     ية:0",
        "iyah     end     ية:0",
        "iya      end     ية:0     يا:0.2",
        "iy       any     ي:0",
        "ia       end     يا:0     ية:0.2",
        "ah       end     ة:0      ا:0.4",
        "eh       end     ة:0",
        // Consonant digraphs.
        "kh       any     خ:0      ^كه:0.4",
        "gh       any     غ:0      ق:0.1",
        "sh       any     ش:0",
        "ch       any     ج:0      تش:0.3   ش:0.5",
        "th       any     ث:0      ت:0.2",
        "dh       any     ذ:0      ض:0.3",
        "zh       any     ج:0      ز:0.3",
        "ph       any     ف:0",
        "ck       any     ك:0",
        // Single consonants.
        "b        any     ب:0",
        "c        any     ك:0      س:0.3",
        "d        any     د:0      ض:0.5",
        "f        any     ف:0",
        "g        any     غ:0      ج:0.3    ك:0.4",
        "h        start   ح:0      ه:0.1",
        "h        any     ه:0      ح:0.15",
        "j        any     ج:0",
        "k        any     ك:0      ق:0.3",
        "l        any     ل:0",
        "m        any     م:0",
        "n        any     ن:0",
        "p        any     ب:0",
        "q        any     ق:0",
        "r        any     ر:0",
        "s        end     س:0      ص:0.4    ~ز:0.3   ~_:0.5",
        "s        middle  س:0      ص:0.4    ~ز:0.3",
        "s        any     س:0      ص:0.4",
        "t        any     ت:0      ط:0.5",
        "v        any     ف:0      و:0.3",
        "w        any     و:0",
        "x        any     كس:0",
        "y        middle  ي:0      ~اي:0.2",
        "y        any     ي:0",
        "z        any     ز:0      ظ:0.4",
        "'        any     ع:0      ء:0.3    _:0.5",
        // Vowels: written long at the edges, often left out inside a word. An English name's single
        // vowel is often long where Arabic names keep it short ("^": Lady ليدي, Kennedy كينيدي, Yosemite
        // يوسيمايت); "e" keeps its dearer romanised ي too, so that the first guesses stay as they were.
        "a        start   ا:0      ع:0.5",
        "a        end     ا:0      ة:0.2",
        "a        closed  _:0      ا:0.3",
        "i        closed  _:0      ي:0.3",
        "o        closed  _:0      و:0.3",
        "u        closed  _:0      و:0.3",
        "a        any     ا:0      _:0.2    ^ي:0.4",
        "e        start   ا:0",
        "e        end     ه:0      _:0.3",
        "e        any     _:0      ي:0.5    ^ي:0.35",
        "i        start   ا:0",
        "i        end     ي:0",
        "i        any     ي:0      _:0.3    ^اي:0.35",
        "o        start   ا:0      او:0.3",
        "o        end     و:0",
        "o        any     و:0      _:0.4",
        "u        start   ا:0      او:0.3",
        "u        end     و:0",
        "u        any     و:0      _:0.4",
    };

    private static final List<Rule> RULES = parseTable();

    /** The Arabic definite article as romanised, optionally assimilated to a sun letter ("ash-Sham"). */
    private static final Pattern ARTICLE = Pattern.compile("^(?:al|el|ad|an|ar|as|ash|at|ath|az|ed|en|er|es|et)[- ](.+)$");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LATIN_NAME = Pattern.compile("[a-z']+");
    /**
     * An English plural's ending: "-ies" from a "-y" (Emmies), else an "s" after what an English plural
     * seldom ends in and names often do ("ss", "us", "is", "as": Marcus, Paris, Thomas).
     */
    private static final Pattern PLURAL_IES = Pattern.compile("([a-z]{2,})ies");
    private static final Pattern PLURAL_S = Pattern.compile("([a-z]{2,}[^suia'])s");
    private static final String VOWELS = "aeiou";
    private static final Set<String> CONSONANT_DIGRAPHS = Set.of("kh", "gh", "sh", "ch", "th", "dh", "zh", "ph", "ck");

    private static List<Rule> parseTable() {
        List<Rule> rules = new ArrayList<>();
        for (String line : TABLE) {
            String[] cells = line.trim().split("\\s+");
            At at = switch (cells[1]) {
                case "start" -> At.START;
                case "end" -> At.END;
                case "middle" -> At.MIDDLE;
                case "closed" -> At.CLOSED;
                default -> At.ANYWHERE;
            };
            List<Option> options = new ArrayList<>();
            for (int i = 2; i < cells.length; i++) {
                int colon = cells[i].lastIndexOf(':');
                if (colon <= 0) {
                    throw new IllegalStateException("transliteration option needs arabic:cost in: " + line);
                }
                Reading reading = switch (cells[i].charAt(0)) {
                    case '~' -> Reading.ENGLISH;
                    case '^' -> Reading.VOWELS;
                    default -> Reading.ROMANISED;
                };
                String arabic = cells[i].substring(reading == Reading.ROMANISED ? 0 : 1, colon).replace("_", "");
                options.add(new Option(arabic, Double.parseDouble(cells[i].substring(colon + 1)), reading));
            }
            rules.add(Rule.of(cells[0], at, options));
        }
        // Longest match first; the sort is stable, so table order breaks ties.
        rules.sort(Comparator.comparingInt((Rule r) -> r.latin().length()).reversed());
        return List.copyOf(rules);
    }

    /**
     * Up to {@value #MAX_VARIANTS} Arabic spellings of a name, most plausible first.
     *
     * <p>A leading article ("al-Assad", "ash-Sham", "Al Jazeera") gives spellings with and without ال.
     * Accents are folded ("Erdoğan" reads as "Erdogan").
     *
     * @return an empty list for input that is not a Latin-script word
     */
    public List<String> transliterate(String name) {
        return spellings(name, Reading.ROMANISED, MAX_VARIANTS);
    }

    /**
     * More spellings of a name than {@link #transliterate} gives, each with an English name's reading
     * (a long vowel for "ey", "ea" and a "y" between consonants, ز for an "s", a plural's "s" left out), up to
     * {@value #MORE_VARIANTS}; then up to {@value #VOWEL_VARIANTS} with an English vowel's reading (a
     * long vowel for a single "a", "e" or "i"; "kh" as كه), those of {@link #transliterate} left out;
     * then up to {@value #SINGULAR_VARIANTS} first guesses of a plural-looking name's singular. Too many
     * to search blindly: the caller keeps those an article is known to hold, in this order.
     *
     * @param first what {@link #transliterate} gave for {@code name}: the caller has it already
     */
    public List<String> moreSpellings(String name, List<String> first) {
        List<String> english = others(spellings(name, Reading.ENGLISH, MORE_VARIANTS + first.size()), first,
                MORE_VARIANTS);
        List<String> vowels = others(spellings(name, Reading.VOWELS, VOWEL_VARIANTS + first.size() + english.size()),
                Stream.concat(first.stream(), english.stream()).toList(), VOWEL_VARIANTS);
        List<String> before = Stream.of(first, english, vowels).flatMap(List::stream).toList();
        List<String> singular = others(singular(name).map(this::transliterate).orElse(List.of()), before,
                SINGULAR_VARIANTS);
        return Stream.of(english, vowels, singular).flatMap(List::stream).toList();
    }

    /** The singular of a name that reads as an English plural (Grammys: Grammy, Emmies: Emmy), if it does. */
    static Optional<String> singular(String name) {
        String word = fold(name);
        Matcher ies = PLURAL_IES.matcher(word);
        if (ies.matches()) {
            return Optional.of(ies.group(1) + "y");
        }
        Matcher s = PLURAL_S.matcher(word);
        return s.matches() ? Optional.of(s.group(1)) : Optional.empty();
    }

    /** {@code spellings} that fold to none of {@code first}, up to {@code limit}. */
    private static List<String> others(List<String> spellings, List<String> first, int limit) {
        Set<String> folded = first.stream().map(NameTransliterator::foldArabic).collect(Collectors.toSet());
        return spellings.stream().filter(s -> !folded.contains(foldArabic(s))).limit(limit).toList();
    }

    private List<String> spellings(String name, Reading reading, int limit) {
        String word = fold(name);
        Matcher article = ARTICLE.matcher(word);
        if (article.matches()) {
            List<String> bare = spell(article.group(1).replace(" ", "").replace("-", ""), reading, limit);
            Set<String> variants = new LinkedHashSet<>();
            for (String spelling : bare) {
                variants.add("ال" + spelling);
                variants.add(spelling);
            }
            return variants.stream().limit(limit).toList();
        }
        return spell(word.replace(" ", "").replace("-", ""), reading, limit);
    }

    private static String fold(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // Turkish letters whose plain Latin look-alike would be read wrongly.
        lower = lower.replace("ş", "sh").replace("ç", "ch").replace("ğ", "gh").replace("ı", "i");
        return COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** @param reading the widest kind of reading among the options that made it */
    private record Partial(String arabic, double cost, Reading reading) {}

    private static List<String> spell(String word, Reading reading, int limit) {
        if (word.isEmpty() || !LATIN_NAME.matcher(word).matches()) {
            return List.of();
        }
        List<Partial> beam = List.of(new Partial("", 0, Reading.ROMANISED));
        int i = 0;
        while (i < word.length()) {
            Rule rule = ruleAt(word, i, reading);
            int consumed = rule.latin().length();
            // Arabic writes a doubled consonant once (with a shadda the caller ignores).
            char last = word.charAt(i + consumed - 1);
            if (consumed == 1 && VOWELS.indexOf(last) < 0 && last != '\''
                    && i + 1 < word.length() && word.charAt(i + 1) == last) {
                consumed = 2;
            }
            List<Partial> next = new ArrayList<>();
            for (Partial partial : beam) {
                for (Option option : rule.options(reading)) {
                    next.add(new Partial(partial.arabic() + option.arabic(), partial.cost() + option.cost(),
                            wider(partial.reading(), option.reading())));
                }
            }
            next.sort(Comparator.comparingDouble(Partial::cost));
            beam = next.subList(0, Math.min(reading == Reading.ROMANISED ? BEAM : WIDE_BEAM, next.size()));
            i += consumed;
        }
        // Spellings the caller's normaliser folds together (ة/ه, ى/ي) would waste a variant.
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (Partial partial : beam) {
            // A wider search gives only its own kind of reading: the romanised Arabic ones past the first
            // guesses are mostly other words (Putin بطن, Assad اسد).
            if (!partial.arabic().isEmpty() && partial.reading() == reading) {
                byFolded.putIfAbsent(foldArabic(partial.arabic()), partial.arabic());
            }
        }
        return byFolded.values().stream().limit(limit).toList();
    }

    /** The wider of two kinds of reading: a spelling is of the widest kind any of its options is. */
    private static Reading wider(Reading a, Reading b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whether {@code count} consonants follow {@code index}; a digraph such as "sh" is one consonant. */
    private static boolean startsWithConsonant(String word, int index, int count) {
        int at = index;
        for (int seen = 0; seen < count; seen++) {
            if (at >= word.length() || VOWELS.indexOf(word.charAt(at)) >= 0 || word.charAt(at) == 'y'
                    || word.charAt(at) == '\'') {
                return false;
            }
            boolean digraph = at + 2 <= word.length() && CONSONANT_DIGRAPHS.contains(word.substring(at, at + 2));
            at += digraph ? 2 : 1;
        }
        return true;
    }

    private static String foldArabic(String arabic) {
        return arabic.replace('ة', 'ه').replace('ى', 'ي').replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
    }

    private static Rule ruleAt(String word, int index, Reading reading) {
        for (Rule rule : RULES) {
            if (rule.appliesAt(word, index) && !rule.options(reading).isEmpty()) {
                return rule;
            }
        }
        // Unreachable for [a-z'] input: every letter has an "any" rule.
        throw new IllegalStateException("no transliteration rule for '" + word.charAt(index) + "' in " + word);
    }
}
