package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.AssistantService;
import io.isnad.ingest.IngestConfig;
import io.isnad.retrieve.RetrieveConfig;
import io.isnad.retrieve.lexicon.QueryTranslator;
import io.quarkus.test.junit.QuarkusTest;

/** The refit asks every question under both installs, and fits each install's questions as a set of their own. */
@QuarkusTest
class RefitSamplesTest {

    @Inject
    AssistantService assistant;
    @Inject
    IngestConfig ingest;
    @Inject
    RetrieveConfig retrieve;

    @TempDir
    Path tmp;

    @Test
    void everyQuestionIsAskedUnderBothInstallsAndEnglishOnesTakeEachInstallsOffset() throws Exception {
        assumeTrue(QueryTranslator.load(retrieve.freedictDir().map(Path::of)).dictionaryInstalled(),
                "FreeDict is not installed (apt-get install dict-freedict-eng-ara): the refit needs both installs");
        Path questions = tmp.resolve("questions.jsonl");
        Files.writeString(questions, """
                {"id": "en1", "lang": "en", "question": "Which Iranian commander was killed in Aleppo?", "expected_files": ["000_7a1f042e14fe9a2d.txt"], "answers": ["بورهاشمي"], "answerable": true}
                {"id": "ar1", "lang": "ar", "question": "من قتل في حلب؟", "expected_files": ["000_7a1f042e14fe9a2d.txt"], "answers": ["بورهاشمي"], "answerable": true}
                """);
        List<Sample> tune = new ArrayList<>();
        List<Sample> check = new ArrayList<>();
        new RefitSamples(assistant, ingest, RefitInstall.both(retrieve)).collect(Path.of("seeds"), questions, false,
                tune, check);
        Map<String, AbstentionFeatures> byInstall = Stream.concat(tune.stream(), check.stream())
                .collect(Collectors.toMap(s -> s.id() + " [" + s.install() + "]",
                        s -> s.features().orElseThrow()));
        assertEquals(4, byInstall.size(), byInstall.keySet().toString());
        assertEquals(1, byInstall.get("en1 [dictionary]").englishDictionary());
        assertEquals(0, byInstall.get("en1 [dictionary]").englishBuiltin());
        assertEquals(0, byInstall.get("en1 [built-in lexicon]").englishDictionary());
        assertEquals(1, byInstall.get("en1 [built-in lexicon]").englishBuiltin());
        assertArrayEquals(byInstall.get("ar1 [dictionary]").values(), byInstall.get("ar1 [built-in lexicon]").values());
    }

    @Test
    void withoutTheDictionaryTheRefitRefusesToFitOneInstallAlone(@TempDir Path empty) {
        assertThrows(IllegalStateException.class, () -> RefitInstall.both(retrieve.settings(), Optional.of(empty)));
    }
}
