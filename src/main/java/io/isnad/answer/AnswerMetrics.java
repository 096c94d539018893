package io.isnad.answer;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The meters of one kind of answer: its counter and its two timers. */
    private record Meters(Counter answers, Timer retrieval, Timer total) {
    }

    /** The tags that tell answers' meters apart. */
    private record Kind(String mode, String outcome, String reason) {

        // Written out: a record's own equals and hashCode go through method handles, which cost as
        // much as the look-up they serve until the optimising compiler takes them (the launcher
        // makes it wait for 50,000 calls).
        @Override
        public boolean equals(Object other) {
            return other instanceof Kind k && mode.equals(k.mode) && outcome.equals(k.outcome)
                    && reason.equals(k.reason);
        }

        @Override
        public int hashCode() {
            return (mode.hashCode() * 31 + outcome.hashCode()) * 31 + reason.hashCode();
        }
    }

    private final MeterRegistry registry;
    /**
     * The meters by kind of answer, registered on the kind's first answer: building and looking up
     * a counter and two timers (their tags sorted, their identities hashed, the timers' buckets
     * checked) on every answer was a twenty-fifth of an uncached answer's CPU on the seeds
     * (docs/performance.md, "Eleventh round"). A handful of kinds: two modes, three outcomes, the
     * model's few fallback reasons.
     */
    private final Map<Kind, Meters> meters = new ConcurrentHashMap<>();

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
        Meters m = meters.computeIfAbsent(new Kind(answer.mode(), outcome, reason), this::register);
        m.answers().increment();
        m.retrieval().record(millis(answer.timings().retrievalMs()));
        m.total().record(millis(answer.timings().totalMs()));
    }

    private Meters register(Kind kind) {
        return new Meters(Counter.builder("isnad.answers")
                .description("Answers given, by who wrote them (mode), outcome and fallback reason")
                .tag("mode", kind.mode()).tag("outcome", kind.outcome()).tag("reason", kind.reason())
                .register(registry),
                latency("isnad.retrieval.latency", "Time spent retrieving passages for a question", kind.mode()),
                latency("isnad.answer.latency", "Time spent answering a question, retrieval included", kind.mode()));
    }

    private Timer latency(String name, String description, String mode) {
        return Timer.builder(name).description(description).tag("mode", mode).serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private static Duration millis(double ms) {
        return Duration.ofNanos(Math.round(ms * 1_000_000));
    }
}
