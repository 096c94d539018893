package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * An English word whose FreeDict translation the articles spell otherwise (a loanword: the
 * dictionary's الأوكسجين, the article's أكسجين) is also searched through the character n-grams, as
 * names are; as evidence it stays exact, so abstention judges it as before. A translation the
 * index holds, and a name of the built-in lists, are searched as they are.
 */
class TranslatedSpellingVariantTest {

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));

    /** oxygen (spelled otherwise than in the articles), water and plants from a FreeDict; Sweden, misspelled, from the built-in lists. */
    private HybridRetriever retriever() throws IOException {
        Path dictd = Files.createDirectories(tmp.resolve("dictd"));
        FreeDictFiles.write(dictd, Map.of("oxygen", "الأوكسجين", "water", "الماء", "plants", "النباتات"));
        Lexicon lexicon = Lexicon.parse(new StringReader("sweden\tالسويدد\n"), "test");
        return new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                new QueryTranslator(lexicon, FreeDictDictionary.load(dictd)));
    }

    private Corpus corpus() throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        Files.writeString(files.resolve("air.txt"), "الغلاف الجوي\nيتكون الهواء من النيتروجين والأكسجين وغازات أخرى.");
        Files.writeString(files.resolve("rivers.txt"), "الأنهار\nيجري الماء في الأنهار نحو البحر وتشرب منه النباتات في السويد.");
        Corpus corpus = Corpus.open(files, tmp.resolve("index"), loader);
        corpus.refresh();
        return corpus;
    }

    private static EvidenceTerm evidence(Retrieval retrieval, String label) {
        return retrieval.query().evidence().stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no evidence for " + label + ": " + retrieval.query().evidence()));
    }

    @Test
    void translationTheIndexLacksIsSearchedThroughTheNgrams() throws IOException {
        try (Corpus corpus = corpus()) {
            Retrieval retrieval = Snapshots.retrieve(retriever(), corpus, "What contains oxygen?", 5);
            assertFalse(retrieval.passages().isEmpty(), "found through the n-grams");
            assertEquals("air.txt", retrieval.passages().get(0).file());
            assertFalse(evidence(retrieval, "oxygen").fuzzy(), "evidence stays exact");
        }
    }

    @Test
    void loanwordTheArticlesSpellWithALongVowelFewerIsEvidence() throws IOException {
        try (Corpus corpus = corpus()) {
            Retrieval retrieval = Snapshots.retrieve(retriever(), corpus, "What contains oxygen?", 5);
            // The stem of الأكسجين, as the index holds it.
            assertTrue(evidence(retrieval, "oxygen").forms().contains("اكسج"),
                    "the article's الأكسجين is evidence: " + evidence(retrieval, "oxygen"));
        }
    }

    @Test
    void loanwordTheIndexHoldsAsTranslatedGetsNoShorterSpelling() throws IOException {
        Path files = Files.createDirectories(tmp.resolve("carbon"));
        // كربون is held too, but the article's own word is FreeDict's, so the shorter one is not looked for.
        Files.writeString(files.resolve("carbon.txt"), "العناصر\nالكاربون عنصر، والكربون اسم آخر له.");
        try (Corpus corpus = Corpus.open(files, tmp.resolve("carbon-index"), loader)) {
            corpus.refresh();
            Path dictd = Files.createDirectories(tmp.resolve("carbon-dictd"));
            FreeDictFiles.write(dictd, Map.of("carbon", "الكاربون"));
            HybridRetriever retriever = new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                    new QueryTranslator(Lexicon.parse(new StringReader(""), "test"), FreeDictDictionary.load(dictd)));
            Retrieval retrieval = Snapshots.retrieve(retriever, corpus, "What is carbon?", 5);
            assertTrue(evidence(retrieval, "carbon").forms().stream().noneMatch(f -> f.startsWith("كرب")),
                    evidence(retrieval, "carbon").toString());
        }
    }

    @Test
    void translationTheIndexHoldsStaysExact() throws IOException {
        try (Corpus corpus = corpus()) {
            Retrieval retrieval = Snapshots.retrieve(retriever(), corpus, "What do plants take from water?", 5);
            assertFalse(evidence(retrieval, "water").fuzzy());
            assertEquals("rivers.txt", retrieval.passages().get(0).file());
        }
    }

    @Test
    void builtInNameTheIndexLacksIsNotSearchedForNearSpellings() throws IOException {
        try (Corpus corpus = corpus()) {
            Retrieval retrieval = Snapshots.retrieve(retriever(), corpus, "Where in Sweden?", 5);
            assertTrue(retrieval.passages().isEmpty(), "a name the articles lack finds nothing: " + retrieval.passages());
            assertFalse(evidence(retrieval, "sweden").fuzzy());
        }
    }
}
