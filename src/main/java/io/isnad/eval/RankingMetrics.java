package io.isnad.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * Retrieval measures over a ranked list of article files (binary relevance: a file is relevant
 * when the question set lists it in {@code expected_files}). Ranks are 1-based.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** The distinct files of ranked passages, in the order they first appear. */
    public static List<String> distinctFiles(List<String> passageFiles) {
        return List.copyOf(new LinkedHashSet<>(passageFiles));
    }

    /** The rank of the first expected file, or empty when none was retrieved. */
    public static OptionalInt firstRank(List<String> ranked, Collection<String> expected) {
        for (int i = 0; i < ranked.size(); i++) {
            if (expected.contains(ranked.get(i))) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** 1 when an expected file is among the first {@code n}, else 0. */
    public static double recallAt(int n, List<String> ranked, Collection<String> expected) {
        OptionalInt rank = firstRank(ranked, expected);
        return rank.isPresent() && rank.getAsInt() <= n ? 1 : 0;
    }

    /** 1 / rank of the first expected file, 0 when it is not among the first {@code cutoff}. */
    public static double reciprocalRank(int cutoff, List<String> ranked, Collection<String> expected) {
        OptionalInt rank = firstRank(ranked, expected);
        return rank.isPresent() && rank.getAsInt() <= cutoff ? 1.0 / rank.getAsInt() : 0;
    }

    /**
     * Normalised discounted cumulative gain: each expected file among the first {@code cutoff}
     * gains {@code 1 / log2(rank + 1)}, divided by the gain of the ideal ranking (every expected
     * file first). Unlike recall and MRR it rewards finding all supporting articles, not just one.
     */
    public static double ndcg(int cutoff, List<String> ranked, Collection<String> expected) {
        double dcg = 0;
        for (int i = 0; i < Math.min(cutoff, ranked.size()); i++) {
            if (expected.contains(ranked.get(i))) {
                dcg += gain(i + 1);
            }
        }
        double ideal = 0;
        for (int rank = 1; rank <= Math.min(cutoff, new HashSet<>(expected).size()); rank++) {
            ideal += gain(rank);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double gain(int rank) {
        return 1 / (Math.log(rank + 1) / Math.log(2));
    }
}
