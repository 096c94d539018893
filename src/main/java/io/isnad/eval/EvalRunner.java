package io.isnad.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

import io.isnad.answer.Answer;
import io.isnad.answer.AssistantService;
import io.isnad.answer.Citation;
import io.isnad.answer.PassageView;
import io.isnad.answer.Question;
import io.isnad.index.ArticleStatus;
import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.index.embedding.ConfiguredEmbedder;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.IngestConfig;

/**
 * Runs a question set against a corpus and scores it. The corpus is ingested by the same pipeline
 * as the live one, into a temporary index that is deleted afterwards, so the live index is never
 * touched; every question goes through {@link AssistantService}, exactly as {@code /api/ask}.
 */
@ApplicationScoped
public class EvalRunner {

    public static final int DEFAULT_K = 10;
    public static final int MAX_K = 50;
    /** The settings that change what is ranked or answered, copied into every report. */
    private static final List<String> REPORTED_CONFIG = List.of("isnad.retrieve.", "isnad.answer.",
            "isnad.ingest.chunk-", "isnad.ingest.max-file-bytes", "isnad.embedding.");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(key|token|secret|password).*");
    private static final int LISTED_MISSING_FILES = 5;
    /** Questions are asked on the calling thread, so its CPU time is the run's, whatever else the machine does. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AssistantService assistant;
    private final IngestConfig ingest;
    private final Config config;
    private final ConfiguredEmbedder embedder;

    EvalRunner(AssistantService assistant, IngestConfig ingest, Config config, ConfiguredEmbedder embedder) {
        this.assistant = assistant;
        this.ingest = ingest;
        this.config = config;
        this.embedder = embedder;
    }

    /** The live articles folder: the corpus when none is given. */
    public Path defaultCorpus() {
        return Path.of(ingest.dir());
    }

    public EvalReport run(EvalPlan plan, ProgressListener progress) throws EvalInputException, IOException {
        if (plan.k() < 1 || plan.k() > MAX_K) {
            throw new EvalInputException("k must be between 1 and " + MAX_K + ", got " + plan.k());
        }
        if (!Files.isDirectory(plan.corpus())) {
            throw new EvalInputException("corpus " + plan.corpus() + " is not a folder");
        }
        String startedAt = Instant.now().toString();
        Path indexDir = Files.createTempDirectory("isnad-eval-index-");
        // A run stopped by Ctrl-C or SIGTERM never reaches the finally block; the hook still cleans up.
        Thread cleanup = Thread.ofPlatform().name("isnad-eval-cleanup").unstarted(() -> deleteQuietly(indexDir));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (Corpus corpus = Corpus.open(plan.corpus(), indexDir,
                new ArticleLoader(ingest.maxFileBytes(), ingest.chunking()), embedder.get())) {
            Corpus.RefreshReport refresh = corpus.refresh();
            if (refresh.indexed() == 0) {
                throw new EvalInputException("corpus " + plan.corpus() + " holds no readable article (*.txt)");
            }
            List<String> warnings = new ArrayList<>(plan.questions().warnings());
            missingExpectedFiles(plan.questions(), corpus).ifPresent(warnings::add);

            // One untimed ask first, so the latency figures describe the service, not the JIT warming up.
            EvalQuestion first = plan.questions().questions().get(0);
            assistant.ask(corpus, new Question(first.question(), first.history(), plan.k()));
            long asking = System.nanoTime();
            long askingCpu = THREADS.getCurrentThreadCpuTime();
            List<QuestionResult> results = ask(corpus, plan, progress);
            long questionsMs = (System.nanoTime() - asking) / 1_000_000;
            long questionsCpuMs = (THREADS.getCurrentThreadCpuTime() - askingCpu) / 1_000_000;

            EvalReport.Settings settings = new EvalReport.Settings(plan.corpus().toString(),
                    plan.questions().source(), plan.k(), plan.ranking().label(), reportedConfig(), startedAt);
            return new EvalReport(EvalReport.SCHEMA, settings, counts(results), metrics(results),
                    cost(corpus, refresh, results.size(), questionsMs, questionsCpuMs), warnings, results);
        } finally {
            deleteTree(indexDir);
            removeHook(cleanup);
        }
    }

    private List<QuestionResult> ask(Corpus corpus, EvalPlan plan, ProgressListener progress) {
        List<EvalQuestion> questions = plan.questions().questions();
        List<QuestionResult> results = new ArrayList<>(questions.size());
        for (EvalQuestion q : questions) {
            long started = System.nanoTime();
            Answer answer = assistant.ask(corpus, new Question(q.question(), q.history(), plan.k()));
            double latencyMs = Math.round((System.nanoTime() - started) / 1e3) / 1e3;
            results.add(result(q, answer, plan.ranking(), latencyMs));
            progress.answered(results.size(), questions.size());
        }
        return results;
    }

    static QuestionResult result(EvalQuestion q, Answer answer, RankingMode ranking, double latencyMs) {
        List<String> retrieved = RankingMetrics.distinctFiles(
                answer.passages().stream().map(PassageView::file).toList());
        if (ranking == RankingMode.REVERSED) {
            retrieved = retrieved.reversed();
        }
        OptionalInt rank = RankingMetrics.firstRank(retrieved, q.expectedFiles());
        List<String> cited = RankingMetrics.distinctFiles(answer.citations().stream().map(Citation::file).toList());
        Boolean answerHit = !q.answerable() || q.answers().isEmpty() ? null
                : !answer.abstained() && AnswerMatcher.hit(answer.answer(), q.answers());
        boolean hit;
        if (!q.answerable()) {
            hit = answer.abstained();
        } else if (answerHit != null) {
            hit = answerHit;
        } else {
            hit = cited.stream().anyMatch(q.expectedFiles()::contains);
        }
        return new QuestionResult(q.id(), q.lang(), q.question(), q.history(), q.answerable(), q.expectedFiles(),
                rank.isPresent() ? rank.getAsInt() : null, retrieved, cited, answer.answer(), answer.abstained(),
                answerHit, hit, latencyMs);
    }

    /** Groups in report order: all questions first, then each language. */
    private static Map<String, List<QuestionResult>> groups(List<QuestionResult> results) {
        Map<String, List<QuestionResult>> groups = new LinkedHashMap<>();
        groups.put(EvalReport.ALL, results);
        new TreeSet<>(results.stream().map(QuestionResult::lang).toList()).forEach(lang ->
                groups.put(lang, results.stream().filter(r -> r.lang().equals(lang)).toList()));
        return groups;
    }

    private static Map<String, Map<String, Double>> metrics(List<QuestionResult> results) {
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        groups(results).forEach((group, members) -> metrics.put(group, Scorecard.score(members)));
        return metrics;
    }

    private static Map<String, EvalReport.Counts> counts(List<QuestionResult> results) {
        Map<String, EvalReport.Counts> counts = new LinkedHashMap<>();
        groups(results).forEach((group, members) -> {
            int answerable = (int) members.stream().filter(QuestionResult::answerable).count();
            counts.put(group, new EvalReport.Counts(members.size(), answerable, members.size() - answerable));
        });
        return counts;
    }

    private static EvalReport.Cost cost(Corpus corpus, Corpus.RefreshReport refresh, int questions, long questionsMs,
            long questionsCpuMs) {
        int passages;
        try (Snapshot snapshot = corpus.acquire()) {
            passages = snapshot.statuses().stream().filter(s -> ArticleStatus.INDEXED.equals(s.status()))
                    .mapToInt(ArticleStatus::chunks).sum();
        }
        return new EvalReport.Cost(refresh.millis(), refresh.indexed(), refresh.skipped(), passages,
                perSecond(passages, refresh.millis()), questionsMs, questionsCpuMs, perSecond(questions, questionsMs));
    }

    private static double perSecond(int count, long millis) {
        return Math.round(count * 10_000.0 / Math.max(millis, 1)) / 10.0;
    }

    /** One warning for all expected files the corpus lacks: usually the set was run against the wrong corpus. */
    private static Optional<String> missingExpectedFiles(QuestionSet set, Corpus corpus) {
        List<String> missing;
        try (Snapshot snapshot = corpus.acquire()) {
            missing = set.questions().stream().flatMap(q -> q.expectedFiles().stream()).distinct()
                    .filter(file -> snapshot.article(file).isEmpty()).sorted().toList();
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(missing.size() + " expected file(s) are not indexed articles of the corpus, e.g. "
                + String.join(", ", missing.subList(0, Math.min(LISTED_MISSING_FILES, missing.size()))));
    }

    private Map<String, String> reportedConfig() {
        Map<String, String> values = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (REPORTED_CONFIG.stream().anyMatch(name::startsWith)) {
                config.getOptionalValue(name, String.class).ifPresent(value ->
                        values.put(name, SECRET_KEY.matcher(name).matches() ? "(set, not shown)" : value));
            }
        }
        return values;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing left to remove
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // at shutdown there is no one left to tell; the folder is in the system's temp area
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
