package io.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.isnad.index.ArticleStatus;
import io.isnad.index.Corpus;
import io.isnad.index.CorpusFactory;
import io.isnad.index.CorpusUnavailableException;
import io.isnad.index.IndexBackend;
import io.isnad.index.IndexConfig;
import io.isnad.index.Snapshot;
import io.isnad.index.SyncReport;
import io.isnad.ingest.IngestConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ingest [DIR]}: indexes an articles folder without starting the server, by the same
 * pipeline and into the same configured index as the service (the local Lucene folder, or the
 * OpenSearch cluster of {@code isnad.opensearch.*}), so the next start only checks fingerprints.
 * Exit codes: 0 done, 2 no such folder or {@code --index} with the cluster backend, 3 the index is
 * held by a running server, the cluster is unreachable or the run failed, 4 this node is
 * configured not to ingest ({@code isnad.ingest.enabled=false}).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Index an articles folder without starting the server (only added, changed and removed files "
                + "are re-indexed).", "Progress goes to standard error: a bar on a terminal, plain lines otherwise."})
public class IngestCommand implements Callable<Integer> {

    static final int NO_FOLDER = 2;
    static final int FAILED = 3;
    static final int NOT_INGESTING = 4;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "Articles folder of *.txt files (default: isnad.ingest.dir, seeds).")
    Path dir;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder of the Lucene backend (default: isnad.index.dir, data/index).")
    Path indexDir;

    @Spec
    CommandSpec spec;

    private final IngestConfig ingest;
    private final IndexConfig index;
    private final CorpusFactory corpora;

    IngestCommand(IngestConfig ingest, IndexConfig index, CorpusFactory corpora) {
        this.ingest = ingest;
        this.index = index;
        this.corpora = corpora;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path articles = dir != null ? dir : Path.of(ingest.dir());
        Path target = indexDir != null ? indexDir : Path.of(index.dir());
        if (!corpora.ingests()) {
            err.println("isnad ingest: this node only reads the search cluster (isnad.ingest.enabled=false); "
                    + "run it on the ingesting node");
            return NOT_INGESTING;
        }
        if (indexDir != null && corpora.backend() == IndexBackend.OPENSEARCH) {
            err.println("isnad ingest: --index is a Lucene index folder; with isnad.index.backend=opensearch "
                    + "the index is the cluster's (isnad.opensearch.index)");
            return NO_FOLDER;
        }
        if (!Files.isDirectory(articles)) {
            // A file named where the folder goes is a slip worth naming: "no folder" would send the user looking.
            err.println("isnad ingest: " + (Files.exists(articles) ? articles.toAbsolutePath()
                    + " is a file; give the folder of articles it is in" : "no articles folder at "
                    + articles.toAbsolutePath()));
            return NO_FOLDER;
        }
        try (Corpus corpus = corpora.open(articles, target)) {
            if (!corpus.writable()) {
                err.println("isnad ingest: the index " + target.toAbsolutePath() + " is held by a running server; "
                        + "ask it to re-read its folder instead: curl -X POST localhost:8080/api/admin/reindex");
                return FAILED;
            }
            Corpus.RefreshReport report;
            try (IngestProgress progress = new IngestProgress(err, System.console() != null)) {
                report = corpus.refresh(progress);
            }
            print(report, corpus, articles, corpora.describe(target), out);
            return 0;
        } catch (IOException | CorpusUnavailableException e) {
            err.println("isnad ingest: " + e.getMessage());
            return FAILED;
        }
    }

    private static void print(Corpus.RefreshReport report, Corpus corpus, Path articles, String target,
            PrintWriter out) {
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
