package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * A process killed while it indexes leaves the last committed index whole and usable, and a long
 * ingestion commits in batches, so the files before the last commit are not lost.
 */
class CrashDuringIndexingTest {

    private static final int EXTRA_ARTICLES = 300;
    private static final int COMMIT_EVERY = 50;

    @TempDir
    Path tmp;

    @Test
    void aKillMidSyncLeavesTheLastCommitUsable() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Path index = tmp.resolve("index");
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, articles.resolve(seed.getFileName()));
            }
        }
        ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));
        try (Corpus corpus = Corpus.open(articles, index, loader)) {
            corpus.refresh();
        }
        String filler = "وقال المسؤول إن الاجتماع تناول قضايا كثيرة تخص المنطقة والتعاون بين البلدين. ".repeat(60);
        for (int i = 0; i < EXTRA_ARTICLES; i++) {
            Files.writeString(articles.resolve("extra_" + i + ".txt"), "خبر رقم " + i + "\n" + filler);
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IndexingChild.class.getName(),
                articles.toString(), index.toString(), String.valueOf(COMMIT_EVERY))
                .redirectErrorStream(true)
                .start();
        boolean sawBatchCommit = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !sawBatchCommit) {
                // The seeds were copied a moment ago, so they are read again too: the total may be 305.
                sawBatchCommit = line.contains("Committed " + COMMIT_EVERY + " of ");
            }
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        assertTrue(sawBatchCommit, "a long ingestion commits as it goes");

        try (Corpus corpus = Corpus.open(articles, index, loader)) {
            Set<String> indexed = Snapshots.indexedFiles(corpus);
            assertTrue(indexed.size() >= COMMIT_EVERY, "the committed batches survive the kill: " + indexed.size());
            try (Snapshot snapshot = corpus.acquire()) {
                for (ArticleStatus status : snapshot.statuses()) {
                    int chunks = snapshot.search(new TermQuery(new Term(IndexField.FILE.field(), status.file())), 1000)
                            .size();
                    assertEquals(status.chunks(), chunks, "every chunk of " + status.file());
                    assertEquals(status.chunks(), snapshot.article(status.file()).orElseThrow().chunks().size());
                }
            }
            corpus.refresh();
            assertEquals(5 + EXTRA_ARTICLES, Snapshots.indexedFiles(corpus).size());
            HybridRetriever retriever = new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                    QueryTranslator.load(Optional.empty()));
            assertEquals("000_7a1f042e14fe9a2d.txt",
                    Snapshots.retrieve(retriever, corpus, "اتفاقات أستانا", 1).passages().get(0).file());
        }
    }
}
