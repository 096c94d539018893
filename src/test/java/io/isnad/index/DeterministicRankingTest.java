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

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
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

    /** An article written twice under two names: its chunks tie on every query. */
    private static final String TWIN = "خبر مكرر عن طوكيو\nوصل وفد رسمي إلى طوكيو في زيارة تستمر ثلاثة أيام.";

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

    @Test
    void aCutThroughATieKeepsTheFirstFilesByNameWhicheverWasWrittenFirst() throws IOException {
        Path twins = Files.createDirectories(tmp.resolve("twins"));
        try (Corpus corpus = Corpus.open(twins, tmp.resolve("index-twins"), loader)) {
            // Backwards, one file per refresh: the last names get the lowest document ids.
            for (String name : List.of("twin_e.txt", "twin_d.txt", "twin_c.txt", "twin_b.txt", "twin_a.txt")) {
                Files.writeString(twins.resolve(name), TWIN);
                corpus.refresh();
            }
            try (Snapshot snapshot = corpus.acquire()) {
                Query tokyo = terms(snapshot, IndexField.ARABIC, "طوكيو");
                Query visit = terms(snapshot, IndexField.GRAMS, "زيارة تستمر");
                List<String> all = chunks(snapshot.search(tokyo, 100));
                assertEquals(5, all.stream().map(c -> c.substring(0, c.indexOf('#'))).distinct().count(), "" + all);
                assertEquals(all.subList(0, 2), chunks(snapshot.search(tokyo, 2)));
                assertTrue(all.getFirst().startsWith("twin_a.txt#"), "the tie is cut by name: " + all);
                // A first-stage pool cut through the tie holds the same chunks.
                assertEquals(chunks(snapshot.search(tokyo, visit, 100, 2)), chunks(snapshot.search(tokyo, visit, 2, 2)));
            }
        }
    }

    private static Query terms(Snapshot snapshot, IndexField field, String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        snapshot.analyzers().tokens(field, ArabicTextNormalizer.normalize(text)).stream().distinct()
                .forEach(t -> query.add(new TermQuery(new Term(field.field(), t)), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    private static List<String> chunks(List<ChunkHit> hits) {
        return hits.stream().map(h -> h.file() + "#" + h.chunk()).toList();
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
        files.add(Files.writeString(dir.resolve("twin_a.txt"), TWIN));
        files.add(Files.writeString(dir.resolve("twin_b.txt"), TWIN));
        return files;
    }
}
