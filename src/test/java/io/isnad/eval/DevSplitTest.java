package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DevSplitTest {

    private static final Path XQUAD = Path.of("src/test/resources/eval/xquad-dev/questions.jsonl");

    private static EvalQuestion question(String id, String file) {
        return new EvalQuestion(id, id.endsWith("-en") ? "en" : "ar", "q " + id, List.of(),
                file == null ? List.of() : List.of(file), List.of("x"), file != null);
    }

    @Test
    void aQuestionKeepsItsPartWhateverElseIsInTheSet() {
        EvalQuestion q = question("seed-017", "a.txt");
        DevSplit.Part alone = DevSplit.of(new QuestionSet("s", List.of(q), List.of())).partOf(q);
        List<EvalQuestion> many = new ArrayList<>(IntStream.range(0, 30).mapToObj(i -> question("x" + i, "a.txt"))
                .toList());
        many.add(7, q);
        assertEquals(alone, DevSplit.of(new QuestionSet("s", many, List.of())).partOf(q));
        assertEquals(alone, DevSplit.of(new QuestionSet("s", many.reversed(), List.of())).partOf(q));
    }

    @Test
    void arabicAndEnglishVersionsStayTogetherAndBothPartsAreUsed() {
        List<EvalQuestion> questions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            questions.add(question("q" + i + "-ar", "a.txt"));
            questions.add(question("q" + i + "-en", "a.txt"));
        }
        DevSplit split = DevSplit.of(new QuestionSet("s", questions, List.of()));
        for (int i = 0; i < questions.size(); i += 2) {
            assertEquals(split.partOf(questions.get(i)), split.partOf(questions.get(i + 1)), questions.get(i).id());
        }
        long tune = questions.stream().filter(q -> split.partOf(q) == DevSplit.Part.TUNE).count();
        assertTrue(tune > 16 && tune < 64, "roughly half in each part, got " + tune + " of 80 tuning");
    }

    @Test
    void inAParagraphSetEveryParagraphIsOnOneSide() throws Exception {
        QuestionSet xquad = QuestionSetParser.read(XQUAD);
        DevSplit split = DevSplit.of(xquad);
        Map<String, DevSplit.Part> partOfFile = new HashMap<>();
        for (EvalQuestion q : xquad.questions()) {
            DevSplit.Part earlier = partOfFile.putIfAbsent(q.expectedFiles().get(0), split.partOf(q));
            assertTrue(earlier == null || earlier == split.partOf(q), q.id() + " crosses the split");
        }
        int tune = split.select(xquad, DevSplit.Part.TUNE).size();
        int check = split.select(xquad, DevSplit.Part.CHECK).size();
        assertEquals(xquad.questions().size(), tune + check);
        assertTrue(tune > 400 && check > 400, tune + " tuning, " + check + " check");
        assertEquals(xquad.questions(), split.select(xquad, DevSplit.Part.ALL));
    }

    @Test
    void anExplicitGroupWinsAndAnUnanswerableQuestionFollowsItsSource() {
        EvalQuestion source = question("q9-ar", "a.txt");
        DevSplit split = DevSplit.of(new QuestionSet("s", List.of(source), List.of()));
        EvalQuestion negative = source.asUnanswerable(split.group(source));
        assertEquals(split.partOf(source), split.partOf(negative));
        EvalQuestion grouped = new EvalQuestion("other", "ar", "q", List.of(), List.of(), List.of(), false, null, "q9");
        assertEquals(split.partOf(source), split.partOf(grouped));
        assertNotEquals(split.group(question("q9-ar-x", null)), split.group(source));
    }

    @Test
    void partsParseByLabelOnly() throws Exception {
        assertEquals(DevSplit.Part.CHECK, DevSplit.Part.parse("check"));
        assertEquals("split must be tune, check or all, got 'test'",
                assertThrows(EvalInputException.class, () -> DevSplit.Part.parse("test")).getMessage());
    }
}
