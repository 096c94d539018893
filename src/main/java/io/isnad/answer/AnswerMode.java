package io.isnad.answer;

/** Who writes the answer text; see {@link AnswerConfig#mode()}. */
public enum AnswerMode {
    EXTRACTIVE, LLM;

    /** The lower-case name used in configuration and responses. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
