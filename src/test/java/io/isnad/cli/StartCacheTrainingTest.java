package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.api.AskRequest;

/**
 * The questions of the launcher's training run for the start-up cache ({@code training_questions}
 * in {@code ./isnad}). The JVM records method profiles only for the code that run executes, so a
 * question lost on the way (to quoting, say) is a path the JIT compiles late after every start.
 */
class StartCacheTrainingTest {

    private static final Path SEEDS_OWN = Path.of("src/test/resources/eval/seeds-own.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everySeedQuestionIsSentAsAnAskBody() throws Exception {
        List<String> sent = launcher("training_questions");
        List<String> questions = nonBlank(Files.readAllLines(SEEDS_OWN, StandardCharsets.UTF_8)).stream()
                .map(line -> parse(line).path("question").asText()).toList();

        assertEquals(questions, sent.stream().map(line -> parse(line).path("question").asText()).toList());
        for (String question : questions) {
            assertTrue(!question.isBlank() && question.length() <= AskRequest.MAX_QUESTION_CHARS, question);
        }
        assertTrue(questions.stream().anyMatch(q -> q.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)),
                "Arabic questions");
        assertTrue(questions.stream().anyMatch(q -> q.chars().allMatch(c -> c < 0x0600)), "English questions");
    }

    /** Runs one of the launcher's functions, with the launcher sourced (which runs nothing else). */
    private List<String> launcher(String call) throws Exception {
        Path out = tmp.resolve("launcher.out");
        Process process = new ProcessBuilder("bash", "-c", "source ./isnad && " + call)
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), call);
        assertEquals(0, process.exitValue(), call);
        return nonBlank(Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
