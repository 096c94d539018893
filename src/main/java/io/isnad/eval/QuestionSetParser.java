package io.isnad.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads question sets in JSON Lines. A malformed line is rejected with its line number and what is
 * wrong; nothing is guessed, since a silently repaired line would change the figures we steer by.
 */
public final class QuestionSetParser {

    static final Set<String> LANGUAGES = Set.of("ar", "en");
    /** The question types, as {@code Answer.questionType} names them; the optional {@code type} field uses them. */
    public static final List<String> TYPES = List.of("person", "date", "number", "place", "reason", "description",
            "yesno", "list", "other");
    private static final Set<String> FIELDS = Set.of("id", "lang", "question", "history", "expected_files", "answers",
            "answerable", "type", "group");
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuestionSetParser() {
    }

    /** Reads a UTF-8 question file. */
    public static QuestionSet read(Path file) throws EvalInputException {
        if (!Files.isRegularFile(file)) {
            throw new EvalInputException("question file " + file + " does not exist or is not a file");
        }
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new EvalInputException("question file " + file + " is not valid UTF-8");
        } catch (IOException e) {
            throw new EvalInputException("cannot read question file " + file + ": " + e.getMessage());
        }
    }

    /** Parses the text of a question set; {@code source} names it in messages and reports. */
    public static QuestionSet parse(String source, String text) throws EvalInputException {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        List<EvalQuestion> questions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            EvalQuestion question = parseLine(lines[i], new LineContext(source, lineNumber), warnings);
            Integer earlier = lineOfId.putIfAbsent(question.id(), lineNumber);
            if (earlier != null) {
                throw new LineContext(source, lineNumber).error(
                        "id '" + question.id() + "' is already used on line " + earlier);
            }
            questions.add(question);
        }
        if (questions.isEmpty()) {
            throw new EvalInputException(source + ": the question set holds no questions");
        }
        return new QuestionSet(source, questions, warnings);
    }

    private static EvalQuestion parseLine(String line, LineContext at, List<String> warnings)
            throws EvalInputException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw at.error("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw at.error("expected a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                // Tolerated, not guessed at: a set may carry notes of its own, but a misspelt field
                // name should not go unnoticed.
                warnings.add(at.where() + ": unknown field '" + name + "' ignored");
            }
        }
        String id = text(node, "id", at);
        String lang = text(node, "lang", at);
        if (!LANGUAGES.contains(lang)) {
            throw at.error("field 'lang' must be \"ar\" or \"en\", got \"" + lang + "\"");
        }
        String question = text(node, "question", at);
        List<String> history = node.has("history") ? texts(node, "history", at) : List.of();
        List<String> expected = texts(node, "expected_files", at);
        List<String> answers = texts(node, "answers", at);
        JsonNode answerable = required(node, "answerable", at);
        if (!answerable.isBoolean()) {
            throw at.error("field 'answerable' must be true or false");
        }
        if (answerable.booleanValue() && expected.isEmpty()) {
            throw at.error("an answerable question needs at least one file in 'expected_files'");
        }
        if (!answerable.booleanValue() && !expected.isEmpty()) {
            throw at.error("an unanswerable question must have empty 'expected_files'");
        }
        String type = node.has("type") ? text(node, "type", at) : null;
        if (type != null && !TYPES.contains(type)) {
            throw at.error("field 'type' must be one of " + String.join(", ", TYPES) + ", got \"" + type + "\"");
        }
        String group = node.has("group") ? text(node, "group", at) : null;
        return new EvalQuestion(id, lang, question, history, expected, answers, answerable.booleanValue(), type,
                group);
    }

    private static JsonNode required(JsonNode node, String field, LineContext at) throws EvalInputException {
        JsonNode value = node.get(field);
        if (value == null) {
            throw at.error("field '" + field + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field, LineContext at) throws EvalInputException {
        JsonNode value = required(node, field, at);
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw at.error("field '" + field + "' must be a non-blank string");
        }
        return value.textValue().strip();
    }

    private static List<String> texts(JsonNode node, String field, LineContext at) throws EvalInputException {
        JsonNode value = required(node, field, at);
        if (!value.isArray()) {
            throw at.error("field '" + field + "' must be a list of strings");
        }
        List<String> result = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isTextual() || element.textValue().isBlank()) {
                throw at.error("field '" + field + "' must hold only non-blank strings");
            }
            result.add(element.textValue().strip());
        }
        return result;
    }

    private record LineContext(String source, int line) {

        String where() {
            return source + " line " + line;
        }

        EvalInputException error(String what) {
            return new EvalInputException(where() + ": " + what);
        }
    }
}
