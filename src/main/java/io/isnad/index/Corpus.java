package io.isnad.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.isnad.index.embedding.Embedder;
import io.isnad.ingest.Article;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.LoadOutcome;

/**
 * An articles folder together with its index: the parsed articles (kept in memory, since answers
 * quote them by offset) and the Lucene index over their chunks. The live service has one; the
 * evaluation runner builds temporary ones.
 */
public final class Corpus implements Closeable {

    private static final Logger LOG = Logger.getLogger(Corpus.class);

    private final Path articlesDir;
    private final ArticleLoader loader;
    private final LuceneIndex index;
    private volatile Catalog catalog = new Catalog(Map.of(), Map.of(), List.of());

    private Corpus(Path articlesDir, ArticleLoader loader, LuceneIndex index) {
        this.articlesDir = articlesDir;
        this.loader = loader;
        this.index = index;
    }

    /** Opens the index; call {@link #refresh()} to ingest. */
    public static Corpus open(Path articlesDir, Path indexDir, ArticleLoader loader) throws IOException {
        return open(articlesDir, indexDir, loader, Optional.empty());
    }

    /** Opens the index, with chunk vectors from {@code embedder} beside the BM25 fields when there is one. */
    public static Corpus open(Path articlesDir, Path indexDir, ArticleLoader loader, Optional<Embedder> embedder)
            throws IOException {
        return new Corpus(articlesDir, loader, LuceneIndex.open(indexDir, new IndexAnalyzers(), embedder));
    }

    /** Re-reads the folder and brings the index in line with it. */
    public RefreshReport refresh() throws IOException {
        return refresh(Progress.NONE);
    }

    /** Like {@link #refresh()}, telling {@code progress} as each article file is read and analysed. */
    public synchronized RefreshReport refresh(Progress progress) throws IOException {
        long started = System.nanoTime();
        List<LoadOutcome> outcomes = loader.loadFolder(articlesDir);
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, List<SentenceTokens>> tokens = new HashMap<>();
        List<ArticleStatus> statuses = new ArrayList<>();
        for (LoadOutcome outcome : outcomes) {
            switch (outcome) {
                case LoadOutcome.Loaded loaded -> {
                    Article a = loaded.article();
                    articles.put(a.file(), a);
                    tokens.put(a.file(), a.sentences().stream()
                            .map(sentence -> SentenceTokens.of(sentence.text(), index.analyzers())).toList());
                    statuses.add(new ArticleStatus(a.file(), a.title(), a.date(), a.chunks().size(),
                            ArticleStatus.INDEXED, Optional.empty()));
                }
                case LoadOutcome.Skipped skipped -> statuses.add(new ArticleStatus(skipped.file(), "",
                        Optional.empty(), 0, ArticleStatus.SKIPPED, Optional.of(skipped.reason())));
            }
            progress.filesRead(statuses.size(), outcomes.size());
        }
        SyncReport sync = index.sync(articles.values());
        catalog = new Catalog(Map.copyOf(articles), Map.copyOf(tokens), List.copyOf(statuses));
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Ingested %s: %d articles, %d skipped; index +%d ~%d -%d =%d in %d ms", articlesDir,
                articles.size(), statuses.size() - articles.size(), sync.added(), sync.updated(), sync.removed(),
                sync.unchanged(), millis);
        return new RefreshReport(articles.size(), statuses.size() - articles.size(), sync, millis);
    }

    public Optional<Article> article(String file) {
        return Optional.ofNullable(catalog.articles().get(file));
    }

    /**
     * The analysed forms of each sentence of {@code file}, by sentence index; computed once at
     * ingest because every answer and re-ranking compares them with the question.
     */
    public List<SentenceTokens> sentenceTokens(String file) {
        return catalog.sentenceTokens().getOrDefault(file, List.of());
    }

    public List<ArticleStatus> statuses() {
        return catalog.statuses();
    }

    public LuceneIndex index() {
        return index;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    /** Swapped whole on refresh, so a reader never sees half of one ingest and half of another. */
    private record Catalog(Map<String, Article> articles, Map<String, List<SentenceTokens>> sentenceTokens,
            List<ArticleStatus> statuses) {
    }

    /** Told as ingestion goes, so a terminal can show how far it has got. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> {
        };

        void filesRead(int done, int total);
    }

    /** Counts of one refresh. */
    public record RefreshReport(int indexed, int skipped, SyncReport sync, long millis) {
    }
}
