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
import io.isnad.eval.EvalQuestion;
import io.isnad.eval.QuestionSetParser;
import io.isnad.index.Corpus;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.IngestConfig;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Refits the abstention model: a tool, not a check, so it runs only when asked.
 *
 * <pre>
 * ./mvnw test -Dtest=AbstentionRefit -Disnad.refit.sets=CORPUS::QUESTIONS,... \
 *     [-Disnad.refit.out=src/main/resources/io/isnad/answer/abstain/abstention-weights.properties]
 * </pre>
 *
 * Every question of the sets is labelled by its {@code answerable} field: answerable questions are
 * positives; unanswerable, cross-corpus and near-miss questions are negatives. The model is fitted
 * on the tuning part of every set ({@link TuneCheckSplit}) and the operating point is chosen on
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
            collect(Path.of(parts[0]), Path.of(parts[1]), tune, check);
        }
        LogisticFit.Result fit = LogisticFit.fit(tune);
        System.out.printf(Locale.ROOT, "tune: %d samples, check: %d samples%n", tune.size(), check.size());
        double threshold = LogisticFit.operatingPoint(fit, check, System.out);
        String properties = fit.properties(threshold);
        System.out.println(properties);
        String out = System.getProperty("isnad.refit.out");
        if (out != null) {
            Files.writeString(Path.of(out), properties, StandardCharsets.UTF_8);
        }
    }

    private void collect(Path corpusDir, Path questions, List<Sample> tune, List<Sample> check) throws Exception {
        List<EvalQuestion> set = QuestionSetParser.parse(questions.toString(),
                Files.readString(questions, StandardCharsets.UTF_8)).questions();
        Path index = Files.createTempDirectory("isnad-refit-");
        try (Corpus corpus = Corpus.open(corpusDir, index, new ArticleLoader(ingest.maxFileBytes(), ingest.chunking()))) {
            corpus.refresh();
            for (EvalQuestion q : set) {
                Optional<AbstentionFeatures> features = assistant.abstentionFeatures(corpus,
                        new Question(q.question(), q.history(), TOP_K));
                Sample sample = new Sample(features, q.answerable(), questions.getFileName() + ":" + q.id());
                (TuneCheckSplit.isTuning(q.id()) ? tune : check).add(sample);
            }
        } finally {
            IOUtils.rm(index);
        }
    }
}
