package io.isnad.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The cluster's {@code isnad_tokens} analyzer gives back, position by position, exactly the
 * tokens Isnad's own analyzers made: the premise of equal BM25 scores on both backends.
 */
class PreAnalyzedTextTest {

    private static final IndexAnalyzers ANALYZERS = new IndexAnalyzers();
    private static ClusterClient cluster;
    private static ClusterSettings settings;

    @BeforeAll
    static void createIndex() throws IOException {
        settings = TestCluster.settings(1, 0);
        cluster = ClusterClient.connect(settings);
        IndexLayout.ensure(cluster);
    }

    @AfterAll
    static void deleteIndex() throws IOException {
        if (cluster != null) {
            cluster.client().indices().delete(d -> d.index(settings.indexName()));
            cluster.close();
        }
    }

    @Test
    void everyFieldOfTheSeedArticlesComesBackAsAnalysed() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readString(file).lines().filter(line -> !line.isBlank()).forEach(paragraphs::add);
            }
        }
        int positions = 0;
        for (String paragraph : paragraphs) {
            String normalized = ArabicTextNormalizer.normalize(paragraph);
            positions += assertSameTokens(IndexField.ARABIC, normalized);
            positions += assertSameTokens(IndexField.GRAMS, normalized);
            positions += assertSameTokens(IndexField.ENGLISH, paragraph);
        }
        assertTrue(positions > 5_000, "the seeds hold thousands of positions, compared " + positions);
    }

    @Test
    void stackedVariantsRepeatsAndLongWordsSurvive() throws IOException {
        // A proclitic (stacked stem variants), a word whose grams repeat, and a word whose grams
        // exceed the whitespace tokenizer's default 255 characters.
        String text = ArabicTextNormalizer.normalize("وبالمدينة كركركر " + "ب".repeat(3) + "س".repeat(90) + " 89");
        int arabic = assertSameTokens(IndexField.ARABIC, text);
        int grams = assertSameTokens(IndexField.GRAMS, text);
        assertTrue(arabic >= 3 && grams >= 3);
    }

    /** Compares one field's analysis with the cluster's reading of its encoding; returns the positions compared. */
    private static int assertSameTokens(IndexField field, String text) throws IOException {
        List<List<String>> expected = ANALYZERS.positions(field, text);
        String encoded = PreAnalyzedText.of(expected);
        List<AnalyzeToken> tokens = encoded.isEmpty() ? List.of() : cluster.client().indices()
                .analyze(a -> a.index(settings.indexName()).analyzer("isnad_tokens").text(encoded)).tokens();
        List<List<String>> actual = new ArrayList<>();
        long last = -1;
        for (AnalyzeToken token : tokens) {
            if (token.position() != last) {
                actual.add(new ArrayList<>());
                last = token.position();
            }
            actual.get(actual.size() - 1).add(token.token());
        }
        assertEquals(expected, actual, () -> field + " of: " + text);
        return expected.size();
    }
}
