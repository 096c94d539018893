package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/** The terms a question is searched and weighed by, as the abstention features read them. */
class QueryBuilderTest {

    @TempDir
    Path tmp;

    @Test
    void aGluedWordIsWeighedAsTheTwoWordsTheCorpusHolds() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"),
                "الإسكندر الأكبر\nولد الإسكندر الأكبر في مقدونيا، وسمي التقويم باسمه.\n");
        try (Corpus corpus = Corpus.open(articles, tmp.resolve("index"), new ArticleLoader(5_000_000,
                new ChunkingSettings(3, 1)))) {
            corpus.refresh();
            try (Snapshot snapshot = corpus.acquire()) {
                QueryBuilder builder = QueryBuilder.of(snapshot.analyzers(),
                        new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                        QueryTranslator.load(Optional.empty()));
                // Left whole, the glued word would be one no chunk holds: a subject the corpus lacks.
                assertEquals(labels(builder.build("متى ولد الإسكندر الأكبر؟", snapshot, true)),
                        labels(builder.build("متى ولد الإسكندرالأكبر؟", snapshot, true)));
            }
        }
    }

    private static List<String> labels(AnalyzedQuery query) {
        return query.evidence().stream().map(EvidenceTerm::label).toList();
    }
}
