package io.isnad.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.isnad.retrieve.LanguageDetector;

/**
 * Feedback as an evaluation question set (JSON Lines, the format of the evaluation README), so that
 * what users rated becomes regression questions:
 * <ul>
 * <li>👍 on an answer: answerable, the cited files expected, no gold strings (retrieval and
 * citations are checked; {@code answer_hit} only counts questions with gold strings);</li>
 * <li>👍 on an abstention: unanswerable, so the service must keep declining;</li>
 * <li>👎: a draft with empty {@code answers} and a {@code todo} field saying that its expected
 * answer is still to be written; the evaluation runner skips such lines with a warning until
 * someone fills in {@code answers}, {@code expected_files} and {@code answerable} and deletes
 * {@code todo}.</li>
 * </ul>
 * A question rated more than once (same question, same earlier turns) is exported once, as its latest
 * rating says.
 */
public final class FeedbackExport {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private FeedbackExport() {
    }

    /** What an export produced: the question set's text and how many lines still need an answer. */
    public record QuestionSetText(String jsonLines, int questions, int drafts) {
    }

    public static QuestionSetText toQuestionSet(List<FeedbackEntry> entries) {
        Map<List<String>, FeedbackEntry> latest = new LinkedHashMap<>();
        for (FeedbackEntry entry : entries) {
            List<String> key = new ArrayList<>(entry.history());
            key.add(entry.question().strip());
            latest.remove(key);
            latest.put(key, entry);
        }
        StringBuilder lines = new StringBuilder();
        int drafts = 0;
        for (FeedbackEntry entry : latest.values()) {
            Map<String, Object> line = line(entry);
            drafts += line.containsKey("todo") ? 1 : 0;
            try {
                lines.append(JSON.writeValueAsString(line)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a question line is plain data and always serialisable", e);
            }
        }
        return new QuestionSetText(lines.toString(), latest.size(), drafts);
    }

    private static Map<String, Object> line(FeedbackEntry entry) {
        List<String> cited = entry.citations().stream().map(CitedSpan::file).distinct().toList();
        boolean down = Rating.DOWN.label().equals(entry.rating());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", "fb-" + entry.id());
        line.put("lang", LanguageDetector.detect(entry.question()));
        line.put("question", entry.question().strip());
        if (!entry.history().isEmpty()) {
            line.put("history", entry.history());
        }
        line.put("expected_files", cited);
        line.put("answers", List.of());
        // A draft's expected_files are what the rated answer cited: a starting point, not a verdict.
        line.put("answerable", down || !cited.isEmpty());
        if (down) {
            String comment = entry.comment() == null || entry.comment().isBlank() ? ""
                    : " The user said: " + entry.comment().strip();
            line.put("todo", "Rated down (" + entry.source() + ", " + entry.time() + ") on the answer: "
                    + entry.answer().strip() + comment
                    + " Write the expected answer: fill in answers, expected_files and answerable, then delete this field.");
        }
        return line;
    }
}
