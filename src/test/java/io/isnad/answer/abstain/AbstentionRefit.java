package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;

import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Test;

import io.isnad.answer.AssistantService;
import io.isnad.answer.Question;
import io.isnad.eval.DevSplit;
import io.isnad.eval.EvalQuestion;
import io.isnad.eval.QuestionSet;
import io.isnad.eval.QuestionSetParser;
import io.isnad.index.Corpus;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.IngestConfig;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Refits the abstention model: a tool, not a check, so it runs only when asked.
 *
 * <pre>
 * ./mvnw test -Dtest=AbstentionRefit -Disnad.refit.sets=CORPUS::QUESTIONS[::cross],... \
 *     [-Disnad.refit.out=src/main/resources/io/isnad/answer/abstain/abstention-weights.properties] \
 *     [-Disnad.refit.dump=features.csv]
 * </pre>
 *
 * Every question of the sets is labelled by its {@code answerable} field: answerable questions are
 * positives; unanswerable and near-miss questions are negatives, and so is every question of a set
 * marked {@code ::cross} (asked over another corpus). The model is fitted on the tuning part of
 * every set ({@link DevSplit}) and the operating point is chosen on
 * the check part, where it maximises the mean of the answered share of positives and the declined
 * share of negatives. The curve is printed, so the choice can be read.
 */
@QuarkusTest
class AbstentionRefit {

    private static final int TOP_K = 10;

    @Inject
    AssistantService assistant;
    @Inject
    IngestConfig ingest;

    @Test
    void refit() throws Exception {
        String sets = System.getProperty("isnad.refit.sets");
        assumeTrue(sets != null, "a tool: run with -Disnad.refit.sets=CORPUS::QUESTIONS,... to refit");
        List<Sample> tune = new ArrayList<>();
        List<Sample> check = new ArrayList<>();
        for (String set : sets.split(",")) {
            String[] parts = set.split("::");
            collect(Path.of(parts[0]), Path.of(parts[1]), parts.length > 2 && parts[2].equals("cross"), tune, check);
        }
        LogisticFit.Result fit = LogisticFit.fit(tune);
        System.out.printf(Locale.ROOT, "tune: %d samples, check: %d samples%n", tune.size(), check.size());
        double threshold = LogisticFit.operatingPoint(fit, check, System.out);
        String properties = fit.properties(threshold);
        System.out.println(properties);
        String dump = System.getProperty("isnad.refit.dump");
        if (dump != null) {
            List<String> lines = new ArrayList<>();
            lines.add("id,part,answerable," + String.join(",", AbstentionFeatures.NAMES));
            tune.forEach(s -> lines.add(s.csv("tune")));
            check.forEach(s -> lines.add(s.csv("check")));
            Files.write(Path.of(dump), lines, StandardCharsets.UTF_8);
        }
        String out = System.getProperty("isnad.refit.out");
        if (out != null) {
            Files.writeString(Path.of(out), properties, StandardCharsets.UTF_8);
        }
    }

    /** Names a set by its questions and corpus, since cross-corpus sets reuse question files. */
    private static String set(Path corpusDir, Path questions, boolean cross) {
        return questions.getParent().getFileName() + "/" + questions.getFileName() + (cross ? " over " + corpusDir : "");
    }

    private void collect(Path corpusDir, Path questions, boolean cross, List<Sample> tune, List<Sample> check)
            throws Exception {
        QuestionSet set = QuestionSetParser.parse(questions.toString(), Files.readString(questions, StandardCharsets.UTF_8));
        DevSplit split = DevSplit.of(set);
        Path index = Files.createTempDirectory("isnad-refit-");
        try (Corpus corpus = Corpus.open(corpusDir, index, new ArticleLoader(ingest.maxFileBytes(), ingest.chunking()))) {
            corpus.refresh();
            for (EvalQuestion q : set.questions()) {
                Optional<AbstentionFeatures> features = assistant.abstentionFeatures(corpus,
                        new Question(q.question(), q.history(), TOP_K));
                Sample sample = new Sample(features, q.answerable() && !cross, set(corpusDir, questions, cross), q.id());
                (split.partOf(q) == DevSplit.Part.TUNE ? tune : check).add(sample);
            }
        } finally {
            IOUtils.rm(index);
        }
    }
}
