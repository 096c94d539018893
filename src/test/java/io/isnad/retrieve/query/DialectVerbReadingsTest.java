package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A dialect-inflected verb, or a dialect noun with a glued ب, is read as its Standard form only where the corpus holds
 * that form and not the word.
 */
class DialectVerbReadingsTest {

    @TempDir
    Path tmp;

    @Test
    void theCorpusDecidesWhetherAWordIsReadAsItsStandardForm() throws IOException {
        withArticle("""
                خبر عن الحرب
                ونقل المراسل عن مصادر أن المقاتلين يقاتلون في المدينة، وأن شركة بترول اتفقت مع الحكومة.
                وقال إن العمليات في جزء من حلب بحاجة إلى دعم جوي.
                """, snapshot -> {
            assertEquals(Optional.of("نقل"), reading("اتنقل", snapshot), "the Egyptian passive");
            assertEquals(Optional.of("يقاتلون"), reading("كيقاتلو", snapshot), "Maghrebi marker and plural ending");
            assertEquals(Optional.empty(), reading("بترول", snapshot), "held as written: a Standard word");
            assertEquals(Optional.empty(), reading("بتعترف", snapshot), "neither it nor its reading is held");
            assertEquals(Optional.of("جزء"), reading("بحتّة", snapshot), "a dialect noun with a glued ب");
            assertEquals(Optional.empty(), reading("بطيارة", snapshot), "its reading طائرة is held by no chunk");
            assertEquals("شو نقل المراسل عن المعارك", DialectVerbReadings.inStandard(
                    ArabicTextNormalizer.normalize("شو اتنقل المراسل عن المعارك"), snapshot));
        });
    }

    @Test
    void aStandardWordThatLooksLikeADialectNounWithAGluedBiIsKeptWhereTheCorpusHoldsIt() throws IOException {
        withArticle("""
                خبر عن الدعم
                وقال إن العمليات في جزء من حلب بحاجة إلى دعم جوي لأسباب عسكرية بحتة.
                """, snapshot -> assertEquals(Optional.empty(), reading("بحتة", snapshot), "Standard بحتة, purely"));
    }

    @Test
    void aDefectiveVerbIsReadAsTheFeminineTheArticleWrites() throws IOException {
        withArticle("""
                خبر عن القائد
                وكانت نعت وسائل إعلام إيرانية يوم الخميس القائد العسكري.
                """, snapshot -> {
            assertEquals(Optional.of("نعت"), reading("نعى", snapshot), "the feminine the article writes");
            assertEquals(Optional.empty(), reading("دعا", snapshot), "neither it nor its forms are held");
        });
    }

    @Test
    void aDefectiveVerbTheCorpusHoldsAsWrittenIsKept() throws IOException {
        withArticle("""
                خبر عن الوزير
                وقد نعى الوزير القائد، ونعت وسائل الإعلام الضحايا.
                """, snapshot -> assertEquals(Optional.empty(), reading("نعى", snapshot), "held as written"));
    }

    private void withArticle(String text, Consumer<Snapshot> check) throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), text);
        try (Corpus corpus = Corpus.open(articles, tmp.resolve("index"), new ArticleLoader(5_000_000,
                new ChunkingSettings(3, 1)))) {
            corpus.refresh();
            try (Snapshot snapshot = corpus.acquire()) {
                check.accept(snapshot);
            }
        }
    }

    private static Optional<String> reading(String word, Snapshot snapshot) {
        return DialectVerbReadings.heldReading(ArabicTextNormalizer.normalize(word), snapshot);
    }
}
