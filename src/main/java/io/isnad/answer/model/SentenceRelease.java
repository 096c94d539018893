package io.isnad.answer.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import io.isnad.answer.AnswerSentences;

/**
 * Releases a streamed model answer sentence by sentence, each only once it is complete and the
 * checker has found it supported by the passages it cites: the user never sees a sentence, or a
 * marker, that the final answer would not contain.
 */
final class SentenceRelease {

    private final Function<String, Optional<String>> check;
    private final Consumer<String> downstream;
    private final StringBuilder pending = new StringBuilder();
    private boolean first = true;

    /** @param check the sentence as it may be shown, or empty when it must not be */
    SentenceRelease(Function<String, Optional<String>> check, Consumer<String> downstream) {
        this.check = check;
        this.downstream = downstream;
    }

    void accept(String token) {
        pending.append(token);
        List<String> sentences = AnswerSentences.split(pending.toString());
        if (sentences.size() < 2) {
            return;
        }
        // The last one may still grow (more words, or the markers after its full stop).
        String last = sentences.get(sentences.size() - 1);
        sentences.subList(0, sentences.size() - 1).forEach(this::release);
        String rest = pending.substring(pending.lastIndexOf(last));
        pending.setLength(0);
        pending.append(rest);
    }

    /** Releases the last sentence, at the end of the stream. */
    void flush() {
        AnswerSentences.split(pending.toString()).forEach(this::release);
        pending.setLength(0);
    }

    private void release(String sentence) {
        check.apply(sentence).ifPresent(shown -> {
            downstream.accept(first ? shown : " " + shown);
            first = false;
        });
    }
}
