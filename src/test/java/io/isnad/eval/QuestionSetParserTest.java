package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QuestionSetParserTest {

    private static final String GOOD = """
            {"id": "q1", "lang": "ar", "question": "من زار دمشق؟", "expected_files": ["a.txt"], "answers": ["عراقجي"], "answerable": true}
            {"id": "q2", "lang": "en", "question": "Where next?", "history": ["Who visited Damascus?"], "expected_files": ["a.txt", "b.txt"], "answers": ["Ankara"], "answerable": true}

            {"id": "q3", "lang": "en", "question": "Who won the cup?", "expected_files": [], "answers": [], "answerable": false}
            """;

    @Test
    void readsEveryFieldAndSkipsBlankLines() throws EvalInputException {
        QuestionSet set = QuestionSetParser.parse("set.jsonl", GOOD);
        assertEquals(3, set.questions().size());
        EvalQuestion followUp = set.questions().get(1);
        assertEquals("q2", followUp.id());
        assertEquals("en", followUp.lang());
        assertEquals(List.of("Who visited Damascus?"), followUp.history());
        assertEquals(List.of("a.txt", "b.txt"), followUp.expectedFiles());
        assertEquals(List.of("Ankara"), followUp.answers());
        assertTrue(followUp.answerable());
        assertEquals(List.of(), set.questions().get(0).history());
        assertEquals(false, set.questions().get(2).answerable());
        assertEquals(Set.of("ar", "en"), set.languages());
        assertEquals(List.of(), set.warnings());
    }

    @Test
    void theGoldTypeAndSplitGroupAreOptionalAndChecked() throws EvalInputException {
        String typed = "{\"id\": \"q1\", \"lang\": \"ar\", \"question\": \"متى؟\", \"expected_files\": [\"a.txt\"], "
                + "\"answers\": [\"2011\"], \"answerable\": true, \"type\": \"date\", \"group\": \"g7\"}";
        QuestionSet set = QuestionSetParser.parse("set.jsonl", typed);
        assertEquals("date", set.questions().get(0).type());
        assertEquals("g7", set.questions().get(0).group());
        assertEquals(List.of(), set.warnings(), "both are known fields");
        assertEquals(null, QuestionSetParser.parse("set.jsonl", GOOD).questions().get(0).type());
        EvalInputException bad = assertThrows(EvalInputException.class,
                () -> QuestionSetParser.parse("set.jsonl", typed.replace("\"date\"", "\"when\"")));
        assertTrue(bad.getMessage().startsWith("set.jsonl line 1: field 'type' must be one of person, date,"),
                bad.getMessage());
    }

    @Test
    void invalidJsonIsRejectedWithItsLineNumber() {
        String text = GOOD.lines().findFirst().orElseThrow() + "\n{\"id\": \"q9\", \"lang\": \"ar\",\n";
        String message = message(text);
        assertTrue(message.startsWith("set.jsonl line 2: not valid JSON ("), message);
    }

    @Test
    void eachKindOfMistakeIsNamed() {
        assertEquals("set.jsonl line 1: field 'answerable' is missing",
                message("{\"id\": \"q1\", \"lang\": \"ar\", \"question\": \"س\", \"expected_files\": [], \"answers\": []}"));
        assertEquals("set.jsonl line 1: field 'lang' must be \"ar\" or \"en\", got \"fr\"",
                message(line("\"lang\": \"fr\"", "\"answerable\": false", "\"expected_files\": []")));
        assertEquals("set.jsonl line 1: field 'answerable' must be true or false",
                message(line("\"lang\": \"ar\"", "\"answerable\": \"yes\"", "\"expected_files\": []")));
        assertEquals("set.jsonl line 1: field 'expected_files' must be a list of strings",
                message(line("\"lang\": \"ar\"", "\"answerable\": true", "\"expected_files\": \"a.txt\"")));
        assertEquals("set.jsonl line 1: field 'history' must hold only non-blank strings",
                message(line("\"lang\": \"ar\", \"history\": [3]", "\"answerable\": false", "\"expected_files\": []")));
        assertEquals("set.jsonl line 1: an answerable question needs at least one file in 'expected_files'",
                message(line("\"lang\": \"ar\"", "\"answerable\": true", "\"expected_files\": []")));
        assertEquals("set.jsonl line 1: an unanswerable question must have empty 'expected_files'",
                message(line("\"lang\": \"ar\"", "\"answerable\": false", "\"expected_files\": [\"a.txt\"]")));
        assertEquals("set.jsonl line 1: expected a JSON object", message("[1, 2]"));
    }

    @Test
    void duplicateIdsNameBothLines() {
        String first = GOOD.lines().findFirst().orElseThrow();
        assertEquals("set.jsonl line 3: id 'q1' is already used on line 1", message(first + "\n\n" + first));
    }

    @Test
    void unknownFieldsAreWarnedAboutNotGuessedAt() throws EvalInputException {
        QuestionSet set = QuestionSetParser.parse("set.jsonl",
                line("\"lang\": \"ar\", \"histroy\": []", "\"answerable\": false", "\"expected_files\": []"));
        assertEquals(List.of("set.jsonl line 1: unknown field 'histroy' ignored"), set.warnings());
    }

    @Test
    void emptySetsAndMissingFilesAreRejected() {
        assertEquals("set.jsonl: the question set holds no questions", message("\n  \n"));
        EvalInputException e = assertThrows(EvalInputException.class,
                () -> QuestionSetParser.read(Path.of("target/no-such-questions.jsonl")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private static String line(String lang, String answerable, String expected) {
        return "{\"id\": \"q1\", " + lang + ", \"question\": \"سؤال\", " + expected + ", \"answers\": [], " + answerable
                + "}";
    }

    private static String message(String text) {
        return assertThrows(EvalInputException.class, () -> QuestionSetParser.parse("set.jsonl", text)).getMessage();
    }
}
