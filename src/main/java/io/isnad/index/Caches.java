package io.isnad.index;

import com.github.benmanes.caffeine.cache.Caffeine;

/** How the service's in-memory caches are built: one home for what every one of them shares. */
public final class Caches {

    private Caches() {
    }

    /**
     * A Caffeine builder whose upkeep (evicting, draining its read and write buffers) runs on the
     * thread that used the cache instead of as a task on the common fork-join pool: a question
     * makes hundreds of lookups, and handing their upkeep to a pool thread that must wake on a
     * shared core costs more than the few microseconds of work; and a bound (size, idle age)
     * holds as soon as a call returns, which the chat's conversation limits rely on.
     */
    public static Caffeine<Object, Object> builder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
