package io.isnad.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.eval.EvalQuestion;
import io.isnad.eval.QuestionSet;
import io.isnad.eval.QuestionSetParser;

/** The export is read back by the evaluation's own parser: the format is the runner's, not ours. */
class FeedbackExportTest {

    private final FeedbackStore store = new FeedbackStore(java.nio.file.Path.of("unused"),
            Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void upVotesBecomeQuestionsAndDownVotesDraftsTheRunnerSkips() throws Exception {
        List<FeedbackEntry> entries = List.of(
                entry(Rating.UP, "متى التقى عراقجي بالأسد؟", List.of(), List.of(span("003_a.txt"), span("003_a.txt"))),
                entry(Rating.UP, "Who won the 2022 World Cup?", List.of(), List.of()),
                entry(Rating.DOWN, "وماذا ناقشا؟", List.of("متى التقى عراقجي بالأسد؟"), List.of(span("001_b.txt"))));
        FeedbackExport.QuestionSetText export = FeedbackExport.toQuestionSet(entries);
        assertEquals(3, export.questions());
        assertEquals(1, export.drafts());

        QuestionSet set = QuestionSetParser.parse("feedback", export.jsonLines());
        assertEquals(2, set.questions().size());
        EvalQuestion confirmed = set.questions().get(0);
        assertEquals("ar", confirmed.lang());
        assertTrue(confirmed.answerable());
        assertEquals(List.of("003_a.txt"), confirmed.expectedFiles());
        assertTrue(confirmed.answers().isEmpty());
        EvalQuestion abstention = set.questions().get(1);
        assertEquals("en", abstention.lang());
        assertFalse(abstention.answerable());
        assertTrue(set.warnings().stream().anyMatch(w -> w.contains("skipped until its expected answer is written")),
                set.warnings().toString());

        JsonNode draft = new ObjectMapper().readTree(export.jsonLines().lines().toList().get(2));
        assertEquals("وماذا ناقشا؟", draft.get("question").asText());
        assertEquals("متى التقى عراقجي بالأسد؟", draft.get("history").get(0).asText());
        assertEquals(0, draft.get("answers").size());
        assertTrue(draft.get("todo").asText().contains("Write the expected answer"), draft.toString());
    }

    @Test
    void aQuestionRatedTwiceIsExportedOnceAsItsLatestRatingSays() throws Exception {
        List<FeedbackEntry> entries = List.of(entry(Rating.DOWN, "سؤال", List.of(), List.of(span("a.txt"))),
                entry(Rating.UP, "سؤال ", List.of(), List.of(span("a.txt"))));
        FeedbackExport.QuestionSetText export = FeedbackExport.toQuestionSet(entries);
        assertEquals(1, export.questions());
        assertEquals(0, export.drafts());
        assertEquals(1, QuestionSetParser.parse("feedback", export.jsonLines()).questions().size());
    }

    private FeedbackEntry entry(Rating rating, String question, List<String> history, List<CitedSpan> cited) {
        return store.toEntry(new Feedback(FeedbackSource.WEB, rating, question, history, "answer [1]", cited, null, null));
    }

    private static CitedSpan span(String file) {
        return new CitedSpan(file, 0, 10);
    }
}
