package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AssistantService;
import io.isnad.ingest.IngestConfig;
import io.isnad.retrieve.RetrieveConfig;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Refits the abstention model: a tool, not a check, so it runs only when asked.
 *
 * <pre>
 * ./mvnw test -Dtest=AbstentionRefit -Disnad.refit.sets=CORPUS::QUESTIONS[::cross],... \
 *     [-Disnad.refit.out=src/main/resources/io/isnad/answer/abstain/abstention-weights.properties] \
 *     [-Disnad.refit.dump=features.csv] [-Disnad.refit.held=FEATURE,...] [-Disnad.refit.residual=true]
 * </pre>
 *
 * Every question of the sets is labelled by its {@code answerable} field: answerable questions are
 * positives; unanswerable and near-miss questions are negatives, and so is every question of a set
 * marked {@code ::cross} (asked over another corpus). Every set is asked under both installs
 * ({@link RefitInstall}: with FreeDict, which must be installed, and with the built-in lexicon
 * alone), each install's questions a set of their own. The model is fitted on the tuning part of
 * every set ({@link io.isnad.eval.DevSplit}); the operating point is chosen on the check part of
 * the dictionary install by {@link LogisticFit#operatingPoint}, and the English offset of the install
 * without one is raised until the same rule holds for it at that point
 * ({@link LogisticFit#raisedUntilAnswered}). Each install's curve is printed, so the choice can be read,
 * and so is how the fit compares with the packaged model on each install's parts ({@link LogisticFit#against}).
 * With {@code isnad.refit.held} only the bias and the named features' weights are fitted, every other
 * weight held at its packaged value: how a new feature is weighed on top of the packaged model.
 * With {@code isnad.refit.residual} every question a decline check of {@link Declines} declines whatever
 * the model says is taken as served ({@link Sample#asServed}): left out of the fit, and declined when the
 * operating point is chosen and the fit compared, so the model is fitted to the questions the checks leave.
 */
@QuarkusTest
class AbstentionRefit {

    @Inject
    AssistantService assistant;
    @Inject
    IngestConfig ingest;
    @Inject
    RetrieveConfig retrieve;

    private static List<Sample> checkOf(List<Sample> check, RefitInstall install) {
        return check.stream().filter(s -> s.install().equals(install.name())).toList();
    }

    /**
     * The fit of the bias and the {@code held} features (comma-separated) from the packaged model, every
     * other weight kept. A new feature is first added to the weights file with weight 0 (the service
     * the refit asks reads every weight), then fitted here on top of the others.
     */
    private static LogisticFit.Result heldFit(List<Sample> tune, String held) {
        AbstentionModel packaged = AbstentionModel.packaged();
        return LogisticFit.fit(tune, new LogisticFit.Result(packaged.weights(), packaged.bias()), freed(held));
    }

    /** The features named in {@code names} (comma-separated), marked free to fit. */
    private static boolean[] freed(String names) {
        boolean[] free = new boolean[AbstentionFeatures.NAMES.size()];
        for (String name : names.split(",")) {
            int i = AbstentionFeatures.NAMES.indexOf(name.strip());
            if (i < 0) {
                throw new IllegalArgumentException("no feature " + name);
            }
            free[i] = true;
        }
        return free;
    }

    /**
     * Per install and part, the fit against the packaged model ({@link LogisticFit#against}): whether
     * the weights it writes separate the sets better than those they replace, read before they are
     * installed.
     */
    private static void printAgainstPackaged(LogisticFit.Result fit, double threshold, List<RefitInstall> installs,
            List<Sample> tune, List<Sample> check) {
        AbstentionModel packaged = AbstentionModel.packaged();
        LogisticFit.Result before = new LogisticFit.Result(packaged.weights(), packaged.bias());
        for (RefitInstall install : installs) {
            for (var part : List.of(Map.entry("tune", tune), Map.entry("check", check))) {
                System.out.println("against the packaged model, " + install.name() + ", " + part.getKey() + ": "
                        + LogisticFit.against(fit, threshold, before, packaged.threshold(), checkOf(part.getValue(), install)));
            }
        }
    }

    @Test
    void refit() throws Exception {
        String sets = System.getProperty("isnad.refit.sets");
        assumeTrue(sets != null, "a tool: run with -Disnad.refit.sets=CORPUS::QUESTIONS,... to refit");
        List<RefitInstall> installs = RefitInstall.both(retrieve);
        RefitSamples samples = new RefitSamples(assistant, ingest, installs);
        List<Sample> tune = new ArrayList<>();
        List<Sample> check = new ArrayList<>();
        for (String set : sets.split(",")) {
            String[] parts = set.split("::");
            samples.collect(Path.of(parts[0]), Path.of(parts[1]), parts.length > 2 && parts[2].equals("cross"), tune, check);
        }
        String dump = System.getProperty("isnad.refit.dump");
        if (dump != null) {
            List<String> lines = new ArrayList<>();
            lines.add("id,part,answerable," + String.join(",", AbstentionFeatures.NAMES) + ",ruled");
            tune.forEach(s -> lines.add(s.csv("tune")));
            check.forEach(s -> lines.add(s.csv("check")));
            Files.write(Path.of(dump), lines, StandardCharsets.UTF_8);
        }
        if (Boolean.getBoolean("isnad.refit.residual")) {
            tune.replaceAll(Sample::asServed);
            check.replaceAll(Sample::asServed);
        }
        String held = System.getProperty("isnad.refit.held");
        LogisticFit.Result fit = held == null ? LogisticFit.fit(tune) : heldFit(tune, held);
        System.out.printf(Locale.ROOT, "tune: %d samples, check: %d samples%n", tune.size(), check.size());
        RefitInstall first = installs.getFirst();
        System.out.println("install: " + first.name());
        double threshold = LogisticFit.operatingPoint(fit, checkOf(check, first), System.out);
        for (RefitInstall other : installs.subList(1, installs.size())) {
            fit = LogisticFit.raisedUntilAnswered(fit, checkOf(check, other),
                    AbstentionFeatures.NAMES.indexOf(other.englishOffset()), threshold);
            System.out.println("install: " + other.name() + ", " + other.englishOffset() + " raised to answer at "
                    + threshold);
            LogisticFit.operatingPoint(fit, checkOf(check, other), System.out);
        }
        String properties = fit.properties(threshold);
        System.out.println(properties);
        printAgainstPackaged(fit, threshold, installs, tune, check);
        String out = System.getProperty("isnad.refit.out");
        if (out != null) {
            Files.writeString(Path.of(out), properties, StandardCharsets.UTF_8);
        }
    }
}
