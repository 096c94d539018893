package io.isnad.retrieve.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A word's sense as a verb, read where the question's syntax makes it one. The lists and FreeDict give a word
 * that is also a noun or an adjective the noun's or the adjective's sense: "last" is آخر, but "How long did the
 * fighting last?" asks استمر, and آخر pulled a sentence saying "هذا الأخير"; "lie" is الأكذوبة, but "Where does
 * the village lie?" asks يقع. English puts the bare verb after a do-support or modal auxiliary and its subject,
 * and after an infinitive's "to", with the question's end or a function word after it; there the word reads as
 * its verb ({@code lexicon/senses/en-ar-verbs.tsv}).
 */
final class VerbSenses {

    /** Not one of {@link Lexicon#BUILTIN_RESOURCES}: its senses must not reach a word standing elsewhere. */
    static final String RESOURCE = "senses/en-ar-verbs.tsv";

    /** The auxiliaries after which, and their subject, the verb stands bare (not "is", "has": a participle follows). */
    private static final Set<String> BARE_VERB_AUXILIARIES = Set.of("do", "does", "did", "will", "would", "can",
            "could", "should", "shall", "may", "might", "must");
    /** The function words a subject may hold inside it: "did the fighting", "does the west side of the city". */
    private static final Set<String> SUBJECT_FUNCTION_WORDS = Set.of("the", "a", "an", "of");

    private final Lexicon verbs;
    private final EnglishStopwords stopwords;

    VerbSenses(Lexicon verbs, EnglishStopwords stopwords) {
        this.verbs = verbs;
        this.stopwords = stopwords;
    }

    /** The word at {@code i} as a verb, or empty where it is not one of the listed words or stands elsewhere. */
    Optional<Term> at(List<QuestionWord> words, int i) {
        QuestionWord word = words.get(i);
        List<String> senses = verbs.lookup(word.key());
        // A capital inside the sentence is a name's ("State Route 168", "Mark").
        boolean name = word.capitalised() && !word.sentenceStart();
        if (senses.isEmpty() || name || !beforeEndOrFunctionWord(words, i) || !afterAuxiliaryOrTo(words, i)) {
            return Optional.empty();
        }
        return Optional.of(new Term(word.key(), senses, Source.BUILTIN, QueryTranslator.EXACT_WEIGHT));
    }

    private boolean beforeEndOrFunctionWord(List<QuestionWord> words, int i) {
        return i + 1 == words.size() || stopwords.dropped(words.get(i + 1));
    }

    /**
     * "to" right before the word, or an auxiliary before a subject of content words and {@link
     * #SUBJECT_FUNCTION_WORDS} that ends on a content word ("can … be found" is a participle, not a bare verb).
     */
    private boolean afterAuxiliaryOrTo(List<QuestionWord> words, int i) {
        if (i == 0) {
            return false;
        }
        if (words.get(i - 1).key().equals("to")) {
            return true;
        }
        if (stopwords.dropped(words.get(i - 1))) {
            return false;
        }
        for (int j = i - 2; j >= 0; j--) {
            QuestionWord word = words.get(j);
            if (BARE_VERB_AUXILIARIES.contains(word.key())) {
                return true;
            }
            if (stopwords.dropped(word) && !SUBJECT_FUNCTION_WORDS.contains(word.key())) {
                return false;
            }
        }
        return false;
    }
}
