package io.isnad.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.IndexSettings;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Passage;

/**
 * What a question and a one-file sync cost in requests to the cluster, whatever the size of the
 * archive: a question opens its point in time, looks up every term count and the chunk counts at
 * once, searches, and fetches the articles it quotes unless they are cached; a sync compares
 * stamps read from doc values and writes only the changed file.
 */
class OpenSearchRoundTripsTest {

    private static final String ARABIC_QUESTION = "متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟";
    private static final String ENGLISH_QUESTION = "Who met Assad in Damascus on December 1?";

    @TempDir
    Path tmp;

    private final ArticleLoader loader = SeedArticles.LOADER;
    private final HybridRetriever retriever = SeedArticles.retriever();
    private ClusterSettings cluster;
    private OpenSearchCorpus corpus;
    private Path articles;

    @BeforeEach
    void ingestSeeds() throws IOException {
        cluster = TestCluster.settings(2, 0);
        articles = SeedArticles.copyInto(tmp.resolve("articles"));
        corpus = OpenSearchCorpus.open(articles, loader, cluster, IndexSettings.DEFAULTS, true);
        corpus.refresh();
    }

    @AfterEach
    void removeIndex() throws IOException {
        // Null when no cluster is configured: the test was skipped before anything was opened.
        if (corpus != null) {
            corpus.close();
            ClusterTestIndexes.delete(cluster);
        }
    }

    @Test
    void aQuestionCostsAFixedFewRequests() {
        // Point in time, term and chunk counts, search, articles of the hits.
        assertEquals(4, requests(ARABIC_QUESTION), "first time");
        assertEquals(3, requests(ARABIC_QUESTION), "quoted articles cached");
        // An English question adds one look-up for its translations' counts.
        assertTrue(requests(ENGLISH_QUESTION) <= 5);
    }

    @Test
    void aSyncOfOneChangedFileWritesThatFileOnly() throws IOException {
        long before = corpus.requests();
        assertEquals(5, corpus.refresh().sync().unchanged());
        // Index exists, stamps, counts.
        assertEquals(3, corpus.requests() - before, "an unchanged folder costs three requests");

        Files.writeString(articles.resolve("003_bda4f0888d9a15f7.txt"), "\nأضيفت جملة عن مدينة أوساكا.",
                StandardOpenOption.APPEND);
        before = corpus.requests();
        assertEquals(1, corpus.refresh().sync().updated());
        // The same, plus one bulk request and one refresh.
        assertEquals(5, corpus.requests() - before);
        try (Snapshot snapshot = corpus.acquire()) {
            List<Passage> passages = retriever.retrieve(snapshot, "أوساكا", 1).passages();
            assertFalse(passages.isEmpty());
            assertEquals("003_bda4f0888d9a15f7.txt", passages.get(0).file());
        }
    }

    private long requests(String question) {
        long before = corpus.requests();
        try (Snapshot snapshot = corpus.acquire()) {
            List<Passage> passages = retriever.retrieve(snapshot, question, 5).passages();
            assertFalse(passages.isEmpty(), question);
            passages.forEach(p -> snapshot.sentenceTokens(p.file()));
        }
        long sent = corpus.requests() - before;
        System.out.printf("%s: %d requests%n", question, sent);
        return sent;
    }
}
