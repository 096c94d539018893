package io.isnad.answer.followup;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.isnad.answer.Answer;
import io.isnad.answer.AnswerSentences;
import io.isnad.answer.Citation;

/**
 * The answer the user was shown to the latest earlier question of a conversation, as the conversation keeps it.
 * In llm mode the model wrote it, so answering the earlier question again ({@link PreviousAnswer}) only guesses
 * at what the user read; a follow-up's prompt shows the model this one.
 *
 * @param text the answer as shown, with its {@code [n]} markers
 * @param citations the sentences it quoted, at their offsets in the articles
 */
public record EarlierAnswer(String text, List<Citation> citations) {

    /** A marker with the space before it: the sentence's full stop closes up to the word again. */
    private static final Pattern SPACED_MARKER = Pattern.compile("\\s*" + AnswerSentences.MARKER.pattern());

    public EarlierAnswer {
        citations = List.copyOf(citations);
    }

    /** What a conversation keeps of an answer: nothing of a declined one, which gave the user nothing to follow. */
    public static Optional<EarlierAnswer> of(Answer answer) {
        return answer.abstained() || answer.citations().isEmpty() ? Optional.empty()
                : Optional.of(new EarlierAnswer(answer.answer(), answer.citations()));
    }

    /** The text without its markers, which number the earlier turn's passages, not those of a later one. */
    public String unmarked() {
        return SPACED_MARKER.matcher(text).replaceAll("").strip();
    }
}
