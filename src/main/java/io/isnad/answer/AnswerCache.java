package io.isnad.answer;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.Snapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The answers given over the live articles, reused for the same question (text, history, passage
 * count) on the same version of the index. A newsroom asks the same few questions of the day many
 * times, from the web page, Slack and scripts; every answer is a function of the question and the
 * index version, so a re-index makes every earlier entry unreachable, and they age out. Only
 * extractive answers are kept: a model's answer may differ from one ask to the next, and a failed
 * model must be tried again.
 */
@ApplicationScoped
public class AnswerCache {

    private record Key(Object corpus, long version, String question, List<String> history, int topK) {
    }

    private final Cache<Key, Answer> answers;
    private final boolean enabled;

    AnswerCache(AnswerConfig config, MeterRegistry registry) {
        if (config.cacheSize() < 0) {
            // Built at start-up (AssistantService), so a bad value stops the service with its key.
            throw new IllegalStateException("isnad.answer.cache-size must be 0 or more, got " + config.cacheSize());
        }
        this.enabled = config.mode() == AnswerMode.EXTRACTIVE && config.cacheSize() > 0;
        this.answers = Caches.builder().maximumSize(config.cacheSize()).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, answers, "isnad.answers");
    }

    /** Whether answers are kept at all: not when the size is 0 or a model writes them. */
    boolean enabled() {
        return enabled;
    }

    /**
     * The answer to {@code question} over {@code snapshot} of {@code corpus}: a kept one, marked
     * cached, with this request's time, or a new one from {@code compute}.
     */
    Answer get(Object corpus, Snapshot snapshot, Question question, Supplier<Answer> compute) {
        Optional<Key> key = key(corpus, snapshot, question);
        if (key.isEmpty()) {
            return compute.get();
        }
        return kept(key.get(), System.nanoTime()).orElseGet(() -> {
            Answer answer = compute.get();
            answers.put(key.get(), answer);
            return answer;
        });
    }

    /** The kept answer to {@code question} over {@code snapshot}, if there is one; never computes. */
    Optional<Answer> kept(Object corpus, Snapshot snapshot, Question question) {
        long started = System.nanoTime();
        return key(corpus, snapshot, question).flatMap(key -> kept(key, started));
    }

    private Optional<Answer> kept(Key key, long started) {
        return Optional.ofNullable(answers.getIfPresent(key)).map(answer -> answer.withTimings(
                new Timings(0, Math.round((System.nanoTime() - started) / 1e4) / 100.0, true)));
    }

    private Optional<Key> key(Object corpus, Snapshot snapshot, Question question) {
        OptionalLong version = snapshot.version();
        if (!enabled || version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Key(corpus, version.getAsLong(), question.text(), question.history(), question.topK()));
    }
}
