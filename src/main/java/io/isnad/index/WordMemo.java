package io.isnad.index;

import java.util.Set;
import java.util.function.Function;

/**
 * Per word of one sentence's {@link SentenceTokens#words}, a set of strings computed from the word
 * alone, kept on first use: the root skeletons a question's terms compare with an article's words
 * are asked again of the same words by every question that reads the article, and each ask was a
 * look-up in a shared cache (docs/performance.md, "perf36"). The function is the caller's: this
 * class knows nothing of what it computes, only that it is the same function each time for one memo.
 * Two threads filling one word compute the same immutable set, and either may be kept.
 */
public final class WordMemo {

    private final String[] forms;
    /** Filled on first use; a slot read before it is filled is computed again, never wrong. */
    private Object[] values;

    WordMemo(String[] forms) {
        this.forms = forms;
    }

    /**
     * {@code of} applied to the word at {@code index}, computed on the first ask. {@code of} must
     * return an immutable set and be a function of the word alone, the same on every call.
     */
    @SuppressWarnings("unchecked")
    public Set<String> get(int index, Function<String, Set<String>> of) {
        Object[] held = values;
        if (held == null) {
            held = new Object[forms.length];
            values = held;
        }
        Object value = held[index];
        if (value == null) {
            value = of.apply(forms[index]);
            held[index] = value;
        }
        return (Set<String>) value;
    }
}
