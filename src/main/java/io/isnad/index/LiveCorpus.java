package io.isnad.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.isnad.ingest.IngestConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * The service's own corpus: the configured articles folder and index, ingested in the background
 * from the application's start on, so the port opens at once; requests wait for it (bounded)
 * instead of failing. Commands that never ask for it (eval, help) never build it, and those that do (ask,
 * chat) start it on first use.
 */
@ApplicationScoped
public class LiveCorpus {

    /** A start-up ingestion of at least this many files is followed by one full garbage collection. */
    private static final int BULK_INGESTION_FILES = 1000;
    private static final Logger LOG = Logger.getLogger(LiveCorpus.class);

    /** How long a request waits for start-up ingestion before it is told to come back. */
    private static final Duration READY_WAIT = Duration.ofSeconds(30);
    /** Longest pause between two attempts to reach a search cluster that is down. */
    private static final long CLUSTER_RETRY_MAX_SECONDS = 10;

    /** Whether this process serves HTTP; a command ({@code ask}, {@code eval}...) turns the port off. */
    private final boolean serving;
    private final IngestConfig ingest;
    private final IndexConfig index;
    private final CorpusFactory corpora;
    private final IndexMetrics metrics;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<Corpus> ready = new CompletableFuture<>();
    private volatile boolean ingested;
    /** Set on shut-down, so a sync still retrying stops instead of failing on a closed client. */
    private volatile boolean closing;

    LiveCorpus(IngestConfig ingest, IndexConfig index, CorpusFactory corpora, IndexMetrics metrics,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        this.serving = serving;
        this.ingest = ingest;
        this.index = index;
        this.corpora = corpora;
        this.metrics = metrics;
    }

    /**
     * A server opens its index as the application starts, before the other start-up work (the
     * retriever's dictionaries, the HTTP server), so a restart's check of the folder runs beside
     * it on another core, and readiness turns UP without waiting for a first question. Commands
     * start it on first use, or never.
     */
    void onStartup(@Observes @Priority(1) StartupEvent event) {
        if (serving) {
            start();
        }
    }

    private void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Optional<String> problem = startupProblem();
        if (problem.isPresent()) {
            // Nothing to ingest: the server refuses to start (IsnadMain), a command reports it when it asks.
            ready.completeExceptionally(new CorpusUnavailableException(problem.get()));
            return;
        }
        Thread.ofPlatform().name("isnad-ingest").daemon()
                .start(corpora.backend() == IndexBackend.OPENSEARCH ? this::openCluster : this::openAndIngest);
    }

    /**
     * Why the corpus cannot be built at all, as one line naming what to fix: the articles folder of
     * an ingesting node is missing. The server then exits at once instead of answering 503 forever.
     */
    public Optional<String> startupProblem() {
        Path dir = Path.of(ingest.dir());
        // A node that only reads a cluster never reads the folder, so it needs none.
        if (!corpora.ingests() || Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return Optional.of("The articles folder " + dir.toAbsolutePath() + " does not exist or is not a folder;"
                + " create it or point isnad.ingest.dir (environment ISNAD_INGEST_DIR) at the folder of article files.");
    }

    private void openAndIngest() {
        try {
            Corpus corpus = corpora.open(Path.of(ingest.dir()), Path.of(index.dir()));
            Corpus.RefreshReport report = corpus.refresh();
            metrics.ingested(report);
            ingested = true;
            ready.complete(corpus);
            boolean bulk = report.sync().added() + report.sync().updated() >= BULK_INGESTION_FILES;
            compact(corpus, bulk);
            if (bulk) {
                // Parsing thousands of files leaves the heap full of garbage that G1 would keep
                // committed while the service idles; one full collection now lets it return that
                // memory to the system (the launcher sets the heap's free ratios).
                System.gc();
            }
        } catch (Exception | Error e) {
            LOG.errorf(e, "Could not ingest %s into %s", ingest.dir(), index.dir());
            ready.completeExceptionally(e);
        }
    }

    /** Questions are answered meanwhile; a failed merge leaves the index as it was, only slower to search. */
    private static void compact(Corpus corpus, boolean afterBulk) {
        try {
            corpus.compact(afterBulk);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not merge the index's segments; it stays as it is");
        }
    }

    /**
     * The shared cluster is the index: requests read it at once (503 while it is unreachable) and
     * readiness waits for this node's first sync; an ingesting node retries that sync until the
     * cluster answers, so a node started before its cluster needs no restart.
     */
    private void openCluster() {
        Corpus corpus;
        try {
            corpus = corpora.open(Path.of(ingest.dir()), Path.of(index.dir()));
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Could not open the search cluster");
            ready.completeExceptionally(e);
            return;
        }
        ready.complete(corpus);
        for (long pause = 1; corpora.ingests(); pause = Math.min(pause * 2, CLUSTER_RETRY_MAX_SECONDS)) {
            if (closing) {
                return;
            }
            try {
                metrics.ingested(corpus.refresh());
                break;
            } catch (CorpusUnavailableException e) {
                LOG.warnf("Cannot ingest into the search cluster yet (%s); retrying in %d s", e.getMessage(), pause);
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "Could not ingest %s into the search cluster; readiness stays DOWN", ingest.dir());
                return;
            }
            try {
                Thread.sleep(Duration.ofSeconds(pause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ingested = true;
    }

    /**
     * Runs {@code task} on a thread of its own once start-up ingestion has finished (never if it
     * failed): for work a question may need but readiness need not wait for.
     */
    public void whenReady(Runnable task) {
        ready.thenRunAsync(task, run -> Thread.ofPlatform().name("isnad-after-ready").daemon().start(run));
    }

    /** Whether this node's start-up ingestion finished and the index answers. */
    public boolean isReady() {
        return ingested && ready.join().available();
    }

    /** The corpus if start-up ingestion has finished, without waiting: for code that must not block. */
    public Optional<Corpus> now() {
        return ready.isDone() && !ready.isCompletedExceptionally() ? Optional.of(ready.join()) : Optional.empty();
    }

    /**
     * The corpus, waiting up to {@link #READY_WAIT} for start-up ingestion to finish: a request
     * that arrives during start-up is answered late rather than refused.
     */
    public Corpus await() {
        start();
        try {
            return ready.get(READY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusUnavailableException("interrupted while waiting for the index");
        } catch (ExecutionException e) {
            throw new CorpusUnavailableException("the articles could not be indexed: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new CorpusUnavailableException(CorpusUnavailableException.STILL_INDEXING);
        }
    }

    /** Re-reads the folder and applies added, changed and removed files; searches go on meanwhile. */
    public Corpus.RefreshReport reindex() throws IOException {
        return metrics.reindexed(await().refresh());
    }

    @PreDestroy
    void close() throws IOException {
        closing = true;
        if (ready.isDone() && !ready.isCompletedExceptionally()) {
            ready.join().close();
        }
    }
}
