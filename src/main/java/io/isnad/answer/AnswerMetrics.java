package io.isnad.answer;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts every answer given over the live articles by mode and outcome, and records its retrieval
 * and total latency, for {@code /q/metrics}. An interceptor on the {@link MeteredAnswer} methods,
 * so the assistant's code carries one annotation per entry point rather than metrics calls.
 */
@MeteredAnswer
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AnswerMetrics {

    static final String ANSWERED = "answered";
    static final String ABSTAINED = "abstained";
    static final String FALLBACK = "fallback";
    static final String NO_REASON = "none";

    /** Latency buckets from a sub-millisecond extractive answer to a slow model; fewer series than Micrometer's default. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;

    AnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @AroundInvoke
    Object record(InvocationContext call) throws Exception {
        Object result = call.proceed();
        if (result instanceof Answer answer) {
            record(answer);
        } else if (result instanceof Optional<?> kept && kept.orElse(null) instanceof Answer answer) {
            record(answer);
        }
        return result;
    }

    private void record(Answer answer) {
        String outcome = answer.fallback() ? FALLBACK : answer.abstained() ? ABSTAINED : ANSWERED;
        String reason = answer.fallbackReason() == null ? NO_REASON : answer.fallbackReason();
        Counter.builder("isnad.answers")
                .description("Answers given, by who wrote them (mode), outcome and fallback reason")
                .tag("mode", answer.mode()).tag("outcome", outcome).tag("reason", reason)
                .register(registry).increment();
        latency("isnad.retrieval.latency", "Time spent retrieving passages for a question", answer.mode())
                .record(millis(answer.timings().retrievalMs()));
        latency("isnad.answer.latency", "Time spent answering a question, retrieval included", answer.mode())
                .record(millis(answer.timings().totalMs()));
    }

    private Timer latency(String name, String description, String mode) {
        return Timer.builder(name).description(description).tag("mode", mode).serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private static Duration millis(double ms) {
        return Duration.ofNanos(Math.round(ms * 1_000_000));
    }
}
