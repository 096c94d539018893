package io.isnad.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.isnad.index.Corpus;
import io.isnad.index.LiveCorpus;

/**
 * Answers a bounded set of questions over the live articles once they are ready, on a thread of
 * its own at the lowest CPU priority, so the JIT compiles the search and answer path before the
 * first users' questions rather than during them (docs/performance.md, "Sixth round"). It leaves
 * no trace: it calls the unmetered, uncached {@link AssistantService#ask(Corpus, Question)}, so no
 * answer is kept, counted on {@code /q/metrics} or written as feedback. Only a server starts it
 * ({@code cli.IsnadMain}): a command answers its one question and exits.
 */
@ApplicationScoped
public class AnswerWarmUp {

    /** Our own seed questions (both languages, every question type, follow-ups), packaged by the build. */
    static final String QUESTIONS = "/warm-up/seeds-own.jsonl";

    private static final Logger LOG = Logger.getLogger(AnswerWarmUp.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /**
     * Where the thread's priority cannot be lowered, the warm-up pauses after each question as
     * long as the question took, so it holds at most half of one core.
     */
    private static final int PAUSE_FACTOR = 1;

    private final LiveCorpus live;
    private final AssistantService assistant;
    private final int count;

    AnswerWarmUp(LiveCorpus live, AssistantService assistant, AnswerConfig config) {
        if (config.warmUpQuestions() < 0) {
            throw new IllegalStateException(
                    "isnad.answer.warm-up-questions must be 0 or more, got " + config.warmUpQuestions());
        }
        this.live = live;
        this.assistant = assistant;
        this.count = config.warmUpQuestions();
    }

    /** Schedules the warm-up for when the articles are ready; does nothing when it is turned off. */
    public void afterReady() {
        if (count > 0) {
            live.whenReady(() -> {
                long started = System.nanoTime();
                int answered = run(count, lowestPriority() ? 0 : PAUSE_FACTOR);
                LOG.infof("Warmed up the answer path with %d questions in %d ms", answered,
                        (System.nanoTime() - started) / 1_000_000);
            });
        }
    }

    /**
     * Answers the first {@code limit} packaged questions (cycling through them when more are asked
     * for) over the live articles, pausing {@code pause} times as long as each took, and returns
     * how many were answered; stops at the first failure, which only costs the warm-up.
     */
    int run(int limit, int pause) {
        Optional<Corpus> corpus = live.now();
        List<Question> questions = questions();
        if (corpus.isEmpty() || questions.isEmpty()) {
            return 0;
        }
        int answered = 0;
        try {
            for (; answered < limit; answered++) {
                long started = System.nanoTime();
                assistant.ask(corpus.get(), questions.get(answered % questions.size()));
                Thread.sleep(Duration.ofNanos(pause * (System.nanoTime() - started)));
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "The warm-up stopped after %d questions", answered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answered;
    }

    /** The packaged questions as a surface would hand them over (history included), in file order. */
    static List<Question> questions() {
        try (InputStream in = AnswerWarmUp.class.getResourceAsStream(QUESTIONS)) {
            if (in == null) {
                return List.of();
            }
            List<Question> questions = new ArrayList<>();
            try (var rows = JSON.readerFor(JsonNode.class).<JsonNode>readValues(in)) {
                while (rows.hasNext()) {
                    JsonNode row = rows.next();
                    List<String> history = new ArrayList<>();
                    row.path("history").forEach(turn -> history.add(turn.asText()));
                    questions.add(new Question(row.path("question").asText().strip(), history, 5));
                }
            }
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the warm-up questions failed", e);
        }
    }

    /**
     * Sets the calling thread's nice value to 19 with {@code renice} (Linux keeps one per thread,
     * and {@code /proc/thread-self} names it), so the warm-up takes only CPU that nothing else
     * wants; the compiling it sets off runs on the JIT's own threads. Java's thread priorities are
     * ignored on Linux, and its native-call API is not final in Java 21. False where this fails.
     */
    private static boolean lowestPriority() {
        try {
            String thread = Path.of("/proc/thread-self").toRealPath().getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", "19", "-p", thread)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor() == 0;
        } catch (IOException e) {
            LOG.debugf(e, "Could not lower the warm-up's priority; it pauses between questions instead");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
