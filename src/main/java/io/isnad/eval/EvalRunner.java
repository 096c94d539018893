package io.isnad.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.util.IOUtils;
import org.eclipse.microprofile.config.Config;

import io.isnad.answer.Answer;
import io.isnad.answer.AnswerSentences;
import io.isnad.answer.AssistantService;
import io.isnad.answer.Citation;
import io.isnad.answer.PassageView;
import io.isnad.answer.Question;
import io.isnad.answer.ShortAnswer;
import io.isnad.index.ArticleStatus;
import io.isnad.index.Corpus;
import io.isnad.index.CorpusFactory;
import io.isnad.index.Snapshot;
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
    /**
     * The throw-away index's folder name starts with this process's id, so whoever finds one left
     * in the temporary folder (a run killed with SIGKILL) can tell which process made it, and a
     * test can look for its own among other processes' runs.
     */
    static final String TEMPORARY_INDEX_PREFIX = "isnad-eval-index-" + ProcessHandle.current().pid() + "-";
    /** Questions are asked on the calling thread, so its CPU time is the run's, whatever else the machine does. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AssistantService assistant;
    private final IngestConfig ingest;
    private final Config config;
    private final CorpusFactory corpora;

    EvalRunner(AssistantService assistant, IngestConfig ingest, Config config, CorpusFactory corpora) {
        this.assistant = assistant;
        this.ingest = ingest;
        this.config = config;
        this.corpora = corpora;
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
        DevSplit split = DevSplit.of(plan.questions());
        List<EvalQuestion> questions = split.select(plan.questions(), plan.split()).stream()
                .map(q -> plan.crossCorpus() ? q.asUnanswerable(split.group(q)) : q).toList();
        if (questions.isEmpty()) {
            throw new EvalInputException(plan.questions().source() + " has no questions in the "
                    + plan.split().label() + " part");
        }
        String startedAt = Instant.now().toString();
        Path indexDir = Files.createTempDirectory(TEMPORARY_INDEX_PREFIX);
        // A run stopped by Ctrl-C or SIGTERM never reaches the finally block; the hook still cleans up.
        Thread cleanup = Thread.ofPlatform().name("isnad-eval-cleanup").unstarted(() -> deleteQuietly(indexDir));
        Runtime.getRuntime().addShutdownHook(cleanup);
        // Always a throw-away embedded index, whatever the backend: an evaluation never writes into a shared cluster.
        try (Corpus corpus = corpora.openEmbedded(plan.corpus(), indexDir)) {
            Corpus.RefreshReport refresh = corpus.refresh();
            if (refresh.indexed() == 0) {
                throw new EvalInputException("corpus " + plan.corpus() + " holds no readable article (*.txt)");
            }
            List<String> warnings = new ArrayList<>(plan.questions().warnings());
            if (!plan.crossCorpus()) {
                missingExpectedFiles(plan.questions(), corpus).ifPresent(warnings::add);
            }

            // One untimed ask first, so the latency figures describe the service, not the JIT warming up.
            EvalQuestion first = questions.get(0);
            assistant.ask(corpus, new Question(first.question(), first.history(), plan.k()));
            long asking = System.nanoTime();
            long askingCpu = THREADS.getCurrentThreadCpuTime();
            List<QuestionResult> results = ask(corpus, questions, plan, split, progress);
            long questionsMs = (System.nanoTime() - asking) / 1_000_000;
            long questionsCpuMs = (THREADS.getCurrentThreadCpuTime() - askingCpu) / 1_000_000;

            EvalReport.Settings settings = new EvalReport.Settings(plan.corpus().toString(),
                    plan.questions().source(), plan.k(), plan.ranking().label(), reportedConfig(), startedAt,
                    plan.split().label(), plan.crossCorpus());
            return new EvalReport(EvalReport.SCHEMA, settings, counts(results), metrics(results),
                    cost(corpus, refresh, results.size(), questionsMs, questionsCpuMs), warnings, results,
                    TypeBreakdown.byType(results, QuestionResult::questionType),
                    TypeBreakdown.byType(results, QuestionResult::goldType), bySplit(results));
        } finally {
            IOUtils.rm(indexDir);
            removeHook(cleanup);
        }
    }

    private List<QuestionResult> ask(Corpus corpus, List<EvalQuestion> questions, EvalPlan plan, DevSplit split,
            ProgressListener progress) {
        List<QuestionResult> results = new ArrayList<>(questions.size());
        for (EvalQuestion q : questions) {
            long started = System.nanoTime();
            Answer answer = assistant.ask(corpus, new Question(q.question(), q.history(), plan.k()));
            double latencyMs = Math.round((System.nanoTime() - started) / 1e3) / 1e3;
            results.add(result(q, split.partOf(q), answer, plan.ranking(), latencyMs));
            progress.answered(results.size(), questions.size());
        }
        return results;
    }

    static QuestionResult result(EvalQuestion q, DevSplit.Part part, Answer answer, RankingMode ranking,
            double latencyMs) {
        List<String> retrieved = RankingMetrics.distinctFiles(
                answer.passages().stream().map(PassageView::file).toList());
        if (ranking == RankingMode.REVERSED) {
            retrieved = retrieved.reversed();
        }
        OptionalInt rank = RankingMetrics.firstRank(retrieved, q.expectedFiles());
        List<String> cited = RankingMetrics.distinctFiles(answer.citations().stream().map(Citation::file).toList());
        boolean scored = q.answerable() && !q.answers().isEmpty();
        boolean answered = !answer.abstained();
        Boolean answerHit = scored ? answered && AnswerMatcher.hit(answer.answer(), q.answers()) : null;
        Boolean answerHitFirst = scored ? answered && AnswerMatcher.hit(firstSentence(answer.answer()), q.answers())
                : null;
        ShortAnswer shortAnswer = answered ? answer.shortAnswer() : null;
        List<String> candidates = shortAnswer == null ? List.of()
                : ShortAnswerScore.candidates(shortAnswer.text(), shortAnswer.rendered());
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
                answerHit, hit, latencyMs, answer.questionType(), q.type(), part.label(),
                candidates.isEmpty() ? null : String.join(" / ", candidates), answerHitFirst,
                scored ? ShortAnswerScore.exactMatch(candidates, q.answers()) : null,
                scored ? Scorecard.round(ShortAnswerScore.f1(candidates, q.answers())) : null);
    }

    /** What a reader reads first: the answer's first sentence, with its markers. */
    private static String firstSentence(String answer) {
        List<String> sentences = AnswerSentences.split(answer);
        return sentences.isEmpty() ? "" : sentences.get(0);
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

    private static Map<String, EvalReport.SplitFigures> bySplit(List<QuestionResult> results) {
        Map<String, EvalReport.SplitFigures> parts = new LinkedHashMap<>();
        for (DevSplit.Part part : List.of(DevSplit.Part.TUNE, DevSplit.Part.CHECK)) {
            List<QuestionResult> members = results.stream().filter(r -> part.label().equals(r.split())).toList();
            if (!members.isEmpty()) {
                parts.put(part.label(), new EvalReport.SplitFigures(counts(members), metrics(members)));
            }
        }
        return parts;
    }

    private static Map<String, EvalReport.Counts> counts(List<QuestionResult> results) {
        Map<String, EvalReport.Counts> counts = new LinkedHashMap<>();
        groups(results).forEach((group, members) -> counts.put(group, EvalReport.Counts.of(members)));
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
            IOUtils.rm(dir);
        } catch (IOException e) {
            // at shutdown there is no one left to tell; the folder is in the system's temp area
        }
    }
}
