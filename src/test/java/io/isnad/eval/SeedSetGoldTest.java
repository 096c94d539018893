package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gold of the question sets over the seed articles holds: the first answer of an answerable
 * question is the span as it stands in one of its expected articles (so short-answer exact match
 * means something), and every expected article holds one of the answers (so citing it is right).
 * An edit of a set or of a seed article that breaks this would make the runner score against
 * gold no article supports.
 */
class SeedSetGoldTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path EVAL = Path.of("src/test/resources/eval");

    @ParameterizedTest
    @ValueSource(strings = {"seeds-dev.jsonl", "seeds-own.jsonl", "seeds-fresh.jsonl"})
    void everyGoldSpanStandsInItsExpectedArticles(String set) throws Exception {
        List<String> faults = new ArrayList<>();
        for (EvalQuestion q : QuestionSetParser.read(EVAL.resolve(set)).questions()) {
            if (!q.answerable()) {
                continue;
            }
            boolean firstAsWritten = false;
            for (String file : q.expectedFiles()) {
                String article = article(file);
                firstAsWritten |= AnswerMatcher.hit(article, q.answers().subList(0, 1));
                if (!AnswerMatcher.hit(article, q.answers())) {
                    faults.add(q.id() + ": no answer in " + file);
                }
            }
            if (!firstAsWritten) {
                faults.add(q.id() + ": first answer \"" + q.answers().getFirst() + "\" in no expected article");
            }
        }
        assertEquals(List.of(), faults);
    }

    /** A follow-up of the fresh set keeps its conversation on one side of the split. */
    @Test
    void everyFreshFollowUpHasAGroup() throws Exception {
        List<EvalQuestion> followUps = QuestionSetParser.read(EVAL.resolve("seeds-fresh.jsonl")).questions().stream()
                .filter(q -> !q.history().isEmpty()).toList();
        assertEquals(266, followUps.size());
        List<String> ungrouped = followUps.stream().filter(q -> q.group() == null).map(EvalQuestion::id).toList();
        assertTrue(ungrouped.isEmpty(), "follow-ups without a group: " + ungrouped);
    }

    private static String article(String file) throws IOException {
        return Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
    }
}
