package io.isnad.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.isnad.answer.Answer;
import io.isnad.answer.AssistantService;
import io.isnad.answer.PassageView;
import io.isnad.answer.Question;
import io.isnad.eval.AnswerMatcher;
import io.isnad.eval.EvalQuestion;
import io.isnad.eval.QuestionSet;
import io.isnad.eval.QuestionSetParser;
import io.isnad.eval.RankingMetrics;
import io.isnad.index.Corpus;
import io.isnad.index.IndexSettings;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.IngestConfig;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every dev question set (seeds-dev, xquad-dev, arcd-train, all of each), asked through the one
 * assistant service over the same folder indexed by each backend, gives the same recall@1, MRR
 * and answer hits: the cluster (two shards, so its statistics must be gathered across shards)
 * ranks as the embedded index does.
 */
@QuarkusTest
class OpenSearchEvalParityTest {

    private static final int K = 10;
    private static final double TOLERANCE = 0.005;

    @Inject
    AssistantService assistant;

    @Inject
    IngestConfig ingest;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "src/test/resources/eval/seeds-dev.jsonl, seeds",
        "src/test/resources/eval/xquad-dev/questions.jsonl, src/test/resources/eval/xquad-dev/corpus",
        "src/test/resources/eval/arcd-train/questions.jsonl, src/test/resources/eval/arcd-train/corpus"})
    void bothBackendsScoreTheSame(String setFile, String folder) throws Exception {
        ClusterSettings cluster = TestCluster.settings(2, 0);
        QuestionSet set = QuestionSetParser.read(Path.of(setFile));
        ArticleLoader loader = new ArticleLoader(ingest.maxFileBytes(), ingest.chunking());
        Path indexDir = Files.createTempDirectory("isnad-parity-");
        try (Corpus lucene = Corpus.open(Path.of(folder), indexDir, loader);
                OpenSearchCorpus opensearch = OpenSearchCorpus.open(Path.of(folder), loader, cluster,
                        IndexSettings.DEFAULTS, true)) {
            lucene.refresh();
            opensearch.refresh();
            Figures embedded = new Figures();
            Figures clustered = new Figures();
            int samePassages = 0;
            long requestsBefore = opensearch.requests();
            for (EvalQuestion q : set.questions()) {
                Question question = new Question(q.question(), q.history(), K);
                Answer a = assistant.ask(lucene, question);
                Answer b = assistant.ask(opensearch, question);
                embedded.add(q, a);
                clustered.add(q, b);
                if (files(a).equals(files(b))) {
                    samePassages++;
                }
            }
            System.out.printf(Locale.ROOT, "%s (%d questions): lucene %s | opensearch %s | same passage files %d"
                    + " | %.1f cluster requests per question%n", setFile, set.questions().size(), embedded, clustered,
                    samePassages, (double) (opensearch.requests() - requestsBefore) / set.questions().size());
            assertTrue(embedded.answerable > 0, "the set has answerable questions");
            assertEquals(embedded.recallAt1(), clustered.recallAt1(), TOLERANCE, "recall@1");
            assertEquals(embedded.mrr(), clustered.mrr(), TOLERANCE, "MRR");
            assertEquals(embedded.answerHit(), clustered.answerHit(), TOLERANCE, "answer_hit");
        } finally {
            ClusterTestIndexes.delete(cluster);
            try (var paths = Files.walk(indexDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> files(Answer answer) {
        return answer.passages().stream().map(PassageView::file).toList();
    }

    /** Recall@1, MRR@10 and answer hits, as the evaluation runner counts them. */
    private static final class Figures {
        int answerable;
        double recall;
        double reciprocal;
        int withAnswers;
        int hits;

        void add(EvalQuestion q, Answer answer) {
            if (!q.answerable()) {
                return;
            }
            answerable++;
            List<String> ranked = RankingMetrics.distinctFiles(files(answer));
            recall += RankingMetrics.recallAt(1, ranked, q.expectedFiles());
            reciprocal += RankingMetrics.reciprocalRank(K, ranked, q.expectedFiles());
            if (!q.answers().isEmpty()) {
                withAnswers++;
                hits += !answer.abstained() && AnswerMatcher.hit(answer.answer(), q.answers()) ? 1 : 0;
            }
        }

        double recallAt1() {
            return recall / answerable;
        }

        double mrr() {
            return reciprocal / answerable;
        }

        double answerHit() {
            return withAnswers == 0 ? 0 : (double) hits / withAnswers;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "R@1 %.3f MRR %.3f answer_hit %.3f", recallAt1(), mrr(), answerHit());
        }
    }
}
