package io.isnad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * SQuAD-style scores of a short answer against the gold answers: exact match and token F1, each the
 * best over the gold answers (and over the span and its rendering, when the service renders one).
 *
 * <p>The normalisation is SQuAD's (lower case, punctuation removed, articles removed, whitespace
 * collapsed) adapted to Arabic: first the folding of {@link ArabicTextNormalizer} (diacritics and
 * tatweel removed, alef/ya/ta-marbuta/hamza seats unified, both digit systems to ASCII), then every
 * punctuation mark, Latin or Arabic ({@code ، ؛ ؟ « »}), becomes a space, and the articles are
 * dropped: the English words {@code a, an, the} and the Arabic definite article {@code ال} at the
 * start of a word (also after the one-letter conjunctions and prepositions {@code و ف ب ك}, and
 * {@code لل} for {@code ل + ال}), when at least two letters remain. So "المدينةُ المنوّرة،" and
 * "مدينه منوره" are the same answer, while "في سبتمبر 2017" and "سبتمبر 2017" are not: a preposition
 * stays, as in SQuAD and MLQA.
 */
public final class ShortAnswerScore {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> ENGLISH_ARTICLES = List.of("a", "an", "the");
    /** The definite article, alone or after a one-letter proclitic ({@link ArabicProclitics#ARTICLE_FORMS}). */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile(
            "^(?:" + String.join("|", ArabicProclitics.ARTICLE_FORMS) + ")(?=\\p{IsArabic}{2})");

    private ShortAnswerScore() {
    }

    /** The tokens of {@code text} after the normalisation described above. */
    public static List<String> tokens(String text) {
        String folded = PUNCTUATION.matcher(ArabicTextNormalizer.normalize(AnswerMatcher.answerText(text)))
                .replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        for (String token : SPACES.split(folded.strip())) {
            if (token.isEmpty() || ENGLISH_ARTICLES.contains(token)) {
                continue;
            }
            tokens.add(ARABIC_ARTICLE.matcher(token).replaceFirst(""));
        }
        return tokens;
    }

    /** 1 when some candidate equals some gold answer after normalisation, else 0; 0 without candidates. */
    public static double exactMatch(List<String> candidates, List<String> gold) {
        return best(candidates, gold, (c, g) -> !g.isEmpty() && c.equals(g) ? 1 : 0);
    }

    /** The best token F1 of a candidate against a gold answer; 0 without candidates. */
    public static double f1(List<String> candidates, List<String> gold) {
        return best(candidates, gold, ShortAnswerScore::tokenF1);
    }

    /** The texts a short answer is scored by: the span and, when there is one, its rendering. */
    public static List<String> candidates(String text, String rendered) {
        return Stream.of(text, rendered).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
    }

    private static double best(List<String> candidates, List<String> gold, Scorer scorer) {
        double best = 0;
        for (String candidate : candidates) {
            List<String> c = tokens(candidate);
            for (String answer : gold) {
                best = Math.max(best, scorer.score(c, tokens(answer)));
            }
        }
        return best;
    }

    static double tokenF1(List<String> predicted, List<String> gold) {
        if (predicted.isEmpty() || gold.isEmpty()) {
            return predicted.equals(gold) ? 1 : 0;
        }
        Map<String, Integer> remaining = new HashMap<>();
        gold.forEach(t -> remaining.merge(t, 1, Integer::sum));
        int common = 0;
        for (String token : predicted) {
            if (remaining.getOrDefault(token, 0) > 0) {
                remaining.merge(token, -1, Integer::sum);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / predicted.size();
        double recall = (double) common / gold.size();
        return 2 * precision * recall / (precision + recall);
    }

    @FunctionalInterface
    private interface Scorer {
        double score(List<String> candidate, List<String> gold);
    }
}
