package io.isnad.retrieve.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.isnad.ingest.arabic.ArabicLoanwordSpellings;

/**
 * Turns an English question into Arabic search terms without a language model.
 *
 * <p>Words are looked up in this order, and the first source that knows a word wins: built-in phrases
 * (longest first), built-in single words (also after undoing English inflection), then FreeDict when
 * it is installed. Whatever is still unknown is transliterated as a name. Numbers pass through as
 * digits. English stopwords and question words are dropped.
 *
 * <p>An inflected word FreeDict knows as written also carries its base form's FreeDict translations as
 * secondary senses ({@link Term#secondary}), for the search only. A capitalised word spelled as a name
 * also carries further spellings, read as Arabic writes English names ({@link Term#spellings}), and a
 * FreeDict word shaped like a loanword its spellings with a long vowel fewer; the caller uses those
 * the index holds.
 *
 * <p>Weights tell the caller how far to trust each source: phrases, built-in words and numbers 1.0,
 * built-in words reached through inflection 0.9, FreeDict 0.6, transliterated capitalised words 0.5
 * and transliterated lower-case words 0.3 (those are more likely ordinary English words the lexicons
 * lack than names).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class QueryTranslator {

    /** Where Debian's {@code dict-freedict-eng-ara} package installs the dictionary. */
    public static final Path DEFAULT_FREEDICT_DIR = Path.of("/usr/share/dictd");

    private static final Logger LOG = Logger.getLogger(QueryTranslator.class);

    private static final double EXACT_WEIGHT = 1.0;
    private static final double INFLECTED_WEIGHT = 0.9;
    private static final double FREEDICT_WEIGHT = 0.6;
    private static final double NAME_WEIGHT = 0.5;
    private static final double GUESS_WEIGHT = 0.3;

    private static final Pattern TOKEN = Pattern.compile(
            "(?<number>\\d+(?:[.,]\\d+)*)(?:(?:st|nd|rd|th|s)(?!\\p{L}))?"
                    + "|(?<word>\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['\u2019]\\p{L}+)*"
                    + "(?:-[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['\u2019]\\p{L}+)*)*)"
                    + "|(?<stop>[.?!;:])");
    /** "U.S." and "U.N." would otherwise end a sentence after each letter. */
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b((?:\\p{Lu}\\.){2,})");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019][sS]$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /**
     * A word with a number glued to its end ("Internet2", "Windows10"). Read as one token it has no
     * translation, so the question kept no evidence of it, and a number no article gives could not
     * count as missing (docs/answers.md, "Twentieth round: names taken for verbs, numbers glued to words").
     * Two letters at least: a lone letter (F16) is dropped as a word anyway.
     */
    private static final Pattern GLUED_NUMBER = Pattern.compile("(\\p{IsLatin}{2,})(\\d+)");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}'\u2019]+");
    /** Romanised Arabic article; only "al" and "el" stand alone, the assimilated forms need a hyphen. */
    private static final Set<String> ARTICLES = Set.of("al", "el");
    private static final Set<String> HYPHENATED_ARTICLES =
            Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et");

    private final Lexicon builtin;
    private final Supplier<Optional<FreeDictDictionary>> freeDict;
    private final Set<String> stopwords;
    private final NameTransliterator transliterator = new NameTransliterator();

    /**
     * @param builtin  the built-in lists, usually {@link Lexicon#builtin()}
     * @param freeDict the FreeDict dictionary when installed; consulted only for words {@code builtin} lacks
     */
    public QueryTranslator(Lexicon builtin, Optional<FreeDictDictionary> freeDict) {
        this(builtin, constant(Objects.requireNonNull(freeDict, "freeDict")));
    }

    private QueryTranslator(Lexicon builtin, Supplier<Optional<FreeDictDictionary>> freeDict) {
        this.builtin = Objects.requireNonNull(builtin, "builtin");
        this.freeDict = freeDict;
        this.stopwords = loadStopwords();
    }

    private static Supplier<Optional<FreeDictDictionary>> constant(Optional<FreeDictDictionary> freeDict) {
        return () -> freeDict;
    }

    /**
     * Loads the built-in lists from the classpath; FreeDict, when {@code freedictDir} is given, is
     * read on first use or by {@link #prepare()}, whichever comes first (reading it takes half a
     * second of a start-up core, and only English questions need it), logging one line that says
     * whether it was found. An unreadable FreeDict is logged and skipped, since the translator
     * works without it.
     *
     * @param freedictDir typically {@link #DEFAULT_FREEDICT_DIR}; empty to not use FreeDict
     */
    public static QueryTranslator load(Optional<Path> freedictDir) {
        Lexicon builtin = Lexicon.builtin();
        if (freedictDir.isEmpty()) {
            LOG.infof("FreeDict not configured; %d built-in lexicon entries, unknown words will be transliterated",
                    builtin.size());
            return new QueryTranslator(builtin, Optional.empty());
        }
        return new QueryTranslator(builtin, new InstalledDictionary<>("FreeDict", freedictDir.get(),
                FreeDictDictionary::load, freeDict -> String.format("%d headwords, next to %d built-in lexicon entries",
                        freeDict.size(), builtin.size()),
                "install dict-freedict-eng-ara to use it; " + builtin.size()
                        + " built-in lexicon entries, unknown words will be transliterated"));
    }

    /**
     * Reads what this translator reads on first use (FreeDict) now, if no question did yet: the
     * service calls it once it is ready, so neither its start nor its first English question waits.
     */
    public void prepare() {
        freeDict.get();
    }

    /**
     * Whether a general dictionary (FreeDict) translates besides the built-in lists, reading it now
     * if no question did yet: the abstention model weighs an English question by the translation it
     * could get.
     */
    public boolean dictionaryInstalled() {
        return freeDict.get().isPresent();
    }

    private static Set<String> loadStopwords() {
        String resource = "lexicon/en-stopwords.txt";
        try (InputStream in = QueryTranslator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            Set<String> words = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * One token of the question. Hyphenated tokens ("al-Sham") are split into words that share a group,
     * so phrases match across hyphens and spaces alike.
     *
     * @param key           normalised lookup form; for numbers, the digits
     * @param original      as written, possessive removed
     * @param group         index of the token the word came from
     * @param number        written in digits
     * @param sentenceStart first word of a sentence, where capitals say nothing about names
     * @param glued         the digits glued to the word's end ("Internet2"), empty for none
     */
    private record Word(String key, String original, int group, boolean number, boolean sentenceStart, String glued) {

        boolean capitalised() {
            return Character.isUpperCase(original.codePointAt(0));
        }

        boolean allCaps() {
            return original.length() >= 2 && original.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
    }

    /**
     * Translates an English question into Arabic search terms, in question order. Duplicate words give
     * one term. The caller keeps the Latin tokens itself; terms carry Arabic (or digits) only.
     */
    public TranslatedQuery translate(String englishQuestion) {
        List<Word> words = tokenize(englishQuestion);
        List<Term> terms = new ArrayList<>();
        Set<String> untranslated = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        while (i < words.size()) {
            Word word = words.get(i);
            if (word.number()) {
                addTerm(new Term(word.key(), List.of(word.key()), Source.NUMBER, EXACT_WEIGHT), terms, seen);
                i++;
                continue;
            }
            int phraseLength = matchPhrase(words, i, terms, seen);
            if (phraseLength > 0) {
                i += phraseLength;
            } else if (startsArticleName(words, i)) {
                translateArticleName(word, words.get(i + 1), terms, untranslated, seen);
                i += 2;
            } else {
                if (!word.glued().isEmpty()) {
                    translateGlued(word, terms, untranslated, seen);
                } else if (!isStopword(word)) {
                    translateWord(word, terms, untranslated, seen);
                }
                i++;
            }
        }
        return new TranslatedQuery(terms, List.copyOf(untranslated));
    }

    private static List<Word> tokenize(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(DOTTED_ACRONYM.matcher(text).replaceAll(r -> r.group(1).replace(".", "")));
        boolean sentenceStart = true;
        int group = 0;
        while (m.find()) {
            if (m.group("stop") != null) {
                sentenceStart = true;
                continue;
            }
            if (m.group("number") != null) {
                // Thousands separators would split the number for the index; decimals keep their point.
                String digits = m.group("number").replaceAll(",(?=\\d{3}\\b)", "");
                words.add(new Word(digits, digits, group++, true, sentenceStart, ""));
            } else {
                String token = POSSESSIVE.matcher(m.group("word")).replaceFirst("");
                for (String part : token.split("-")) {
                    Matcher glued = GLUED_NUMBER.matcher(part);
                    if (glued.matches()) {
                        // The name and its number, as the Arabic analyzer reads إنترنت2.
                        words.add(new Word(Lexicon.normalizeKey(glued.group(1)), glued.group(1), group, false, sentenceStart,
                                glued.group(2)));
                        words.add(new Word(glued.group(2), glued.group(2), group, true, sentenceStart, ""));
                        continue;
                    }
                    boolean number = DIGITS.matcher(part).matches();
                    String key = number ? part : Lexicon.normalizeKey(part);
                    if (!key.isEmpty()) {
                        words.add(new Word(key, part, group, number, sentenceStart, ""));
                    }
                }
                group++;
            }
            sentenceStart = false;
        }
        return words;
    }

    /** Tries the longest phrase starting at {@code start}; returns how many words it took, 0 for none. */
    private int matchPhrase(List<Word> words, int start, List<Term> terms, Set<String> seen) {
        // Only the last word of a phrase inflects, so a first word that starts no phrase ends the search.
        if (!builtin.startsPhrase(words.get(start).key())) {
            return 0;
        }
        int longest = Math.min(builtin.maxPhraseWords(), words.size() - start);
        for (int length = longest; length >= 2; length--) {
            List<Word> window = words.subList(start, start + length);
            StringBuilder head = new StringBuilder();
            for (int k = 0; k < length - 1; k++) {
                head.append(window.get(k).key()).append(' ');
            }
            String last = window.get(length - 1).key();
            String english = head + last;
            List<String> arabic = builtin.lookup(english);
            // Only the last word of an English phrase inflects: "air strikes", "foreign ministers".
            if (arabic.isEmpty()) {
                for (String base : EnglishInflection.baseForms(last)) {
                    arabic = builtin.lookup(head + base);
                    if (!arabic.isEmpty()) {
                        break;
                    }
                }
            }
            if (!arabic.isEmpty()) {
                addTerm(new Term(english, arabic, Source.PHRASE, EXACT_WEIGHT), terms, seen);
                return length;
            }
        }
        return 0;
    }

    private static boolean startsArticleName(List<Word> words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        Word article = words.get(i);
        Word name = words.get(i + 1);
        if (name.number()) {
            return false;
        }
        boolean hyphenated = article.group() == name.group();
        return hyphenated ? HYPHENATED_ARTICLES.contains(article.key()) : ARTICLES.contains(article.key());
    }

    /** "al-Assad": the lexicon may know the bare name; otherwise transliterate it with and without ال. */
    private void translateArticleName(Word article, Word name, List<Term> terms, Set<String> untranslated,
            Set<String> seen) {
        String english = article.key() + "-" + name.key();
        List<String> arabic = builtin.lookup(name.key());
        if (!arabic.isEmpty()) {
            addTerm(new Term(english, arabic, Source.BUILTIN, EXACT_WEIGHT), terms, seen);
            return;
        }
        List<String> spelled = transliterator.transliterate(article.original() + "-" + name.original());
        if (spelled.isEmpty()) {
            untranslated.add(english);
        } else {
            addTerm(new Term(english, spelled, Source.TRANSLITERATION, NAME_WEIGHT), terms, seen);
        }
    }

    /**
     * Stopwords are dropped, except where capitals show a name that happens to be spelled like one:
     * "US" or "May 5" in the middle of a sentence.
     */
    private boolean isStopword(Word word) {
        if (word.key().length() < 2) {
            return true;
        }
        if (!stopwords.contains(word.key())) {
            return false;
        }
        boolean shownAsName = word.allCaps() || (word.capitalised() && !word.sentenceStart());
        return !(shownAsName && !builtin.lookup(word.key()).isEmpty());
    }

    /**
     * A word with a number glued to it is a name ("Internet2"): its translations with the number glued
     * on, as an article writes it (إنترنت2). The bare word would find every article about the internet.
     */
    private void translateGlued(Word word, List<Term> terms, Set<String> untranslated, Set<String> seen) {
        String english = word.key() + word.glued();
        List<Term> translated = new ArrayList<>();
        translateWord(word, translated, new LinkedHashSet<>(), new HashSet<>());
        if (translated.isEmpty()) {
            untranslated.add(english);
        }
        for (Term term : translated) {
            addTerm(new Term(english, term.arabic().stream().map(a -> a + word.glued()).toList(), term.source(),
                    term.weight()), terms, seen);
        }
    }

    private void translateWord(Word word, List<Term> terms, Set<String> untranslated, Set<String> seen) {
        String english = word.key();
        List<String> arabic = builtin.lookup(english);
        if (!arabic.isEmpty()) {
            addTerm(new Term(english, arabic, Source.BUILTIN, EXACT_WEIGHT), terms, seen);
            return;
        }
        for (String base : EnglishInflection.baseForms(english)) {
            arabic = builtin.lookup(base);
            if (!arabic.isEmpty()) {
                addTerm(new Term(english, arabic, Source.BUILTIN, INFLECTED_WEIGHT), terms, seen);
                if (verbFormAsName(word)) {
                    List<String> spelled = transliterator.transliterate(word.original());
                    if (!spelled.isEmpty()) {
                        addTerm(new Term(english, spelled, Source.TRANSLITERATION, NAME_WEIGHT, List.of(),
                                transliterator.moreSpellings(word.original(), spelled)), terms, seen);
                    }
                }
                return;
            }
        }
        // Acronyms are neither dictionary words nor pronounceable names.
        if (word.allCaps() || !LATIN.matcher(word.original()).matches()) {
            untranslated.add(english);
            return;
        }
        Senses senses = lookupFreeDict(english);
        List<String> dictionary = senses.first();
        if (!dictionary.isEmpty()) {
            addTerm(new Term(english, dictionary, Source.FREEDICT, FREEDICT_WEIGHT, senses.secondary(),
                    loanwordSpellings(dictionary)), terms, seen);
        }
        // A capital inside a sentence marks a name even when FreeDict has a homonym ("Rose", "Bush").
        boolean nameLike = word.capitalised() && !word.sentenceStart();
        if (dictionary.isEmpty() || nameLike) {
            List<String> spelled = transliterator.transliterate(word.original());
            if (!spelled.isEmpty()) {
                // A lower-case guess is mostly an English word no list has: more spellings of it would
                // only find more words it is not.
                boolean name = word.capitalised();
                addTerm(new Term(english, spelled, Source.TRANSLITERATION, name ? NAME_WEIGHT : GUESS_WEIGHT, List.of(),
                        name ? transliterator.moreSpellings(word.original(), spelled) : List.of()), terms, seen);
            } else if (dictionary.isEmpty()) {
                untranslated.add(english);
            }
        }
    }

    /**
     * A dictionary word's other spellings as a loanword ({@link ArabicLoanwordSpellings}): FreeDict
     * writes الأوكسجين where the articles write الأكسجين, and the word the question is about went missing.
     */
    private static List<String> loanwordSpellings(List<String> translations) {
        return translations.stream().flatMap(a -> ArabicLoanwordSpellings.withFewerVowels(a).stream()).distinct().toList();
    }

    /**
     * A capitalised word inside a sentence that reads as a verb form of a built-in word is most likely
     * a name ("Peyton Manning" is no "man", "Reading" is a town): it is spelled as a name too. Only
     * "-ing" and "-ed": a capitalised plural is mostly a people ("Kurds", "Syrians") the lists know.
     */
    private static boolean verbFormAsName(Word word) {
        return word.capitalised() && !word.sentenceStart() && !word.allCaps()
                && (word.key().endsWith("ing") || word.key().endsWith("ed"))
                && LATIN.matcher(word.original()).matches();
    }

    /**
     * FreeDict's translations of a word: its own entry, or where it has none its base form's. FreeDict
     * gives one sense for nearly every headword, and an inflected headword's is often another part of
     * speech than the question's ("criticized" منتقد, one criticised; "released" مصدر): where the word
     * has an entry of its own, the first of its base forms' entries gives {@code secondary} senses,
     * which only the search uses. Taken as full senses, evidence too, they let questions over the wrong
     * corpus look answered (docs/answers.md, "Twentieth round: question words the judged sentence
     * misses", E1); credited as evidence at 0.6 they cost answers (docs/answers.md, "Twenty-first round:
     * English questions over Arabic articles").
     */
    private record Senses(List<String> first, List<String> secondary) {
    }

    private Senses lookupFreeDict(String english) {
        Optional<FreeDictDictionary> dictionary = freeDict.get();
        if (dictionary.isEmpty()) {
            return new Senses(List.of(), List.of());
        }
        List<String> own = dictionary.get().lookup(english);
        for (String base : EnglishInflection.baseForms(english)) {
            List<String> arabic = dictionary.get().lookup(base);
            if (arabic.isEmpty()) {
                continue;
            }
            if (own.isEmpty()) {
                return new Senses(arabic, List.of());
            }
            return new Senses(own, arabic.stream().filter(a -> !own.contains(a)).toList());
        }
        return new Senses(own, List.of());
    }

    private static void addTerm(Term term, List<Term> terms, Set<String> seen) {
        if (seen.add(term.source() + "\u0000" + term.english())) {
            terms.add(term);
        }
    }
}
