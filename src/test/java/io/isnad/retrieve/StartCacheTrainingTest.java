package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.index.Corpus;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The launcher's training run for the start-up cache ({@code training_articles} and
 * {@code training_questions} in {@code ./isnad}). The JVM records method profiles only for the
 * code that run executes, and the JIT compiles the rest late in a new start: the run must reach
 * the code a large archive takes, and ask every question of its sets.
 */
class StartCacheTrainingTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void trainingArticlesSendMostArabicQuestionsToTheSecondStage() throws Exception {
        Path articles = tmp.resolve("articles");
        launcher("training_articles '" + articles + "'");
        List<String> arabic = questions().stream().filter(q -> "ar".equals(q.path("lang").asText()))
                .map(q -> q.path("question").asText()).toList();

        double share = shareWithCommonGrams(articles, tmp.resolve("index"), arabic);
        assertTrue(share > 0.5, "share of Arabic training questions with a common gram: " + share);

        // The seed articles alone, what the cache was trained on before, never reach that stage.
        assertEquals(0.0, shareWithCommonGrams(Path.of("seeds"), tmp.resolve("seeds-index"), arabic));
    }

    @Test
    void trainingQuestionsAreEveryQuestionOfTheirSetsAsAskBodies() throws Exception {
        List<JsonNode> questions = questions();

        long expected = lines(EVAL.resolve("seeds-own.jsonl")).size()
                + lines(EVAL.resolve("arcd-train/questions.jsonl")).size()
                + lines(EVAL.resolve("xquad-dev/questions.jsonl")).stream()
                        .filter(l -> "en".equals(parse(l).path("lang").asText())).count();
        assertEquals(expected, questions.size());
        for (JsonNode question : questions) {
            assertFalse(question.path("question").asText().isBlank(), question.toString());
        }
        for (String lang : List.of("ar", "en")) {
            assertTrue(questions.stream().filter(q -> lang.equals(q.path("lang").asText())).count() > 500, lang);
        }
    }

    /** The share of the questions with at least one n-gram common enough for the second stage. */
    private static double shareWithCommonGrams(Path articles, Path index, List<String> questions)
            throws IOException {
        try (Corpus corpus = Corpus.open(articles, index, new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)))) {
            corpus.refresh();
            try (Snapshot snapshot = corpus.acquire()) {
                int commonAbove = QueryBuilder.commonGramChunks(snapshot.docCount(IndexField.ARABIC));
                long withCommon = questions.stream().filter(question -> {
                    List<Term> grams = snapshot.analyzers()
                            .tokens(IndexField.GRAMS, ArabicTextNormalizer.normalize(question)).stream().distinct()
                            .map(g -> new Term(IndexField.GRAMS.field(), g)).toList();
                    Map<Term, Integer> counts = snapshot.docFreqs(grams);
                    return counts.values().stream().anyMatch(count -> count > commonAbove);
                }).count();
                return (double) withCommon / questions.size();
            }
        }
    }

    private List<JsonNode> questions() throws Exception {
        return launcher("training_questions").stream().map(StartCacheTrainingTest::parse).toList();
    }

    /** Runs one of the launcher's functions, with the launcher sourced (which runs nothing else). */
    private List<String> launcher(String call) throws Exception {
        Path out = tmp.resolve("launcher.out");
        Process process = new ProcessBuilder("bash", "-c", "source ./isnad && " + call)
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), call);
        assertEquals(0, process.exitValue(), call);
        return lines(out);
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
