package io.isnad.slack.reply;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;

/**
 * Answers posted to Slack, by the id their buttons carry. A button's value holds at most 2,000
 * characters, too few for an answer with its sources, so the button carries an id and the answer
 * stays here for a day (bounded in number too); a click on an older answer is told to ask again.
 */
@ApplicationScoped
public class RecentAnswers {

    static final Duration KEPT_FOR = Duration.ofDays(1);
    static final int MAX_KEPT = 10_000;

    private final Cache<String, AnsweredQuestion> answers = Caches.builder().maximumSize(MAX_KEPT)
            .expireAfterWrite(KEPT_FOR).build();

    /** Keeps the answer and returns the id for its buttons. */
    String remember(AnsweredQuestion answered) {
        String id = UUID.randomUUID().toString();
        answers.put(id, answered);
        return id;
    }

    public Optional<AnsweredQuestion> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(answers.getIfPresent(id));
    }
}
