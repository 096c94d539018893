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
 */
public record Term(String english, List<String> arabic, Source source, double weight) {

    /**
     * The share of its weight a FreeDict translation keeps where no article holds it: mostly
     * FreeDict's one sense or another derivation of an ordinary word ("score" as النتيجة, "successful"
     * as ناجح), which the articles say otherwise, so its absence says little about the question. At
     * half, it weighs as a transliteration guess (docs/answers.md, "Seventeenth round: an absent
     * FreeDict word weighed less").
     */
    static final double UNHELD_DICTIONARY_SHARE = 0.5;

    public Term {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(source, "source");
        arabic = List.copyOf(arabic);
        if (arabic.isEmpty()) {
            throw new IllegalArgumentException("a term needs at least one Arabic alternative: " + english);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
        }
    }

    /**
     * This term where no article of the corpus holds any of its forms: a FreeDict translation weighs
     * {@link #UNHELD_DICTIONARY_SHARE} of its weight; every other source keeps it (a name the
     * articles lack is what the question asks about, and the built-in lists were written for news).
     */
    public Term unheld() {
        return source == Source.FREEDICT ? new Term(english, arabic, source, weight * UNHELD_DICTIONARY_SHARE) : this;
    }
}
