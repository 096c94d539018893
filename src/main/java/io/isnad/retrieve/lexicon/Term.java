package io.isnad.retrieve.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One English query word or phrase and the Arabic search terms it maps to.
 *
 * @param english the English word or phrase as it appeared in the question, lower-cased
 * @param arabic  Arabic alternatives, most likely first; never empty. A {@link Source#NUMBER} term
 *                holds Western digits instead.
 * @param source  where the alternatives came from
 * @param weight  how much the caller should trust the alternatives, in (0, 1]
 * @param secondary other senses, less sure than {@code arabic}: a dictionary's translations of the
 *                  word's base form where the dictionary also knows the word as written
 *                  ("criticized" is منتقد, "criticize" انتقد); the caller searches them at a lower
 *                  weight and does not take them as evidence
 * @param spellings more spellings of a transliterated name, or of a dictionary word shaped like a
 *                  loanword, less likely than {@code arabic}; the caller takes those the index holds as
 *                  further alternatives (a dictionary word's only where the index holds none of
 *                  {@code arabic}), the rest not at all
 * @param searched  whether the caller searches the term; a word of a question-frame phrase ("another
 *                  term for") is only evidence, judged in sentences but not searched
 */
public record Term(String english, List<String> arabic, Source source, double weight, List<String> secondary,
        List<String> spellings, boolean searched) {

    /** A term with no secondary senses and no further spellings. */
    public Term(String english, List<String> arabic, Source source, double weight) {
        this(english, arabic, source, weight, List.of(), List.of(), true);
    }

    /** A term with no further spellings. */
    public Term(String english, List<String> arabic, Source source, double weight, List<String> secondary) {
        this(english, arabic, source, weight, secondary, List.of(), true);
    }

    /** A searched term with further spellings. */
    public Term(String english, List<String> arabic, Source source, double weight, List<String> secondary,
            List<String> spellings) {
        this(english, arabic, source, weight, secondary, spellings, true);
    }

    /** This term as evidence only, not searched. */
    public Term evidenceOnly() {
        return new Term(english, arabic, source, weight, secondary, spellings, false);
    }

    public Term {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(source, "source");
        arabic = List.copyOf(arabic);
        secondary = List.copyOf(secondary);
        spellings = List.copyOf(spellings);
        if (arabic.isEmpty()) {
            throw new IllegalArgumentException("a term needs at least one Arabic alternative: " + english);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
        }
    }
}
