package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * A retrieval says the weight its passages were re-ranked with, the configured one for the question's language, so
 * that a reader of the scores (the weak-search decline) reads them on their own scale.
 */
class RescoreWeightTest {

    private static final String ENGLISH = "Who met Assad in Damascus?";
    private static final String ARABIC = "قاعدة همدان الجوية";

    @TempDir
    Path tmp;

    @Test
    void aRetrievalCarriesTheRescoreWeightOfItsQuestionsLanguage() throws IOException {
        try (Corpus corpus = Corpus.open(Path.of("seeds"), tmp.resolve("index"),
                new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)))) {
            corpus.refresh();
            try (Snapshot snapshot = corpus.acquire()) {
                Retrieval heavier = retriever(0.7f, 3f).retrieve(snapshot, ENGLISH, 5);
                assertEquals(3, heavier.rescoreWeight(), 1e-6);
                assertEquals(0.7, retriever(0.7f, 3f).retrieve(snapshot, ARABIC, 5).rescoreWeight(), 1e-6);
                Retrieval usual = retriever(0.7f, 1.5f).retrieve(snapshot, ENGLISH, 5);
                assertEquals(1.5, usual.rescoreWeight(), 1e-6);
                // The first passage's score is its BM25 share (at most 1) plus the weight times its sentence's share.
                double share = (usual.passages().getFirst().score() - 1) / 1.5;
                assertTrue(heavier.passages().getFirst().score() >= 1 + 3 * share - 1e-9,
                        "the heavier weight scales the same sentence's share: " + heavier.passages().getFirst());
                Retrieval unranked = retriever(0.7f, 0f).retrieve(snapshot, ENGLISH, 5);
                assertEquals(0, unranked.rescoreWeight());
            }
        }
    }

    private static HybridRetriever retriever(float rescoreWeight, float translatedRescoreWeight) {
        return new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, rescoreWeight,
                translatedRescoreWeight, 15), QueryTranslator.load(Optional.empty()));
    }
}
