package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The refit's weighting of its sets, and its calibration of an install's English offset to the
 * operating point chosen on the other install.
 */
class LogisticFitTest {

    private static final int BUILTIN = AbstentionFeatures.NAMES.indexOf("englishBuiltin");

    /** Answerable questions of one set, {@code english} of them marked as English without a dictionary. */
    private static List<Sample> answerable(int english, int arabic) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < english + arabic; i++) {
            double[] x = new double[AbstentionFeatures.NAMES.size()];
            x[BUILTIN] = i < english ? 1 : 0;
            x[0] = i < english ? 0 : 1;
            AbstentionFeatures f = new AbstentionFeatures(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9],
                    x[10], x[11], x[12], x[13], x[14], x[15]);
            samples.add(new Sample(Optional.of(f), true, "set", Sample.Source.WRITTEN, "built-in lexicon", "q" + i));
        }
        return samples;
    }

    private static List<Sample> set(String name, Sample.Source source, boolean answerable, int size) {
        AbstentionFeatures f = new AbstentionFeatures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            samples.add(new Sample(Optional.of(f), answerable, name, source, "dictionary", name + i));
        }
        return samples;
    }

    private static double total(Map<String, Double> weights, List<Sample> set) {
        return weights.get((set.getFirst().answerable() ? "+" : "-") + set.getFirst().group()) * set.size();
    }

    @Test
    void eachSourceOfNegativesWeighsTheSameWhateverItsSetsAndSizes() {
        List<Sample> written = set("unanswerable", Sample.Source.WRITTEN, false, 10);
        List<Sample> generated = set("near-miss", Sample.Source.GENERATED, false, 300);
        List<Sample> crossA = set("a over b", Sample.Source.CROSS, false, 600);
        List<Sample> crossB = set("b over a", Sample.Source.CROSS, false, 300);
        List<Sample> seeds = set("seeds", Sample.Source.WRITTEN, true, 50);
        List<Sample> xquad = set("xquad", Sample.Source.WRITTEN, true, 600);
        List<Sample> all = new ArrayList<>();
        Stream.of(written, generated, crossA, crossB, seeds, xquad).forEach(all::addAll);

        Map<String, Double> weights = LogisticFit.weights(all);

        // Ten written questions weigh as much as 300 generated and as the 900 asked over another corpus.
        assertEquals(0.5 / 3, total(weights, written), 1e-12);
        assertEquals(0.5 / 3, total(weights, generated), 1e-12);
        assertEquals(0.5 / 6, total(weights, crossA), 1e-12);
        assertEquals(0.5 / 6, total(weights, crossB), 1e-12);
        // The answerable sets share their class's half by set, whatever their sizes.
        assertEquals(0.25, total(weights, seeds), 1e-12);
        assertEquals(0.25, total(weights, xquad), 1e-12);
    }

    /** Weight 2 on coverage (an Arabic question here scores 0.88), nothing on the English offset. */
    private static LogisticFit.Result fit() {
        double[] weights = new double[AbstentionFeatures.NAMES.size()];
        weights[0] = 2;
        return new LogisticFit.Result(weights, 0);
    }

    @Test
    void theOffsetIsRaisedByTheLeastStepThatAnswersEnoughAtTheThreshold() {
        // Half the questions are English scoring 0.5 < 0.6: raised until sigmoid(w) >= 0.6, w = 0.41.
        LogisticFit.Result raised = LogisticFit.raisedUntilAnswered(fit(), answerable(5, 5), BUILTIN, 0.6);
        assertEquals(0.41, raised.weights()[BUILTIN], 1e-9);
        assertEquals(2, raised.weights()[0]);
    }

    @Test
    void anInstallThatAlreadyAnswersEnoughKeepsItsFit() {
        LogisticFit.Result fit = fit();
        assertSame(fit, LogisticFit.raisedUntilAnswered(fit, answerable(1, 9), BUILTIN, 0.6));
    }

    @Test
    void aShortfallTheOffsetCannotReachIsAnError() {
        // At 0.95 the Arabic questions (0.88) are declined whatever the English offset weighs.
        assertThrows(IllegalStateException.class, () -> LogisticFit.raisedUntilAnswered(fit(), answerable(5, 5), BUILTIN, 0.95));
    }
}
