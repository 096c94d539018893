package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The answer cache reuses an answer only for the same question, history and passage count on the
 * same version of a real embedded index, and never in model mode or when switched off.
 */
class AnswerCacheTest {

    private static final Question QUESTION = Question.of("متى وصل الوفد إلى طوكيو؟", 5);

    @TempDir
    Path tmp;

    private Path articles;
    private final AtomicInteger computed = new AtomicInteger();

    @BeforeEach
    void articles() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "خبر الوفد\nوصل الوفد إلى طوكيو يوم الخميس.");
    }

    @Test
    void theSameQuestionOnTheSameVersionIsAnsweredOnce() throws IOException {
        AnswerCache cache = cache(AnswerMode.EXTRACTIVE, 10);
        try (Corpus corpus = corpus()) {
            Answer first = ask(cache, corpus, QUESTION);
            Answer again = ask(cache, corpus, QUESTION);
            assertEquals(1, computed.get());
            assertFalse(first.timings().cached());
            assertTrue(again.timings().cached());
            assertEquals(0, again.timings().retrievalMs());
            assertEquals(first.answer(), again.answer());
        }
    }

    @Test
    void anotherHistoryOrPassageCountIsAnotherQuestion() throws IOException {
        AnswerCache cache = cache(AnswerMode.EXTRACTIVE, 10);
        try (Corpus corpus = corpus()) {
            ask(cache, corpus, QUESTION);
            ask(cache, corpus, new Question(QUESTION.text(), List.of("من وصل إلى طوكيو؟"), 5));
            ask(cache, corpus, Question.of(QUESTION.text(), 3));
            assertEquals(3, computed.get());
        }
    }

    @Test
    void aChangedArticleIsAnsweredAnew() throws IOException {
        AnswerCache cache = cache(AnswerMode.EXTRACTIVE, 10);
        try (Corpus corpus = corpus()) {
            ask(cache, corpus, QUESTION);
            Files.writeString(articles.resolve("a.txt"), "خبر الوفد\nوصل الوفد إلى طوكيو يوم الجمعة.");
            corpus.refresh();
            Answer after = ask(cache, corpus, QUESTION);
            assertEquals(2, computed.get());
            assertFalse(after.timings().cached());
            ask(cache, corpus, QUESTION);
            assertEquals(2, computed.get(), "an unchanged index keeps the new answer");
        }
    }

    @Test
    void modelAnswersAndASwitchedOffCacheAreNeverReused() throws IOException {
        try (Corpus corpus = corpus()) {
            AnswerCache model = cache(AnswerMode.LLM, 10);
            ask(model, corpus, QUESTION);
            ask(model, corpus, QUESTION);
            AnswerCache off = cache(AnswerMode.EXTRACTIVE, 0);
            ask(off, corpus, QUESTION);
            ask(off, corpus, QUESTION);
            assertEquals(4, computed.get());
        }
    }

    private Corpus corpus() throws IOException {
        Corpus corpus = Corpus.open(articles, tmp.resolve("index"), new ArticleLoader(100_000, new ChunkingSettings(3, 1)));
        corpus.refresh();
        return corpus;
    }

    /** Asks through the cache; the computed answer carries the question text and the count of computations. */
    private Answer ask(AnswerCache cache, Corpus corpus, Question q) {
        try (Snapshot snapshot = corpus.acquire()) {
            return cache.get(corpus, snapshot, q, () -> new Answer(q.text(), "answer " + computed.incrementAndGet(),
                    false, "ar", "ar", List.of(), List.of(), new Timings(1, 2), "extractive", false, null, List.of(),
                    null, "date", null));
        }
    }

    /** The two settings the cache reads; every other key of the answer stage is irrelevant to it. */
    private static AnswerCache cache(AnswerMode mode, int size) {
        AnswerConfig config = (AnswerConfig) Proxy.newProxyInstance(AnswerConfig.class.getClassLoader(),
                new Class<?>[] {AnswerConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "mode" -> mode;
                    case "cacheSize" -> size;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new AnswerCache(config, new SimpleMeterRegistry());
    }
}
