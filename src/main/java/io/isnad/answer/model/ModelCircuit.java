package io.isnad.answer.model;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;

/**
 * The one circuit breaker in front of the model, for plain and streamed calls alike: a model that
 * keeps failing is not called at all for a while, whichever path asks, so a dead model does not
 * add its timeout to every request. A bean of its own because Fault Tolerance guards calls that
 * come through the container, and one method means one breaker.
 */
@ApplicationScoped
class ModelCircuit {

    /** Runs {@code call} on the calling thread, unless the circuit is open. */
    @AsynchronousNonBlocking
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    CompletionStage<String> call(Supplier<CompletionStage<String>> call) {
        return call.get();
    }
}
