package io.isnad.ingest;

/** A half-open range {@code [start, end)} of a text. */
public record TextSpan(int start, int end) {

    /** {@code [start, end)} of {@code text} without the blanks (spaces, zero-width marks) at its ends. */
    public static TextSpan trimmed(CharSequence text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && SentenceSplitter.isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && SentenceSplitter.isBlank(text.charAt(e - 1))) {
            e--;
        }
        return new TextSpan(s, e);
    }
}
