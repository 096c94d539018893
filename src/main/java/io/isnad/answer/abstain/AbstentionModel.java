package io.isnad.answer.abstain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Logistic regression: the probability that the best sentence answers the question; below the
 * operating point the service abstains. Weights, bias and operating point are read from
 * {@link #RESOURCE}, written by the test-scope refit tool ({@code AbstentionRefit}), so the model
 * can be read and compared across refits.
 */
public final class AbstentionModel {

    public static final String RESOURCE = "abstention-weights.properties";

    private final double[] weights;
    private final double bias;
    private final double threshold;

    public AbstentionModel(double[] weights, double bias, double threshold) {
        if (weights.length != AbstentionFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + AbstentionFeatures.NAMES.size() + " weights");
        }
        this.weights = weights.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The packaged model; a missing or malformed file is a packaging bug, so it throws. */
    public static AbstentionModel packaged() {
        try (InputStream in = AbstentionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            double[] w = new double[AbstentionFeatures.NAMES.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = Double.parseDouble(required(p, AbstentionFeatures.NAMES.get(i)));
            }
            return new AbstentionModel(w, Double.parseDouble(required(p, "bias")),
                    Double.parseDouble(required(p, "threshold")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " lacks " + key);
        }
        return value.strip();
    }

    /** Probability, 0 to 1, that the sentence answers the question. */
    public double probability(AbstentionFeatures features) {
        double[] x = features.values();
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Whether to answer: the probability reaches the operating point and {@code doubtBelow}, the bar a judged
     * article that names the question's words only in passing sets (0 when it sets none). One probability
     * against the higher of the two is both comparisons at once, and the logistic is computed once.
     */
    public boolean answers(AbstentionFeatures features, double doubtBelow) {
        return probability(features) >= Math.max(threshold, doubtBelow);
    }

    public double threshold() {
        return threshold;
    }

    /** The feature weights, in {@link AbstentionFeatures#NAMES} order: where the refit tool starts a held fit. */
    public double[] weights() {
        return weights.clone();
    }

    public double bias() {
        return bias;
    }
}
