package io.isnad.answer.model;

import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import dev.langchain4j.model.ModelDisabledException;
import io.isnad.answer.abstain.Decline;

/** Short, stable codes for why a model's answer was not used ({@code Answer.fallbackReason}). */
public final class FallbackReason {

    public static final String DISABLED = "model_disabled";
    public static final String CIRCUIT_OPEN = "model_circuit_open";
    public static final String TIMEOUT = "model_timeout";
    public static final String ERROR = "model_error";
    public static final String MALFORMED = "model_malformed_output";
    public static final String NO_CITATIONS = "model_cited_nothing";
    /** The model cited passages, but none of its sentences is supported by the passage it cites. */
    public static final String UNSUPPORTED = "model_unsupported";
    /**
     * The model answered a follow-up that names nothing new from another story than the one the user was
     * shown, which the extractive answerer declines too (FollowUpDeclines.leavesTheStory).
     */
    public static final String LEFT_THE_STORY = "model_left_the_story";
    /**
     * The model answered a follow-up to a shown answer from sentences holding none of the words the user typed
     * anew, one of them a noun, which the extractive answerer declines too (FollowUpDeclines.missesOwnNoun).
     */
    public static final String MISSES_OWN_NOUN = "model_misses_own_noun";
    /** The prefix of {@link #declined}'s codes. */
    private static final String DECLINED = "model_declined_";
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private FallbackReason() {
    }

    /**
     * The code of a model answer turned down by a check that declines the extractive answer too ({@link
     * Decline.Reach}): {@value #DECLINED} and the check's key in snake case ({@code model_declined_absent_person},
     * {@code model_declined_no_time}).
     */
    public static String declined(Decline decline) {
        return DECLINED + WORD_START.matcher(decline.key()).replaceAll("_").toLowerCase(Locale.ROOT);
    }

    /**
     * The reason and the failure's message on one line, for the WARN that every fallback logs: a
     * model server's error body can span lines, and a stack trace would say nothing more.
     */
    public static String summary(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return of(failure) + ": " + message.strip().replaceAll("\\s+", " ");
    }

    /** Classified by exception type, walking the causes: clients wrap what they catch. */
    public static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ModelDisabledException) {
                return DISABLED;
            }
            if (t instanceof CircuitBreakerOpenException) {
                return CIRCUIT_OPEN;
            }
            if (t instanceof MalformedModelOutputException) {
                return MALFORMED;
            }
            // LangChain4j's own, the JDK HTTP client's, socket reads (InterruptedIOException covers
            // SocketTimeoutException) and Fault Tolerance's @Timeout.
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof InterruptedIOException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
                return TIMEOUT;
            }
        }
        return ERROR;
    }
}
