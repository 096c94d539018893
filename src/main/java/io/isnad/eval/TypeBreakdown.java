package io.isnad.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** Figures per question type, so a report shows which kinds of question the answer stage gets wrong. */
final class TypeBreakdown {

    private TypeBreakdown() {
    }

    /**
     * Counts and {@link Scorecard} figures per value of {@code type}, known types in
     * {@link QuestionSetParser#TYPES} order and any other value after them; questions without a
     * type are left out, so a set without gold types gives an empty map.
     */
    static Map<String, EvalReport.TypeFigures> byType(List<QuestionResult> results,
            Function<QuestionResult, String> type) {
        List<String> present = results.stream().map(type).filter(Objects::nonNull).distinct().toList();
        Map<String, EvalReport.TypeFigures> figures = new LinkedHashMap<>();
        Stream.concat(QuestionSetParser.TYPES.stream().filter(present::contains),
                present.stream().filter(t -> !QuestionSetParser.TYPES.contains(t)).sorted()).forEach(t -> {
                    List<QuestionResult> members = results.stream().filter(r -> t.equals(type.apply(r))).toList();
                    figures.put(t, new EvalReport.TypeFigures(EvalReport.Counts.of(members),
                            Scorecard.score(members)));
                });
        return figures;
    }
}
