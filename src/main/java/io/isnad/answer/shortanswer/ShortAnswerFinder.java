package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Picks the span of a sentence that answers a typed question: of the spans of the asked kind,
 * those the question does not already contain ("متى… عام 2016" is not answered by 2016), the one
 * nearest to the question's own words in the sentence.
 */
public final class ShortAnswerFinder {

    /** Shortest prefix of a question word looked for in the sentence; Arabic glues affixes on. */
    private static final int STEM_PREFIX = 4;
    private static final Pattern YEAR_WORD = Pattern.compile("(عام|سنه|العام|السنه|year)\\s+");

    private ShortAnswerFinder() {
    }

    /** The answering span of {@code sentence}, offsets relative to it, or empty. */
    public static Optional<Span> find(String sentence, QuestionType type, String question) {
        if (!type.typed()) {
            return Optional.empty();
        }
        String foldedQuestion = ArabicTextNormalizer.normalize(question);
        List<Span> spans = SpanFinder.find(sentence, type).stream()
                .filter(s -> !foldedQuestion.contains(s.folded()))
                .map(s -> withoutAskedUnit(sentence, s, foldedQuestion))
                .toList();
        if (spans.size() <= 1) {
            return spans.stream().findFirst();
        }
        List<Integer> anchors = anchors(ArabicTextNormalizer.foldWithOffsets(sentence), question);
        if (anchors.isEmpty()) {
            return Optional.of(spans.get(0));
        }
        Span best = spans.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (Span s : spans) {
            for (int a : anchors) {
                int d = a < s.start() ? s.start() - a : Math.max(0, a - s.end());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = s;
                }
            }
        }
        return Optional.of(best);
    }

    /**
     * "In which year…" asks for the year: the answer is "1921", not "عام 1921", the unit the
     * question already names.
     */
    private static Span withoutAskedUnit(String sentence, Span span, String foldedQuestion) {
        Matcher m = YEAR_WORD.matcher(span.folded());
        if (m.lookingAt() && foldedQuestion.contains(m.group(1))) {
            ArabicTextNormalizer.Folded original = ArabicTextNormalizer.foldWithOffsets(
                    sentence.substring(span.start(), span.end()));
            return new Span(span.start() + original.start(m.end()), span.end(), span.folded().substring(m.end()));
        }
        return span;
    }

    /** Where the question's focus words occur in the sentence (original offsets). */
    private static List<Integer> anchors(ArabicTextNormalizer.Folded sentence, String question) {
        List<Integer> anchors = new ArrayList<>();
        for (String word : QuestionAnalyzer.analyze(question).focus()) {
            String bare = word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word;
            String probe = bare.length() > STEM_PREFIX ? bare.substring(0, STEM_PREFIX) : bare;
            if (probe.length() < 3) {
                continue;
            }
            int at = sentence.text().indexOf(probe);
            while (at >= 0) {
                anchors.add(sentence.start(at));
                at = sentence.text().indexOf(probe, at + 1);
            }
        }
        return anchors;
    }
}
