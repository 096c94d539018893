package io.isnad.retrieve.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spells the names of an English question as Arabic writes them: a romanised name with its article
 * ("al-Assad"), a capitalised word, and a lower-case word no list knows, read as a guess.
 */
final class NameSpelling {

    /** Romanised Arabic article; only "al" and "el" stand alone, the assimilated forms need a hyphen. */
    private static final Set<String> ARTICLES = Set.of("al", "el");
    private static final Set<String> HYPHENATED_ARTICLES =
            Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et");

    private final Lexicon builtin;
    private final NameTransliterator transliterator = new NameTransliterator();

    NameSpelling(Lexicon builtin) {
        this.builtin = builtin;
    }

    /** Whether the word at {@code i} is a romanised article and the word after it its name. */
    static boolean startsArticleName(List<QuestionWord> words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        QuestionWord article = words.get(i);
        QuestionWord name = words.get(i + 1);
        if (name.number()) {
            return false;
        }
        boolean hyphenated = article.group() == name.group();
        return hyphenated ? HYPHENATED_ARTICLES.contains(article.key()) : ARTICLES.contains(article.key());
    }

    /** "al-Assad": the lexicon may know the bare name; otherwise transliterate it with and without ال. */
    void articleName(QuestionWord article, QuestionWord name, TranslationBuilder translation) {
        String english = article.key() + "-" + name.key();
        List<String> arabic = builtin.lookup(name.key());
        if (!arabic.isEmpty()) {
            translation.add(new Term(english, arabic, Source.BUILTIN, QueryTranslator.EXACT_WEIGHT));
            return;
        }
        List<String> spelled = transliterator.transliterate(article.original() + "-" + name.original());
        if (spelled.isEmpty()) {
            translation.untranslated(english);
        } else {
            translation.add(new Term(english, spelled, Source.TRANSLITERATION, QueryTranslator.NAME_WEIGHT));
        }
    }

    /**
     * A capitalised word inside a sentence that reads as a verb form of a built-in word is most likely
     * a name ("Peyton Manning" is no "man", "Reading" is a town): it is spelled as a name too. Only
     * "-ing" and "-ed": a capitalised plural is mostly a people ("Kurds", "Syrians") the lists know.
     */
    static boolean verbFormAsName(QuestionWord word) {
        return word.capitalised() && !word.sentenceStart() && !word.allCaps()
                && (word.key().endsWith("ing") || word.key().endsWith("ed"))
                && word.latin();
    }

    /**
     * {@code word} spelled as Arabic writes it, empty when it cannot be: a capitalised word as a name,
     * with further spellings; a lower-case one as a guess, which is mostly an English word no list has,
     * so more spellings of it would only find more words it is not.
     */
    Optional<Term> spelled(QuestionWord word) {
        List<String> spelled = transliterator.transliterate(word.original());
        if (spelled.isEmpty()) {
            return Optional.empty();
        }
        boolean name = word.capitalised();
        return Optional.of(new Term(word.key(), spelled, Source.TRANSLITERATION,
                name ? QueryTranslator.NAME_WEIGHT : QueryTranslator.GUESS_WEIGHT, List.of(),
                name ? transliterator.moreSpellings(word.original(), spelled) : List.of()));
    }
}
