package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.FreeDictDictionary;
import io.isnad.retrieve.lexicon.FreeDictFiles;
import io.isnad.retrieve.lexicon.Lexicon;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * A FreeDict translation no article holds is judged at half its weight (as a transliteration guess),
 * since it is mostly the dictionary's one sense of an ordinary word; a name the articles lack keeps
 * its weight, since it is mostly what the question asks about.
 */
class UnheldTranslationWeightTest {

    @TempDir
    Path tmp;

    private static EvidenceTerm evidence(Retrieval retrieval, String label) {
        return retrieval.query().evidence().stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no evidence for " + label + ": " + retrieval.query().evidence()));
    }

    @Test
    void translationNoArticleHoldsWeighsAsAGuessAndANameKeepsItsWeight() throws IOException {
        Path dictd = Files.createDirectories(tmp.resolve("dictd"));
        FreeDictFiles.write(dictd, Map.of("score", "النتيجة", "water", "الماء"));
        HybridRetriever retriever = new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                new QueryTranslator(Lexicon.parse(new StringReader(""), "test"), FreeDictDictionary.load(dictd)));
        Path files = Files.createDirectories(tmp.resolve("files"));
        Files.writeString(files.resolve("rivers.txt"), "الأنهار\nيجري الماء في الأنهار نحو البحر.");
        Files.writeString(files.resolve("match.txt"), "المباراة\nفاز الفريق بهدفين في المباراة.");
        try (Corpus corpus = Corpus.open(files, tmp.resolve("index"), new ArticleLoader(5_000_000,
                new ChunkingSettings(3, 1)))) {
            corpus.refresh();
            Retrieval retrieval = Snapshots.retrieve(retriever, corpus,
                    "What score did Zorblat's water give the grobnik?", 5);
            // Every form of the three is absent, so all three have the same idf: only their trust differs.
            double guess = evidence(retrieval, "grobnik").weight();
            assertEquals(guess, evidence(retrieval, "score").weight(), 1e-9,
                    "an absent FreeDict translation (0.6) weighs half, as a lower-case guess (0.3)");
            assertEquals(guess * 0.5 / 0.3, evidence(retrieval, "zorblat").weight(), 1e-9,
                    "an absent name keeps the name weight (0.5)");
        }
    }
}
