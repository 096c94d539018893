package io.isnad.answer.abstain;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Fits the abstention model by batch gradient descent on the log loss, with both classes weighted
 * equally (negatives far outnumber positives) and a little L2 so the weights stay readable.
 */
final class LogisticFit {

    private static final int ITERATIONS = 3000;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-3;

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
        List<Sample> usable = samples.stream().filter(s -> s.features().isPresent()).toList();
        int n = AbstentionFeatures.NAMES.size();
        long positives = usable.stream().filter(Sample::answerable).count();
        double positiveWeight = 0.5 / Math.max(1, positives);
        double negativeWeight = 0.5 / Math.max(1, usable.size() - positives);
        double[] w = new double[n];
        double b = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[n];
            double gradientBias = 0;
            Result current = new Result(w, b);
            for (Sample s : usable) {
                double error = current.probability(s) - (s.answerable() ? 1 : 0);
                double weight = s.answerable() ? positiveWeight : negativeWeight;
                double[] x = s.features().get().values();
                for (int i = 0; i < n; i++) {
                    gradient[i] += weight * error * x[i];
                }
                gradientBias += weight * error;
            }
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = w[i] - LEARNING_RATE * (gradient[i] + L2 * w[i]);
            }
            w = next;
            b -= LEARNING_RATE * gradientBias;
        }
        return new Result(w, b);
    }

    /** The threshold that maximises balanced accuracy on {@code check}; prints the curve. */
    static double operatingPoint(Result fit, List<Sample> check, PrintStream out) {
        double best = 0.5;
        double bestScore = -1;
        out.println("threshold  answered(pos)  declined(neg)");
        for (int step = 5; step <= 95; step += 5) {
            double t = step / 100.0;
            long pos = check.stream().filter(Sample::answerable).count();
            long answered = check.stream().filter(s -> s.answerable() && fit.probability(s) >= t).count();
            long neg = check.size() - pos;
            long declined = check.stream().filter(s -> !s.answerable() && fit.probability(s) < t).count();
            double a = pos == 0 ? 0 : (double) answered / pos;
            double d = neg == 0 ? 0 : (double) declined / neg;
            out.printf(Locale.ROOT, "%.2f       %.3f          %.3f%n", t, a, d);
            if ((a + d) / 2 > bestScore) {
                bestScore = (a + d) / 2;
                best = t;
            }
        }
        return best;
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
