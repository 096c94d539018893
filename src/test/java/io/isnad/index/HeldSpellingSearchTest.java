package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.FreeDictDictionary;
import io.isnad.retrieve.lexicon.FreeDictFiles;
import io.isnad.retrieve.lexicon.Lexicon;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * An English name is guessed in Arabic letters as a romanised Arabic name would be ("Panthers" بنثرس);
 * a further spelling read as English names are written (بانثرز) is searched, and is evidence, where an
 * article holds it. One no article holds is neither.
 */
class HeldSpellingSearchTest {

    @TempDir
    Path tmp;

    private final ArticleLoader loader = new ArticleLoader(5_000_000, new ChunkingSettings(3, 1));

    private HybridRetriever retriever() throws IOException {
        return retriever(Optional.empty());
    }

    private HybridRetriever retriever(Optional<FreeDictDictionary> freeDict) throws IOException {
        Lexicon lexicon = Lexicon.parse(new StringReader("defense\tالدفاع\n"), "test");
        return new HybridRetriever(new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15),
                new QueryTranslator(lexicon, freeDict));
    }

    private Corpus corpus() throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        // The shorter article holds only the defense, and ranks first on it alone.
        Files.writeString(files.resolve("army.txt"), "الجيش\nتعزيز الدفاع.");
        Files.writeString(files.resolve("team.txt"),
                "المباراة\nتخلى الدفاع في فريق بانثرز عن 308 نقطة فقط طوال الموسم الماضي في الدوري.");
        Corpus corpus = Corpus.open(files, tmp.resolve("index"), loader);
        corpus.refresh();
        return corpus;
    }

    @Test
    void aSpellingTheArticleHoldsFindsItAndIsEvidence() throws IOException {
        try (Corpus corpus = corpus()) {
            Retrieval retrieval = Snapshots.retrieve(retriever(), corpus, "How many points did the Panthers defense give up?", 5);
            assertFalse(retrieval.passages().isEmpty());
            assertEquals("team.txt", retrieval.passages().get(0).file(), retrieval.passages().toString());
            EvidenceTerm panthers = retrieval.query().evidence().stream().filter(t -> t.label().equals("panthers"))
                    .findFirst().orElseThrow(() -> new AssertionError(retrieval.query().evidence().toString()));
            assertTrue(panthers.forms().contains("بانثرز"), "the article's spelling is evidence: " + panthers);
            assertFalse(panthers.forms().contains("بنثرز"), "a spelling no article holds is not searched: " + panthers);
        }
    }

    @Test
    void aNameNoSpellingGuessesIsFoundByItsConsonantsWithItsVowelsWhereAGuessHasThem() throws IOException {
        try (Corpus corpus = corpus()) {
            Path files = tmp.resolve("files");
            Files.writeString(files.resolve("fossils.txt"), "الأحافير\nعثر العلماء على أحافير في صخر بورجس في كندا.");
            Files.writeString(files.resolve("others.txt"), "الجيران\nقال غيرهم إن الدفاع ضعيف.");
            corpus.refresh();
            Retrieval burgess = Snapshots.retrieve(retriever(), corpus, "Where were the fossils of Burgess found?", 5);
            EvidenceTerm name = evidence(burgess, "burgess");
            assertTrue(name.forms().contains("بورجس"), "no guess writes its و: " + name);
            assertEquals("fossils.txt", burgess.passages().get(0).file(), burgess.passages().toString());
            Retrieval graham = Snapshots.retrieve(retriever(), corpus, "What did Graham say about the defense?", 5);
            assertFalse(evidence(graham, "graham").forms().contains("غيرهم"),
                    "the same consonants with a vowel after another one are another word");
        }
    }

    /**
     * A spelling of four letters that the light stemmer cuts to fewer (تاين read as تا with its "plural" ين taken
     * off) is a name's spelling all the same: the four-letter bar is the spelling's, not its stem's.
     */
    @Test
    void aFourLetterSpellingWhoseStemIsShorterIsFoundAndIsEvidence() throws IOException {
        try (Corpus corpus = corpus()) {
            Files.writeString(tmp.resolve("files").resolve("rail.txt"),
                    "المترو\nيغطي نظام المترو مساحة كبيرة من تاين ووير في شمال إنجلترا.");
            corpus.refresh();
            Retrieval tyne = Snapshots.retrieve(retriever(), corpus, "Where is Tyne?", 5);
            List<String> written = new IndexAnalyzers().tokens(IndexField.ARABIC, "تاين");
            assertEquals(List.of("تا"), written, "the stemmer's reading this test rests on");
            assertTrue(evidence(tyne, "tyne").forms().containsAll(written), evidence(tyne, "tyne").toString());
            assertFalse(tyne.passages().isEmpty());
            assertEquals("rail.txt", tyne.passages().get(0).file(), tyne.passages().toString());
        }
    }

    /**
     * A place's adjective that FreeDict translates by a nisba no article writes (كاليفورني) is searched, and is
     * evidence, by the place's name the article writes (كاليفورنيا).
     */
    @Test
    void aPlacesAdjectiveIsHeldByThePlaceTheArticleWrites() throws IOException {
        Path dictd = Files.createDirectories(tmp.resolve("dictd"));
        FreeDictFiles.write(dictd,
                Map.of("californian", "كاليفورني", "california", "كاليفورنيا", "suburbs", "الضواحي"));
        HybridRetriever retriever = retriever(FreeDictDictionary.load(dictd));
        try (Corpus corpus = corpus()) {
            Path files = tmp.resolve("files");
            Files.writeString(files.resolve("west.txt"), "الغرب\nيشتهر جنوب كاليفورنيا بالضواحي الواسعة.");
            Files.writeString(files.resolve("east.txt"), "الشرق\nتمتد الضواحي حول المدن القديمة.");
            corpus.refresh();
            Retrieval retrieval = Snapshots.retrieve(retriever, corpus, "Which Californian suburbs are wide?", 5);
            List<String> place = new IndexAnalyzers().tokens(IndexField.ARABIC,
                    ArabicTextNormalizer.normalize("كاليفورنيا"));
            assertTrue(retrieval.query().evidence().stream().anyMatch(t -> t.label().equals("californian") && !t.fuzzy()
                    && t.forms().containsAll(place)), retrieval.query().evidence().toString());
            assertEquals("west.txt", retrieval.passages().get(0).file(), retrieval.passages().toString());
        }
    }

    private static EvidenceTerm evidence(Retrieval retrieval, String label) {
        return retrieval.query().evidence().stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(retrieval.query().evidence().toString()));
    }
}
