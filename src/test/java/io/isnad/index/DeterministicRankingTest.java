package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * The same files give the same rankings however the index was built: in one pass, or over several
 * refreshes in another order (other document ids, other segments). Two articles with the same text
 * tie, and the tie is broken by file name, never by which was written first.
 */
class DeterministicRankingTest {

    private static final List<String> QUESTIONS = List.of("اتفاقات أستانا", "قاعدة همدان الجوية",
            "الكلية الحربية في حمص", "Who met Assad in Damascus?", "Which capital did Araghchi plan to visit?",
            "كيومرث بورهاشمي", "What did Bagheri say about terrorism?", "خبر مكرر عن طوكيو");

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));
    private final HybridRetriever retriever = new HybridRetriever(
            new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15), QueryTranslator.load(Optional.empty()));

    @Test
    void twoBuildsOfTheSameFilesRankAlike() throws IOException {
        List<Path> files = seedsAndTwins(Files.createDirectories(tmp.resolve("files")));

        Path oneGo = Files.createDirectories(tmp.resolve("one-go"));
        for (Path f : files) {
            Files.copy(f, oneGo.resolve(f.getFileName()));
        }
        List<String> first;
        try (Corpus corpus = Corpus.open(oneGo, tmp.resolve("index-1"), loader)) {
            corpus.refresh();
            first = rankings(corpus);
        }

        // Backwards, one file per refresh: the twins are written in the opposite order.
        Path stepwise = Files.createDirectories(tmp.resolve("stepwise"));
        List<String> second;
        try (Corpus corpus = Corpus.open(stepwise, tmp.resolve("index-2"), loader)) {
            for (Path f : files.reversed()) {
                Files.copy(f, stepwise.resolve(f.getFileName()));
                corpus.refresh();
            }
            second = rankings(corpus);
        }
        assertEquals(first, second);
        assertTrue(first.stream().anyMatch(r -> r.contains("twin_a.txt") && r.indexOf("twin_a.txt") < r.indexOf("twin_b.txt")),
                "the twins tie and are ordered by name: " + first);
    }

    private List<String> rankings(Corpus corpus) {
        List<String> rankings = new ArrayList<>();
        try (Snapshot snapshot = corpus.acquire()) {
            for (String q : QUESTIONS) {
                rankings.add(q + " -> " + retriever.retrieve(snapshot, q, 10).passages().stream()
                        .map(p -> p.file() + "#" + p.chunk() + "@" + Math.round(p.score() * 1e4)).toList());
            }
        }
        return rankings;
    }

    private static List<Path> seedsAndTwins(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                files.add(Files.copy(seed, dir.resolve(seed.getFileName())));
            }
        }
        String twin = "خبر مكرر عن طوكيو\nوصل وفد رسمي إلى طوكيو في زيارة تستمر ثلاثة أيام.";
        files.add(Files.writeString(dir.resolve("twin_a.txt"), twin));
        files.add(Files.writeString(dir.resolve("twin_b.txt"), twin));
        return files;
    }
}
