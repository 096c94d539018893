package io.isnad.index.opensearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.ArticleStatus;
import io.isnad.index.CatalogDocuments;
import io.isnad.index.Corpus;
import io.isnad.index.CorpusUnavailableException;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexSettings;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.index.SyncReport;
import io.isnad.ingest.Article;
import io.isnad.ingest.ArticleFile;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.FolderScan;
import io.isnad.ingest.LoadOutcome;

/**
 * The OpenSearch backend of {@link Corpus}. Nothing an answer needs lives in this process but a
 * bounded cache of recently quoted articles, so any number of Isnad nodes can read one cluster and
 * a node restarts with nothing to rebuild. Only an ingesting node ({@code isnad.ingest.enabled})
 * writes: a refresh reads the files whose size, time stamp or parse settings changed, parses them
 * on every core, and sends them a batch at a time.
 */
public final class OpenSearchCorpus implements Corpus {

    private static final Logger LOG = Logger.getLogger(OpenSearchCorpus.class);

    private final Path articlesDir;
    private final ArticleLoader loader;
    private final ClusterClient cluster;
    private final IndexAnalyzers analyzers = new IndexAnalyzers();
    private final boolean ingests;
    private final Cache<String, CatalogDocuments.Parsed> articles;

    private OpenSearchCorpus(Path articlesDir, ArticleLoader loader, ClusterClient cluster, IndexSettings settings,
            boolean ingests) {
        this.articlesDir = articlesDir;
        this.loader = loader;
        this.cluster = cluster;
        this.ingests = ingests;
        this.articles = CatalogDocuments.cache(settings);
    }

    /**
     * A corpus on the cluster of {@code settings}; nothing is sent until it is used, so it opens
     * while the cluster is down. With {@code ingests}, a refresh writes {@code articlesDir}
     * into the cluster; without, it only reports what the cluster holds.
     */
    public static OpenSearchCorpus open(Path articlesDir, ArticleLoader loader, ClusterSettings settings,
            IndexSettings index, boolean ingests) {
        return new OpenSearchCorpus(articlesDir, loader, ClusterClient.connect(settings), index, ingests);
    }

    @Override
    public Snapshot acquire() {
        return new OpenSearchSnapshot(cluster, ClusterPit.open(cluster), analyzers, articles);
    }

    /** Requests this corpus has sent to the cluster and waited for, so far. */
    public long requests() {
        return cluster.requests();
    }

    /** Whether the cluster answers and holds the index: what readiness reports. */
    public boolean available() {
        try {
            return cluster.call(() -> cluster.client().indices().exists(e -> e.index(cluster.settings().indexName())))
                    .value();
        } catch (CorpusUnavailableException e) {
            return false;
        }
    }

    @Override
    public boolean writable() {
        return ingests;
    }

    @Override
    public synchronized RefreshReport refresh(Progress progress) throws IOException {
        long started = System.nanoTime();
        SyncReport sync;
        if (ingests) {
            IndexLayout.ensure(cluster);
            sync = write(loader.scan(articlesDir), progress);
        } else {
            sync = new SyncReport(0, 0, 0, 0, 0);
        }
        // Counted, not listed: the list is the whole catalog, and a sync of one file must not read it.
        int[] counts = ClusterCatalog.counts(cluster);
        int indexed = counts[0];
        int skipped = counts[1];
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("%s %s: %d articles, %d skipped; cluster +%d ~%d -%d =%d in %d ms",
                ingests ? "Ingested" : "Read (not ingesting)", ingests ? articlesDir : cluster.settings().indexName(),
                indexed, skipped, sync.added(), sync.updated(), sync.removed(), sync.unchanged(), millis);
        return new RefreshReport(indexed, skipped, sync, millis);
    }

    /** Brings the cluster in line with {@code scan}, a batch of files at a time. */
    private SyncReport write(FolderScan scan, Progress progress) throws IOException {
        long started = System.nanoTime();
        String readWith = loader.settingsStamp() + "|";
        Map<String, ClusterCatalog.Stamp> known = ClusterCatalog.stamps(cluster).stream()
                .collect(Collectors.toMap(ClusterCatalog.Stamp::file, Function.identity()));
        Map<String, ClusterCatalog.Stamp> before = Map.copyOf(known);
        List<ArticleFile> changed = new ArrayList<>();
        int unchanged = 0;
        for (ArticleFile file : scan.files()) {
            ClusterCatalog.Stamp entry = known.remove(file.id());
            if (entry != null && entry.size() == file.size() && entry.modified() == file.modified()
                    && entry.settings().equals(readWith)) {
                unchanged++;
            } else {
                changed.add(file);
            }
        }
        progress.filesRead(unchanged, scan.files().size());
        ClusterWriter writer = new ClusterWriter(cluster);
        Map<Change, Integer> counts = new EnumMap<>(Change.class);
        int batch = cluster.settings().bulkArticles();
        for (int from = 0; from < changed.size(); from += batch) {
            // Parsing and analysis are the costly part: all cores; the bulk request then goes as one.
            List<Prepared> prepared = changed.subList(from, Math.min(changed.size(), from + batch)).parallelStream()
                    .map(file -> prepare(file, before.get(file.id()), readWith)).toList();
            for (Prepared p : prepared) {
                p.apply(writer);
                counts.merge(p.change(), 1, Integer::sum);
            }
            writer.flush();
            progress.filesRead(unchanged + from + prepared.size(), scan.files().size());
        }
        // Entries the folder walk lists but never reads (links leading outside, pipes) are listed too.
        Map<String, String> reasons = ClusterCatalog.reasons(cluster, scan.skipped().stream()
                .map(LoadOutcome.Skipped::file).filter(file -> known.containsKey(file) && !known.get(file).indexed())
                .toList());
        for (LoadOutcome.Skipped skipped : scan.skipped()) {
            ClusterCatalog.Stamp entry = known.remove(skipped.file());
            if (entry == null || !skipped.reason().equals(reasons.get(skipped.file()))) {
                writer.put(skipped.file(), ClusterDocuments.catalogId(skipped.file()),
                        ClusterDocuments.skipped(skipped.file(), -1, -1, skipped.reason(), readWith));
                writer.deleteChunks(skipped.file(), 0, entry == null ? 0 : entry.chunks());
            }
        }
        for (ClusterCatalog.Stamp gone : known.values()) {
            writer.delete(gone.file(), ClusterDocuments.catalogId(gone.file()));
            writer.deleteChunks(gone.file(), 0, gone.chunks());
        }
        writer.flush();
        return new SyncReport(counts.getOrDefault(Change.ADDED, 0), counts.getOrDefault(Change.UPDATED, 0),
                known.size(), unchanged + counts.getOrDefault(Change.TOUCHED, 0),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Reads one changed file and works out its document changes (run in parallel: no shared state). */
    private Prepared prepare(ArticleFile file, ClusterCatalog.Stamp before, String readWith) {
        int chunksBefore = before == null ? 0 : before.chunks();
        String id = ClusterDocuments.catalogId(file.id());
        switch (loader.load(file)) {
            case LoadOutcome.Loaded loaded -> {
                Article article = loaded.article();
                List<SentenceTokens> tokens = article.sentences().stream()
                        .map(s -> SentenceTokens.of(s.text(), analyzers)).toList();
                Map<String, Object> catalog = ClusterDocuments.article(article, file, readWith, tokens);
                if (before != null && before.indexed() && before.settings().equals(readWith)
                        && article.fingerprint().equals(before.fingerprint())) {
                    // Same bytes, new time stamp: the catalog document again, whole, and no chunk. Not a
                    // partial update: that rebuilds the document from _source, which leaves the article out.
                    return new Prepared(Change.TOUCHED, writer -> writer.put(file.id(), id, catalog));
                }
                List<Map<String, Object>> chunks = article.chunks().stream()
                        .map(chunk -> ClusterDocuments.chunk(article, chunk, analyzers)).toList();
                return new Prepared(before == null || !before.indexed() ? Change.ADDED : Change.UPDATED, writer -> {
                    writer.put(file.id(), id, catalog);
                    for (int i = 0; i < chunks.size(); i++) {
                        writer.put(file.id(), ClusterDocuments.chunkId(file.id(), i), chunks.get(i));
                    }
                    writer.deleteChunks(file.id(), chunks.size(), chunksBefore);
                });
            }
            case LoadOutcome.Skipped skipped -> {
                return new Prepared(Change.SKIPPED, writer -> {
                    writer.put(file.id(), id, ClusterDocuments.skipped(file.id(), file.size(), file.modified(),
                            skipped.reason(), readWith));
                    writer.deleteChunks(file.id(), 0, chunksBefore);
                });
            }
        }
    }

    @Override
    public void close() throws IOException {
        cluster.close();
    }

    private enum Change {
        ADDED, UPDATED, TOUCHED, SKIPPED
    }

    /** The document changes of one file, ready to be added to a batch. */
    private record Prepared(Change change, java.util.function.Consumer<ClusterWriter> apply) {

        void apply(ClusterWriter writer) {
            apply.accept(writer);
        }
    }
}
