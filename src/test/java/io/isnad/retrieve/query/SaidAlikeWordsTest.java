package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

/** A word no chunk holds is read with an interdental as the dialects say it where the corpus holds that reading. */
class SaidAlikeWordsTest {

    private static final Map<String, String> ARTICLES = Map.of(
            "a.txt", "تامر حسني\nتامر حسني مغني مصري، التحق بكلية الإعلام، وسجل أغنية منذ عام 2002.\n",
            "b.txt", "الوسواس القهري\nالاضطراب الوسواسي القهري اضطراب نفسي، وهو جنس من الأمراض.\n");

    @TempDir
    Path tmp;

    @Test
    void readsAnUnheldWordAsTheHeldWordTheDialectsSayAlike() throws IOException {
        try (IndexedArticles articles = new IndexedArticles(tmp, ARTICLES)) {
            HeldWords words = HeldWords.of(articles.snapshot());
            assertEquals(Optional.of("تامر"), read("ثامر", words), "an interdental put back where the name has a stop");
            assertEquals(Optional.of("بالاضطراب"), read("بالاظطراب", words), "ظ for ض behind a proclitic");
            assertEquals(Optional.empty(), read("تامر", words), "held as written");
            assertEquals(Optional.empty(), read("حنس", words), "a letter written alike but for its dots");
            assertEquals(Optional.empty(), read("ثورة", words), "no reading the corpus holds");
            assertEquals(ArabicTextNormalizer.normalize("أين درس تامر حسني"), SaidAlikeWords.respelled(
                    ArabicTextNormalizer.normalize("أين درس ثامر حسني"), articles.snapshot(), Map.of()),
                    "the word read inside a whole question");
        }
    }

    private static Optional<String> read(String word, HeldWords words) {
        return SaidAlikeWords.heldReading(ArabicTextNormalizer.normalize(word), words);
    }
}
