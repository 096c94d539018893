package io.isnad.retrieve.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicLoanwordSpellings;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Turns an English question into Arabic search terms without a language model.
 *
 * <p>Words are looked up in this order, and the first source that knows a word wins: built-in phrases
 * (longest first), a word's verb sense where the question makes it a bare verb ({@link VerbSenses}: "How long
 * did the fighting last"), built-in single words (also after undoing English inflection), then FreeDict when
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

    static final double EXACT_WEIGHT = 1.0;
    private static final double INFLECTED_WEIGHT = 0.9;
    private static final double FREEDICT_WEIGHT = 0.6;
    static final double NAME_WEIGHT = 0.5;
    static final double GUESS_WEIGHT = 0.3;

    private final Lexicon builtin;
    private final Supplier<Optional<FreeDictDictionary>> freeDict;
    private final EnglishStopwords stopwords;
    private final PhraseLookup phrases;
    private final FreeDictSenses senses;
    private final NameSpelling names;
    private final VerbSenses verbSenses;

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
        this.stopwords = EnglishStopwords.load(builtin);
        this.phrases = new PhraseLookup(builtin);
        this.senses = new FreeDictSenses(freeDict);
        this.names = new NameSpelling(builtin);
        this.verbSenses = new VerbSenses(Lexicon.builtin(VerbSenses.RESOURCE), stopwords);
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

    /**
     * Translates an English question into Arabic search terms, in question order. Duplicate words give
     * one term. The caller keeps the Latin tokens itself; terms carry Arabic (or digits) only. The words
     * of a question-frame phrase ("another term for") are evidence only ({@link Term#searched}).
     */
    public TranslatedQuery translate(String englishQuestion) {
        return translate(englishQuestion, false);
    }

    /**
     * @param keepArabic whether the question's words in Arabic script are kept as the Arabic path reads them
     *                   ({@link #keepArabic}), not dropped untranslated: an English follow-up carrying more Arabic
     *                   words of its lead than words of its own
     */
    public TranslatedQuery translate(String englishQuestion, boolean keepArabic) {
        List<QuestionWord> words = QuestionWord.read(englishQuestion);
        TranslationBuilder translation = new TranslationBuilder();
        int i = 0;
        while (i < words.size()) {
            int frameLength = stopwords.framePhraseLength(words, i);
            if (frameLength > 0) {
                translateFrame(words.subList(0, i + frameLength), i, translation);
                i += frameLength;
            } else if (keepArabic && arabicScript(words.get(i))) {
                keepArabic(words.get(i), translation);
                i++;
            } else {
                i += translateAt(words, i, translation);
            }
        }
        return translation.build();
    }

    /**
     * A question-frame phrase's words ({@link EnglishStopwords#framePhraseLength}) translated as any
     * others but kept as evidence only: searched, مصطلح or آخر pulled the search to another article;
     * dropped whole, a question asked of the wrong corpus lost the missing word that declined it
     * (docs/answers.md, "frame34").
     */
    private void translateFrame(List<QuestionWord> upToFrameEnd, int start, TranslationBuilder translation) {
        TranslationBuilder frame = new TranslationBuilder();
        int i = start;
        while (i < upToFrameEnd.size()) {
            i += translateAt(upToFrameEnd, i, frame);
        }
        translation.addAsEvidence(frame);
    }

    /** Translates the word or phrase starting at {@code i}; returns how many words it took. */
    private int translateAt(List<QuestionWord> words, int i, TranslationBuilder translation) {
        QuestionWord word = words.get(i);
        if (word.number()) {
            translation.add(new Term(word.key(), List.of(word.key()), Source.NUMBER, EXACT_WEIGHT));
            return 1;
        }
        int phraseLength = phrases.match(words, i, translation);
        if (phraseLength > 0) {
            return phraseLength;
        }
        Optional<Term> verb = verbSenses.at(words, i);
        if (verb.isPresent()) {
            translation.add(verb.get());
            return 1;
        }
        if (NameSpelling.startsArticleName(words, i)) {
            names.articleName(word, words.get(i + 1), translation);
            return 2;
        }
        if (!word.glued().isEmpty()) {
            translateGlued(word, translation);
        } else if (!stopwords.dropped(word)) {
            translateWord(word, translation);
        }
        return 1;
    }

    /**
     * A word with a number glued to it is a name ("Internet2"): its translations with the number glued
     * on, as an article writes it (إنترنت2). The bare word would find every article about the internet.
     */
    private void translateGlued(QuestionWord word, TranslationBuilder translation) {
        String english = word.key() + word.glued();
        TranslationBuilder bare = new TranslationBuilder();
        translateWord(word, bare);
        if (bare.terms().isEmpty()) {
            translation.untranslated(english);
        }
        for (Term term : bare.terms()) {
            translation.add(new Term(english, term.arabic().stream().map(a -> a + word.glued()).toList(),
                    term.source(), term.weight()));
        }
    }

    private void translateWord(QuestionWord word, TranslationBuilder translation) {
        String english = word.key();
        List<String> arabic = builtin.lookup(english);
        if (!arabic.isEmpty()) {
            if (!particlesOnly(word, arabic)) {
                translation.add(new Term(english, arabic, Source.BUILTIN, EXACT_WEIGHT));
            }
            return;
        }
        for (String base : EnglishInflection.baseForms(english)) {
            arabic = builtin.lookup(base);
            if (particlesOnly(word, arabic)) {
                return;
            }
            if (!arabic.isEmpty()) {
                translation.add(new Term(english, arabic, Source.BUILTIN, INFLECTED_WEIGHT));
                if (NameSpelling.verbFormAsName(word)) {
                    names.spelled(word).ifPresent(translation::add);
                }
                return;
            }
        }
        // Acronyms are neither dictionary words nor pronounceable names.
        if (word.allCaps() || !word.latin()) {
            translation.untranslated(english);
            return;
        }
        FreeDictSenses.Senses found = senses.of(english);
        List<String> dictionary = found.first();
        if (!dictionary.isEmpty()) {
            translation.add(new Term(english, dictionary, Source.FREEDICT, FREEDICT_WEIGHT, found.secondary(),
                    furtherSpellings(word, dictionary)));
        }
        // A capital inside a sentence marks a name even when FreeDict has a homonym ("Rose", "Bush").
        boolean nameLike = word.capitalised() && !word.sentenceStart();
        if (dictionary.isEmpty() || nameLike) {
            Optional<Term> spelled = names.spelled(word);
            spelled.ifPresent(translation::add);
            if (spelled.isEmpty() && dictionary.isEmpty()) {
                translation.untranslated(english);
            }
        }
    }

    private static boolean arabicScript(QuestionWord word) {
        return Character.UnicodeBlock.of(word.original().charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    /**
     * A word in Arabic script is already in the articles' language: an English follow-up carries the earlier
     * Arabic question's words so ("what did he call them? (اعتبر معارك حلب)"). Kept folded and in its Standard
     * form, as the Arabic path reads it, unless it is a function word; before, it was untranslated and dropped,
     * and the follow-up lost what it was about.
     */
    private static void keepArabic(QuestionWord word, TranslationBuilder translation) {
        String folded = ArabicDialectWords.inStandard(ArabicTextNormalizer.normalize(word.original()));
        if (!folded.isBlank() && !ArabicStopWords.contains(folded)) {
            translation.add(new Term(word.key(), List.of(folded), Source.BUILTIN, EXACT_WEIGHT));
        }
    }

    /**
     * Whether a word's built-in translations are all Arabic stop words ("ago" قبل|منذ): no article
     * analyses them to any word, so as a term the word kept only its English form and was weighed as
     * the unknown word that declines an answer whose sentence writes منذ 66 مليون سنة. Such a word is
     * a particle in Arabic too and is dropped as an English stop word is. Only the built-in lists say
     * so: FreeDict's one such translation is a homograph ("eat" كل, the imperative, folded to "all"),
     * and dropping it answered a question asked of the wrong corpus (docs/answers.md, "faen38"). A
     * capitalised word may be a name ("Ali" علي), which stays a term.
     */
    private static boolean particlesOnly(QuestionWord word, List<String> translations) {
        return !translations.isEmpty() && !word.capitalised()
                && translations.stream().map(ArabicTextNormalizer::words)
                        .allMatch(words -> !words.isEmpty() && words.stream().allMatch(ArabicStopWords::contains));
    }

    /**
     * A dictionary word's further spellings, which the caller takes only where the index holds none of its
     * translations ({@link Term#spellings}): its spellings as a loanword, and for a place's adjective
     * ("Californian", {@link EnglishInflection#placeOfAdjective}) the place's translations (كاليفورنيا). FreeDict
     * gives the adjective's nisba (كاليفورني), while an article says "Southern Californian" as جنوب كاليفورنيا,
     * and the word no chunk held declined the answer as a name the corpus never mentions (docs/answers.md, "en42").
     */
    private List<String> furtherSpellings(QuestionWord word, List<String> translations) {
        List<String> spellings = new ArrayList<>(loanwordSpellings(translations));
        if (word.capitalised()) {
            EnglishInflection.placeOfAdjective(word.key()).map(this::placeTranslations).ifPresent(spellings::addAll);
        }
        return spellings;
    }

    /** A place's built-in translations, or where the built-in lists lack it its FreeDict ones (none for "christia"). */
    private List<String> placeTranslations(String place) {
        List<String> known = builtin.lookup(place);
        return known.isEmpty() ? senses.of(place).first() : known;
    }

    /**
     * A dictionary word's other spellings as a loanword ({@link ArabicLoanwordSpellings}): FreeDict
     * writes الأوكسجين where the articles write الأكسجين, and the word the question is about went missing.
     */
    private static List<String> loanwordSpellings(List<String> translations) {
        return translations.stream().flatMap(a -> ArabicLoanwordSpellings.withFewerVowels(a).stream()).distinct().toList();
    }
}
