package io.isnad.answer.model;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import dev.langchain4j.model.ModelDisabledException;

/** Short, stable codes for why a model's answer was not used ({@code Answer.fallbackReason}). */
public final class FallbackReason {

    public static final String DISABLED = "model_disabled";
    public static final String CIRCUIT_OPEN = "model_circuit_open";
    public static final String TIMEOUT = "model_timeout";
    public static final String ERROR = "model_error";
    public static final String MALFORMED = "model_malformed_output";
    public static final String NO_CITATIONS = "model_cited_nothing";

    private FallbackReason() {
    }

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
            // HTTP clients differ in their timeout exception types, but all name them so.
            if (t.getClass().getSimpleName().contains("Timeout")) {
                return TIMEOUT;
            }
        }
        return ERROR;
    }
}
