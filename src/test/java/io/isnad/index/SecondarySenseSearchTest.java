package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * An inflected English word FreeDict knows as written is also searched through its base form's
 * translation, a secondary sense ("released" is FreeDict's مصدر, "release" its إطلاق): the article
 * that says it that way is found first. As evidence the word keeps its own translation only.
 */
class SecondarySenseSearchTest {

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));

    private HybridRetriever retriever() throws IOException {
        Path dictd = Files.createDirectories(tmp.resolve("dictd"));
        FreeDictFiles.write(dictd, Map.of("released", "مصدر", "release", "الإطلاق"));
        Lexicon lexicon = Lexicon.parse(new StringReader("prisoners\tالأسرى\n"), "test");
        return new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                new QueryTranslator(lexicon, FreeDictDictionary.load(dictd)));
    }

    private Corpus corpus() throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        // The shorter article holds only the prisoners, and ranks first on them alone.
        Files.writeString(files.resolve("visit.txt"), "زيارة\nزار الوفد الأسرى.");
        Files.writeString(files.resolve("release.txt"),
                "الإفراج\nأعلنت الحكومة إطلاق الأسرى يوم الخميس في العاصمة بعد مفاوضات طويلة.");
        // The word's own translation is indexed, so it is not searched through the n-grams.
        Files.writeString(files.resolve("source.txt"), "الوزارة\nقال مصدر في الوزارة إن الاجتماع انتهى.");
        Corpus corpus = Corpus.open(files, tmp.resolve("index"), loader);
        corpus.refresh();
        return corpus;
    }

    @Test
    void baseFormsTranslationFindsTheArticleButIsNoEvidence() throws IOException {
        try (Corpus corpus = corpus()) {
            Retrieval retrieval = Snapshots.retrieve(retriever(), corpus, "When were the prisoners released?", 5);
            assertFalse(retrieval.passages().isEmpty());
            assertEquals("release.txt", retrieval.passages().get(0).file(), retrieval.passages().toString());
            EvidenceTerm released = retrieval.query().evidence().stream().filter(t -> t.label().equals("released"))
                    .findFirst().orElseThrow(() -> new AssertionError(retrieval.query().evidence().toString()));
            assertFalse(released.forms().contains("اطلاق"), "a secondary sense is searched, not evidence: " + released);
        }
    }
}
