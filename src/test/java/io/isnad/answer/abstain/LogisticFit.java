package io.isnad.answer.abstain;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * Fits the abstention model by batch gradient descent on the log loss. Both classes weigh the same
 * (negatives far outnumber positives), and within a class every set weighs the same, so that a
 * large cross-corpus set does not drown the near-miss questions; a little L2 keeps the weights
 * readable.
 */
final class LogisticFit {

    private static final int ITERATIONS = 3000;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-3;
    /** Least share of every answerable check set the operating point must still answer. */
    static final double MIN_ANSWERED = 0.8;
    /** The most {@link #raisedUntilAnswered} adds to an offset. */
    private static final double MAX_RAISE = 5;

    private LogisticFit() {
    }

    record Result(double[] weights, double bias) {

        double probability(Sample s) {
            if (s.features().isEmpty()) {
                return 0;
            }
            double[] x = s.features().get().values();
            double z = bias;
            for (int i = 0; i < x.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }

        String properties(double threshold) {
            StringBuilder out = new StringBuilder("# Abstention model (logistic regression), written by AbstentionRefit.\n");
            for (int i = 0; i < weights.length; i++) {
                out.append(AbstentionFeatures.NAMES.get(i)).append('=').append(round(weights[i])).append('\n');
            }
            out.append("bias=").append(round(bias)).append('\n');
            out.append("threshold=").append(round(threshold)).append('\n');
            return out.toString();
        }
    }

    static Result fit(List<Sample> samples) {
        int n = AbstentionFeatures.NAMES.size();
        boolean[] free = new boolean[n];
        Arrays.fill(free, true);
        return fit(samples, new Result(new double[n], 0), free);
    }

    /**
     * The fit of the bias and the {@code free} features' weights only, from {@code start}, every other
     * weight held at its value there: a new feature weighed on top of the packaged model, whose
     * full refit separates the sets less well than the weights it would replace (docs/answers.md,
     * "Twenty-second round").
     */
    static Result fit(List<Sample> samples, Result start, boolean[] free) {
        List<Sample> usable = samples.stream().filter(s -> s.features().isPresent()).toList();
        int n = AbstentionFeatures.NAMES.size();
        Map<String, Double> sampleWeight = weights(usable);
        double[] w = start.weights().clone();
        double b = start.bias();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[n];
            double gradientBias = 0;
            Result current = new Result(w, b);
            for (Sample s : usable) {
                double error = current.probability(s) - (s.answerable() ? 1 : 0);
                double weight = sampleWeight.get(key(s));
                double[] x = s.features().get().values();
                for (int i = 0; i < n; i++) {
                    gradient[i] += weight * error * x[i];
                }
                gradientBias += weight * error;
            }
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = free[i] ? w[i] - LEARNING_RATE * (gradient[i] + L2 * w[i]) : w[i];
            }
            w = next;
            b -= LEARNING_RATE * gradientBias;
        }
        return new Result(w, b);
    }

    /** Per sample: half the total weight to each class, shared equally by the class's sets. */
    private static Map<String, Double> weights(List<Sample> samples) {
        Map<String, Long> counts = samples.stream().collect(Collectors.groupingBy(LogisticFit::key, Collectors.counting()));
        Map<Boolean, Long> setsPerClass = counts.keySet().stream()
                .collect(Collectors.partitioningBy(k -> k.startsWith("+"), Collectors.counting()));
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((k, n) -> weights.put(k, 0.5 / setsPerClass.get(k.startsWith("+")) / n));
        return weights;
    }

    private static String key(Sample s) {
        return (s.answerable() ? "+" : "-") + s.group();
    }

    /**
     * The highest threshold at which every answerable check set still has at least
     * {@link #MIN_ANSWERED} of its questions answered: false abstentions are what users notice
     * most, and above that the declined share of the negatives is bought dearly. Prints each set's
     * right share per threshold, and their mean, so the choice can be read and questioned.
     */
    static double operatingPoint(Result fit, List<Sample> check, PrintStream out) {
        Map<String, List<Sample>> bySet = new TreeMap<>(check.stream().collect(Collectors.groupingBy(LogisticFit::key)));
        out.println("threshold  " + String.join("  |  ", bySet.keySet()));
        double best = 0;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            double[] classSum = new double[2];
            int[] classSets = new int[2];
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.2f", t));
            for (var set : bySet.entrySet()) {
                boolean positive = set.getKey().startsWith("+");
                double right = set.getValue().stream().filter(s -> (fit.probability(s) >= t) == positive).count()
                        / (double) set.getValue().size();
                classSum[positive ? 1 : 0] += right;
                classSets[positive ? 1 : 0]++;
                line.append(String.format(Locale.ROOT, "  %.3f", right));
            }
            double score = (classSum[0] / Math.max(1, classSets[0]) + classSum[1] / Math.max(1, classSets[1])) / 2;
            if (step % 5 == 0) {
                out.println(line.append(String.format(Locale.ROOT, "  mean %.3f", score)));
            }
            if (minAnswered(bySet, fit, t) >= MIN_ANSWERED && t > best) {
                best = t;
            }
        }
        return best;
    }

    /**
     * The fit with the weight of feature {@code offset} raised in 0.01 steps until every answerable
     * set of {@code check} answers at least {@link #MIN_ANSWERED} of its questions at
     * {@code threshold}; the fit itself when they already do. The refit calibrates so the English offset
     * of the install without a dictionary: one threshold serves both installs, and that install's
     * English questions, lacking translations, score lower under every weight.
     *
     * @throws IllegalStateException when no raise up to {@value #MAX_RAISE} reaches it (the shortfall
     *         lies in questions the feature does not mark)
     */
    static Result raisedUntilAnswered(Result fit, List<Sample> check, int offset, double threshold) {
        Map<String, List<Sample>> bySet = check.stream().collect(Collectors.groupingBy(LogisticFit::key));
        double[] weights = fit.weights().clone();
        Result raised = fit;
        for (int step = 1; minAnswered(bySet, raised, threshold) < MIN_ANSWERED; step++) {
            if (step * 0.01 > MAX_RAISE) {
                throw new IllegalStateException("raising " + AbstentionFeatures.NAMES.get(offset) + " by " + MAX_RAISE
                        + " does not answer " + MIN_ANSWERED + " of every answerable set at " + threshold);
            }
            weights[offset] = fit.weights()[offset] + step * 0.01;
            raised = new Result(weights.clone(), fit.bias());
        }
        return raised;
    }

    /**
     * How a fit at {@code threshold} compares with another model at its own threshold over the same
     * samples (one install's one part): the answerable questions it answers and the negatives it
     * declines more, and the negatives it declines more at the threshold that answers exactly as many
     * answerable questions as the other model. The last is the one that says whether a refit separates
     * better: two models that differ only along the trade-off tie there (docs/answers.md, "Twenty-second
     * round" and "Twenty-sixth round").
     */
    static Comparison against(Result fit, double threshold, Result other, double otherThreshold, List<Sample> samples) {
        List<Sample> answerable = samples.stream().filter(Sample::answerable).toList();
        List<Sample> negatives = samples.stream().filter(s -> !s.answerable()).toList();
        long otherAnswered = answerable.stream().filter(s -> other.probability(s) >= otherThreshold).count();
        long otherDeclined = negatives.stream().filter(s -> other.probability(s) < otherThreshold).count();
        double[] scores = answerable.stream().mapToDouble(fit::probability).sorted().toArray();
        // The probability of the answerable question ranked otherAnswered-th from the top answers as many.
        double equal = otherAnswered == 0 ? Double.POSITIVE_INFINITY : scores[(int) (scores.length - otherAnswered)];
        return new Comparison(answerable.stream().filter(s -> fit.probability(s) >= threshold).count() - otherAnswered,
                declined(fit, threshold, negatives) - otherDeclined, declined(fit, equal, negatives) - otherDeclined);
    }

    private static long declined(Result fit, double threshold, List<Sample> negatives) {
        return negatives.stream().filter(s -> fit.probability(s) < threshold).count();
    }

    /**
     * {@link #against}'s counts: more answerable questions answered and more negatives declined at the
     * fit's own threshold, and more negatives declined where the fit answers as many as the other model.
     */
    record Comparison(long answered, long declined, long declinedAtEqualAnswered) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "at its threshold %+d answered, %+d declined; answering as many, %+d declined",
                    answered, declined, declinedAtEqualAnswered);
        }
    }

    private static double minAnswered(Map<String, List<Sample>> bySet, Result fit, double t) {
        return bySet.entrySet().stream().filter(e -> e.getKey().startsWith("+"))
                .mapToDouble(e -> e.getValue().stream().filter(s -> fit.probability(s) >= t).count()
                        / (double) e.getValue().size())
                .min().orElse(0);
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
