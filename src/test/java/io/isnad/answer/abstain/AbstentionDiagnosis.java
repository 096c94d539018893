package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AssistantService;
import io.isnad.answer.DiagnosisSets;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.ingest.IngestConfig;
import io.isnad.retrieve.RetrieveConfig;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Why a question is declined or answered, word by word: a tool, not a check, so it runs only when asked.
 *
 * <pre>
 * ./mvnw test -Dtest=AbstentionDiagnosis -Disnad.diagnosis.sets=CORPUS::QUESTIONS,... -Disnad.diagnosis.out=FILE.jsonl
 * </pre>
 *
 * One JSON line per question ({@link AbstentionDiagnosisLine}), asked with FreeDict as the service asks it: the
 * packaged model's decision and probability, its features, the
 * sentence it judged, the gold sentence (the first sentence of the first expected article holding
 * an answer string, folded) and per evidence term of the question its forms and weight, whether it
 * is a name or the question's wording, whether the judged sentence (with its neighbours), the judged
 * article, the gold sentence and the gold article hold it, and whether any chunk holds one of its
 * forms. docs/answers.md, "Fourteenth round", counts the causes of false abstentions from it. Also which
 * of the checks behind the Arabic unheld-name decline holds (a known name no chunk writes, a clitic word
 * no chunk writes, a displaced last word, a displaced word, any of the four alignments on the judged
 * sentence), the passing-mention bar ({@code doubtBelow}), and whether the lead and the judged sentence
 * hold a gold answer: with every decline's flag, what counts each rule's true false abstentions and its
 * unique catches (docs/answers.md, "abst37"). Since faar41 also the features the model would read of the
 * lead ({@code leadFeatures}): where the lead is the judged sentence, its features but for the unwritten-name
 * flag. A follow-up is asked with its history, as the evaluation asks it (until debt48 it was asked alone): its
 * line also has the earlier questions ({@code history}), the question it was made into ({@code rewritten}, absent
 * when searched as asked), the previous answer's sentence ({@code previous}: file, sentence, type, and whether it
 * was {@code shown} or only the declined answer's would-be lead), the follow-up's own declines of the lead
 * ({@code followUpDeclines}: leavesTheStory, strays, missesOwnNoun, namesOnlyTheAsked) and, after a declined
 * earlier answer, the choice for the follow-up asked alone, which the service tries first ({@code alone}:
 * answered, probability, doubtBelow, lead, declines).
 */
@QuarkusTest
class AbstentionDiagnosis {

    @Inject
    AssistantService assistant;
    @Inject
    ExtractiveAnswerer extractive;
    @Inject
    IngestConfig ingest;
    @Inject
    RetrieveConfig retrieve;

    @Test
    void diagnose() throws Exception {
        String sets = System.getProperty("isnad.diagnosis.sets");
        assumeTrue(sets != null, "a tool: run with -Disnad.diagnosis.sets=CORPUS::QUESTIONS,... to diagnose");
        AbstentionDiagnosisLine diagnosis = new AbstentionDiagnosisLine(assistant, extractive,
                RefitInstall.both(retrieve).getFirst().retriever(), AbstentionModel.packaged());
        List<String> lines = DiagnosisSets.lines(sets, ingest, diagnosis::of);
        Files.write(Path.of(System.getProperty("isnad.diagnosis.out", "abstention-diagnosis.jsonl")), lines,
                StandardCharsets.UTF_8);
    }
}
