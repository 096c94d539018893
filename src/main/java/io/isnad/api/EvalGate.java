package io.isnad.api;

import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets one evaluation run at a time: each builds a temporary index and asks every question, so a
 * few at once would exhaust the memory and the cores the service answers with.
 */
@ApplicationScoped
public class EvalGate {

    private final Semaphore permit = new Semaphore(1);

    /** Takes the permit without waiting; false when another evaluation holds it. */
    public boolean tryEnter() {
        return permit.tryAcquire();
    }

    public void leave() {
        permit.release();
    }
}
