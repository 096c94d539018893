package io.isnad.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.FSDirectory;

import io.isnad.ingest.Article;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;

/** One-line reads of a corpus for tests, each through a snapshot of its own. */
public final class Snapshots {

    private Snapshots() {
    }

    public static List<ArticleStatus> statuses(Corpus corpus) {
        try (Snapshot snapshot = corpus.acquire()) {
            return snapshot.statuses();
        }
    }

    public static Set<String> indexedFiles(Corpus corpus) {
        return statuses(corpus).stream().filter(s -> ArticleStatus.INDEXED.equals(s.status()))
                .map(ArticleStatus::file).collect(Collectors.toSet());
    }

    public static Optional<Article> article(Corpus corpus, String file) {
        try (Snapshot snapshot = corpus.acquire()) {
            return snapshot.article(file);
        }
    }

    public static Retrieval retrieve(HybridRetriever retriever, Corpus corpus, String question, int topK) {
        try (Snapshot snapshot = corpus.acquire()) {
            return retriever.retrieve(snapshot, question, topK);
        }
    }

    /** Whether the last commit of the index in {@code dir} holds any vector field. */
    public static boolean hasVectors(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return FieldInfos.getMergedFieldInfos(reader).hasVectorValues();
        }
    }
}
