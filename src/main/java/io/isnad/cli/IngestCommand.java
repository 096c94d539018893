package io.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.isnad.index.ArticleStatus;
import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.index.IndexConfig;
import io.isnad.index.SyncReport;
import io.isnad.index.embedding.ConfiguredEmbedder;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.IngestConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ingest [DIR]}: indexes an articles folder without starting the server, by the same
 * pipeline as the service, so the next start only checks fingerprints. Exit codes: 0 done, 2 no
 * such folder, 3 the index is held by a running server or the run failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Index an articles folder without starting the server (only added, changed and removed files "
                + "are re-indexed).", "Progress goes to standard error: a bar on a terminal, plain lines otherwise."})
public class IngestCommand implements Callable<Integer> {

    static final int NO_FOLDER = 2;
    static final int FAILED = 3;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "Articles folder of *.txt files (default: isnad.ingest.dir, seeds).")
    Path dir;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: isnad.index.dir, data/index).")
    Path indexDir;

    @Spec
    CommandSpec spec;

    private final IngestConfig ingest;
    private final IndexConfig index;
    private final ConfiguredEmbedder embedder;

    IngestCommand(IngestConfig ingest, IndexConfig index, ConfiguredEmbedder embedder) {
        this.ingest = ingest;
        this.index = index;
        this.embedder = embedder;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path articles = dir != null ? dir : Path.of(ingest.dir());
        Path target = indexDir != null ? indexDir : Path.of(index.dir());
        if (!Files.isDirectory(articles)) {
            err.println("isnad ingest: no articles folder at " + articles.toAbsolutePath());
            return NO_FOLDER;
        }
        ArticleLoader loader = new ArticleLoader(ingest.maxFileBytes(), ingest.chunking());
        try (Corpus corpus = Corpus.open(articles, target, loader, embedder.get(), index.settings())) {
            if (!corpus.writable()) {
                err.println("isnad ingest: the index " + target.toAbsolutePath() + " is held by a running server; "
                        + "ask it to re-read its folder instead: curl -X POST localhost:8080/api/admin/reindex");
                return FAILED;
            }
            Corpus.RefreshReport report;
            try (IngestProgress progress = new IngestProgress(err, System.console() != null)) {
                report = corpus.refresh(progress);
            }
            print(report, corpus, articles, target, out);
            return 0;
        } catch (IOException e) {
            err.println("isnad ingest: " + e.getMessage());
            return FAILED;
        }
    }

    private static void print(Corpus.RefreshReport report, Corpus corpus, Path articles, Path target, PrintWriter out) {
        SyncReport sync = report.sync();
        out.printf("Ingested %s into %s in %d ms: %d articles indexed, %d skipped "
                + "(index: %d added, %d updated, %d removed, %d unchanged)%n", articles, target, report.millis(),
                report.indexed(), report.skipped(), sync.added(), sync.updated(), sync.removed(), sync.unchanged());
        try (Snapshot snapshot = corpus.acquire()) {
            for (ArticleStatus status : snapshot.statuses()) {
                status.reason().ifPresent(reason -> out.printf("  skipped %s: %s%n", status.file(), reason));
            }
        }
        sync.unembedded().forEach(file -> out.printf("  not embedded (BM25 only): %s%n", file));
        out.flush();
    }
}
