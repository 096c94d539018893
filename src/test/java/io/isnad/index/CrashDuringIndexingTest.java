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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/** A process killed while it indexes leaves the last committed index whole and usable. */
class CrashDuringIndexingTest {

    private static final int EXTRA_ARTICLES = 300;

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
                articles.toString(), index.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("syncing")) {
                // skip the child's log lines until it starts writing the index
            }
            Thread.sleep(150);
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");

        try (Corpus corpus = Corpus.open(articles, index, loader)) {
            Set<String> indexed = corpus.index().indexedFiles();
            assertTrue(indexed.size() == 5 || indexed.size() == 5 + EXTRA_ARTICLES,
                    "either the old commit or the complete new one, never part: " + indexed.size());
            corpus.refresh();
            assertEquals(5 + EXTRA_ARTICLES, corpus.index().indexedFiles().size());
            HybridRetriever retriever = new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                    QueryTranslator.load(Optional.empty()));
            assertEquals("000_7a1f042e14fe9a2d.txt",
                    retriever.retrieve(corpus, "اتفاقات أستانا", 1).passages().get(0).file());
        }
    }
}
