package io.isnad.answer.model;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Passes streamed text on as it arrives, except that a {@code [...]} is held back until it closes,
 * so a made-up marker can be removed before the user ever sees it.
 */
final class StreamingMarkerFilter {

    /** Longer than any real marker list; whatever opens with '[' and runs on is ordinary text. */
    private static final int MAX_MARKER_CHARS = 24;

    private final UnaryOperator<String> markerCleaner;
    private final Consumer<String> downstream;
    private final StringBuilder pending = new StringBuilder();

    StreamingMarkerFilter(UnaryOperator<String> markerCleaner, Consumer<String> downstream) {
        this.markerCleaner = markerCleaner;
        this.downstream = downstream;
    }

    void accept(String token) {
        StringBuilder ready = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (pending.isEmpty()) {
                // Spaces are held too: a dropped marker takes the space before it along.
                if (c == '[' || Character.isWhitespace(c)) {
                    pending.append(c);
                } else {
                    ready.append(c);
                }
                continue;
            }
            boolean inMarker = pending.indexOf("[") >= 0;
            pending.append(c);
            if (!inMarker) {
                if (c != '[' && !Character.isWhitespace(c)) {
                    release(ready);
                }
            } else if (c == ']') {
                ready.append(markerCleaner.apply(pending.toString()));
                pending.setLength(0);
            } else if (pending.length() > MAX_MARKER_CHARS || !isMarkerChar(c)) {
                release(ready);
            }
        }
        send(ready.toString());
    }

    private void release(StringBuilder ready) {
        ready.append(pending);
        pending.setLength(0);
    }

    /** Sends whatever is still held back, at the end of the stream. */
    void flush() {
        send(pending.toString());
        pending.setLength(0);
    }

    private void send(String text) {
        if (!text.isEmpty()) {
            downstream.accept(text);
        }
    }

    private static boolean isMarkerChar(char c) {
        return Character.isDigit(c) || c == ',' || c == '،' || c == ' ';
    }
}
