package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.answer.AssistantService;
import io.isnad.answer.DiagnosisSets;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.answer.Question;
import io.isnad.answer.followup.FollowUpRewriter;
import io.isnad.ingest.IngestConfig;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.LanguageDetector;
import io.quarkus.test.junit.QuarkusTest;

/** The diagnosis dump asks a follow-up with its history, as the evaluation does, and says how it was asked. */
@QuarkusTest
class AbstentionDiagnosisTest {

    private static final String FIRST = "Who met Assad in Damascus on December 1?";
    private static final String FOLLOW_UP = "Where will he travel next?";

    @Inject
    AssistantService assistant;
    @Inject
    ExtractiveAnswerer extractive;
    @Inject
    HybridRetriever retriever;
    @Inject
    FollowUpRewriter rewriter;
    @Inject
    IngestConfig ingest;

    @TempDir
    Path dir;

    @Test
    void aFollowUpIsAskedWithItsHistoryAndItsRewriteAndPreviousAnswerAreWritten() throws Exception {
        Path questions = dir.resolve("questions.jsonl");
        String expected = "\"expected_files\": [\"003_bda4f0888d9a15f7.txt\"], \"answerable\": true";
        Files.writeString(questions, String.join("\n",
                "{\"id\": \"first\", \"lang\": \"en\", \"question\": \"" + FIRST + "\", \"answers\": [\"عراقجي\"], "
                        + expected + "}",
                "{\"id\": \"next\", \"lang\": \"en\", \"question\": \"" + FOLLOW_UP + "\", \"answers\": [\"أنقرة\"], "
                        + expected + ", \"history\": [\"" + FIRST + "\"]}"), StandardCharsets.UTF_8);
        AbstentionDiagnosisLine diagnosis = new AbstentionDiagnosisLine(assistant, extractive, retriever,
                AbstentionModel.packaged());
        List<String> lines = DiagnosisSets.lines("seeds::" + questions, ingest, diagnosis::of);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        JsonNode next = json.readTree(lines.get(1));

        assertFalse(first.has("history") || first.has("rewritten") || first.has("previous"), first.toString());
        Optional<String> rewritten = rewriter.standalone(new Question(FOLLOW_UP, List.of(FIRST), 10),
                LanguageDetector.ENGLISH);
        assertTrue(rewritten.isPresent(), "the rule makes the follow-up standalone");
        assertEquals(List.of(FIRST), List.of(next.get("history").get(0).asText()));
        assertEquals(rewritten.get(), next.get("rewritten").asText());
        assertTrue(next.get("previous").get("file").asText().endsWith(".txt"), next.toString());
        assertTrue(next.get("followUpDeclines").has("leavesTheStory"), next.toString());
    }
}
