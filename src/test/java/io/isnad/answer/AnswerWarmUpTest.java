package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.isnad.index.Corpus;
import io.isnad.index.LiveCorpus;
import io.isnad.index.Snapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The server's warm-up answers the packaged seed questions over the live articles and leaves no
 * trace: no kept answer, nothing counted or timed on {@code /q/metrics}, no feedback.
 */
@QuarkusTest
class AnswerWarmUpTest {

    @Inject
    AnswerWarmUp warmUp;

    @Inject
    AssistantService assistant;

    @Inject
    AnswerCache cache;

    @Inject
    LiveCorpus live;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "isnad.feedback.file")
    Path feedback;

    @Test
    void answersThePackagedQuestionsAndLeavesNoTrace() throws IOException {
        live.await();
        List<Question> questions = AnswerWarmUp.questions();
        double counted = answersCounted();
        long timed = answersTimed();
        List<Question> notKept = questions.stream().filter(q -> kept(q).isEmpty()).toList();
        long feedbackBytes = Files.exists(feedback) ? Files.size(feedback) : -1;

        // More than the file holds: the warm-up cycles through it.
        assertEquals(questions.size() + 3, warmUp.run(questions.size() + 3, 0));

        assertEquals(counted, answersCounted(), "warm-up answers are not counted as users' answers");
        assertEquals(timed, answersTimed(), "nor timed");
        assertEquals(feedbackBytes, Files.exists(feedback) ? Files.size(feedback) : -1, "nor written as feedback");
        assertFalse(notKept.isEmpty());
        assertTrue(notKept.stream().allMatch(q -> kept(q).isEmpty()), "nor kept in the answer cache");
    }

    @Test
    void thePackagedQuestionsAreBothLanguagesWithFollowUps() {
        List<Question> questions = AnswerWarmUp.questions();
        assertTrue(questions.size() >= 100, "our own seed questions are packaged: " + questions.size());
        assertTrue(questions.stream().anyMatch(q -> q.text().matches("[A-Za-z].*")), "English questions");
        assertTrue(questions.stream().anyMatch(q -> q.text().matches("\\p{IsArabic}.*")), "Arabic questions");
        assertTrue(questions.stream().anyMatch(q -> !q.history().isEmpty()), "follow-ups with their history");
        assertTrue(questions.stream().noneMatch(q -> q.text().isBlank()));
    }

    @Test
    void aNegativeCountIsRefusedWithItsKey() {
        AnswerConfig config = (AnswerConfig) Proxy.newProxyInstance(AnswerConfig.class.getClassLoader(),
                new Class<?>[] {AnswerConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "warmUpQuestions" -> -1;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new AnswerWarmUp(live, assistant, config));
        assertTrue(e.getMessage().contains("isnad.answer.warm-up-questions"), e.getMessage());
    }

    private double answersCounted() {
        return registry.find("isnad.answers").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private Optional<Answer> kept(Question q) {
        Corpus corpus = live.await();
        try (Snapshot snapshot = corpus.acquire()) {
            return cache.kept(corpus, snapshot, q);
        }
    }

    private long answersTimed() {
        return registry.find("isnad.answer.latency").timers().stream().mapToLong(Timer::count).sum();
    }
}
