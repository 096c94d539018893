package io.isnad.retrieve.lexicon;

/** Where the Arabic of a {@link Term} came from; the caller may trust some sources more than others. */
public enum Source {
    /** A multi-word entry of the built-in lexicon, matched as a whole. */
    PHRASE,
    /** A single-word entry of the built-in lexicon, possibly after undoing an English inflection. */
    BUILTIN,
    /** The FreeDict English-Arabic dictionary, used only for words the built-in lists lack. */
    FREEDICT,
    /** A rule-based guess at how a name is spelled in Arabic script; match it fuzzily. */
    TRANSLITERATION,
    /** A number written in digits, passed through unchanged. */
    NUMBER
}
