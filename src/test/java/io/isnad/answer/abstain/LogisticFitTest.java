package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The refit's calibration of an install's English offset to the operating point chosen on the other install,
 * its fit of a new feature on top of held weights, and the questions a decline check serves whatever the model says.
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
            samples.add(new Sample(Optional.of(f), true, false, "set", "built-in lexicon", "q" + i));
        }
        return samples;
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
    void aHeldFitMovesOnlyTheFreedWeightsAndTheBias() {
        int margin = AbstentionFeatures.NAMES.indexOf("margin");
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double[] x = new double[AbstentionFeatures.NAMES.size()];
            x[0] = 1;
            x[margin] = i < 10 ? 1 : 0.2;
            AbstentionFeatures f = new AbstentionFeatures(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9],
                    x[10], x[11], x[12], x[13], x[14], x[15]);
            samples.add(new Sample(Optional.of(f), i < 10, false, "set", "dictionary", "q" + i));
        }
        boolean[] free = new boolean[AbstentionFeatures.NAMES.size()];
        free[margin] = true;
        LogisticFit.Result held = LogisticFit.fit(samples, fit(), free);
        assertEquals(2, held.weights()[0]);
        assertTrue(held.weights()[margin] > 1, "the freed weight learns what separates the classes");
        assertTrue(held.bias() < 0);
        for (int i = 1; i < AbstentionFeatures.NAMES.size(); i++) {
            if (i != margin) {
                assertEquals(0, held.weights()[i]);
            }
        }
    }

    /** One sample per coverage value: answerable where {@code answerable} says so. */
    private static List<Sample> byCoverage(double[] coverage, boolean[] answerable) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < coverage.length; i++) {
            double[] x = new double[AbstentionFeatures.NAMES.size()];
            x[0] = coverage[i];
            AbstentionFeatures f = new AbstentionFeatures(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9],
                    x[10], x[11], x[12], x[13], x[14], x[15]);
            samples.add(new Sample(Optional.of(f), answerable[i], false, "set", "dictionary", "q" + i));
        }
        return samples;
    }

    @Test
    void aFitIsComparedWhereItAnswersAsManyAsTheOtherModel() {
        // Coverage 0.9 and 0.7 answerable, 0.6 and 0.2 not. The fit (2 x coverage) scores them .86, .80,
        // .77, .60; the other model (1 - 2 x coverage) .31, .40, .45, .65, and at 0.35 answers one
        // answerable question (0.7) and declines no negative.
        List<Sample> samples = byCoverage(new double[] {0.9, 0.7, 0.6, 0.2}, new boolean[] {true, true, false, false});
        double[] reversed = new double[AbstentionFeatures.NAMES.size()];
        reversed[0] = -2;
        LogisticFit.Comparison c = LogisticFit.against(fit(), 0.7, new LogisticFit.Result(reversed, 1), 0.35, samples);
        // At 0.7 the fit answers both answerable questions and declines the 0.2 one.
        assertEquals(1, c.answered());
        assertEquals(1, c.declined());
        // Answering one answerable question, as the other does (from .86 up), it declines both negatives.
        assertEquals(2, c.declinedAtEqualAnswered());
    }

    @Test
    void aRuledSampleIsLeftOutOfTheFitAndCountedDeclined() {
        // Coverage 0.9 answerable but ruled (a decline check holds), 0.7 answerable, 0.6 and 0.2 not.
        List<Sample> samples = byCoverage(new double[] {0.9, 0.7, 0.6, 0.2}, new boolean[] {true, true, false, false});
        Sample top = samples.getFirst();
        Sample ruled = new Sample(top.features(), true, true, top.set(), top.install(), top.id());
        List<Sample> served = new ArrayList<>(List.of(ruled.asServed()));
        served.addAll(samples.subList(1, samples.size()));
        assertArrayEquals(LogisticFit.fit(samples.subList(1, samples.size())).weights(), LogisticFit.fit(served).weights());
        // The fit (2 x coverage) would answer it at .86; served, it is declined at every threshold.
        assertEquals(0, fit().probability(ruled.asServed()));
        assertTrue(ruled.csv("tune").endsWith(",1"), "the dump marks it ruled");
        assertSame(samples.get(1), samples.get(1).asServed());
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
