package io.isnad.retrieve.lexicon;

import java.util.List;

/** Finds the built-in phrases of a question ("air strikes", "foreign minister"), longest first. */
final class PhraseLookup {

    private final Lexicon builtin;

    PhraseLookup(Lexicon builtin) {
        this.builtin = builtin;
    }

    /** Tries the longest phrase starting at {@code start}; returns how many words it took, 0 for none. */
    int match(List<QuestionWord> words, int start, TranslationBuilder translation) {
        // Only the last word of a phrase inflects, so a first word that starts no phrase ends the search.
        if (!builtin.startsPhrase(words.get(start).key())) {
            return 0;
        }
        int longest = Math.min(builtin.maxPhraseWords(), words.size() - start);
        for (int length = longest; length >= 2; length--) {
            List<QuestionWord> window = words.subList(start, start + length);
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
                translation.add(new Term(english, arabic, Source.PHRASE, QueryTranslator.EXACT_WEIGHT));
                return length;
            }
        }
        return 0;
    }
}
