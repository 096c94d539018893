package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.FreeDictDictionary;
import io.isnad.retrieve.lexicon.FreeDictFiles;
import io.isnad.retrieve.lexicon.Lexicon;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * On an archive large enough for some character n-grams to be common (in more than 1,000 chunks),
 * a translation searched through the n-grams keeps only its rare grams in the first stage, which
 * walks every matching chunk; its common grams are scored over the first stage's best chunks only,
 * so the article that spells the word otherwise is still found and ranked first.
 */
class TranslatedCommonGramsTest {

    /** Above the 1,000 chunks below which no gram counts as common. */
    private static final int FILLER_CHUNKS = 1_200;

    @TempDir
    Path tmp;

    @Test
    void aTranslationsCommonGramsAreScoredInTheSecondStageOnly() throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        // Spelled with a long vowel more than the dictionary's الأوكسجين: no spelling with one fewer
        // (ArabicLoanwordSpellings) reaches it, so only the n-grams find it.
        Files.writeString(files.resolve("air.txt"), "الغلاف الجوي\nيتكون الهواء من النيتروجين والأوكسيجين وغازات أخرى.");
        // One sentence a chunk, each full of words that begin like the dictionary's الأوكسجين.
        Files.writeString(files.resolve("markets.txt"), "الأسواق\n" + IntStream.range(0, FILLER_CHUNKS)
                .mapToObj(i -> "الأوراق الأولى في الأسواق رقم " + i + ".").collect(Collectors.joining("\n")));
        Path dictd = Files.createDirectories(tmp.resolve("dictd"));
        FreeDictFiles.write(dictd, Map.of("oxygen", "الأوكسجين"));
        HybridRetriever retriever = new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                new QueryTranslator(Lexicon.parse(new java.io.StringReader(""), "test"), FreeDictDictionary.load(dictd)));
        try (Corpus corpus = Corpus.open(files, tmp.resolve("index"), new ArticleLoader(5_000_000, new ChunkingSettings(1, 0)))) {
            corpus.refresh();
            Retrieval retrieval = Snapshots.retrieve(retriever, corpus, "What contains oxygen?", 5);
            assertFalse(retrieval.passages().isEmpty(), "found through the rare n-grams");
            assertEquals("air.txt", retrieval.passages().get(0).file());
            try (Snapshot snapshot = corpus.acquire()) {
                List<String> firstStage = grams(retrieval.query().query());
                assertFalse(firstStage.isEmpty(), "the rare grams stay in the first stage");
                firstStage.forEach(g -> assertTrue(snapshot.docFreq(IndexField.GRAMS, g) <= 1_000, g + " is common"));
                List<String> secondStage = grams(retrieval.query().secondStage().orElseThrow());
                assertFalse(secondStage.isEmpty());
                secondStage.forEach(g -> assertTrue(snapshot.docFreq(IndexField.GRAMS, g) > 1_000, g + " is rare"));
            }
        }
    }

    private static List<String> grams(Query query) {
        List<String> grams = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    if (t.field().equals(IndexField.GRAMS.field())) {
                        grams.add(t.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return grams;
    }
}
