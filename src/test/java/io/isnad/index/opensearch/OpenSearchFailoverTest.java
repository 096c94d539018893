package io.isnad.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.HealthStatus;

import io.isnad.index.IndexSettings;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * A three-node cluster on loopback (two shards, one replica) keeps giving the same answers when a
 * node is killed, and when the elected cluster manager is killed. Needs the cluster of
 * {@code .ci/opensearch start 3}, whose script the test calls to kill and restart nodes; skipped
 * otherwise.
 */
class OpenSearchFailoverTest {

    private static final Path SCRIPT = Path.of(".ci/opensearch");
    private static final List<String> QUESTIONS = List.of("متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟",
            "الكلية الحربية في حمص", "كيومرث بورهاشمي", "Which capital did Araghchi plan to visit after Damascus?");

    private static ClusterSettings settings;
    private static OpenSearchCorpus corpus;
    private final HybridRetriever retriever = new HybridRetriever(
            new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15), QueryTranslator.load(Optional.empty()));

    @BeforeAll
    static void threeNodes() throws IOException {
        List<String> hosts = TestCluster.hosts();
        assumeTrue(hosts.size() == 3 && Files.isExecutable(SCRIPT),
                "needs the three-node cluster of `.ci/opensearch start 3` (" + TestCluster.VARIABLE + " lists 3 URLs)");
        settings = ClusterSettings.of(hosts, TestCluster.settings(2, 1).index(), 2, 1);
        corpus = OpenSearchCorpus.open(Path.of("seeds"), new ArticleLoader(5_000_000, new ChunkingSettings(3, 1)),
                settings, IndexSettings.DEFAULTS, true);
        corpus.refresh();
        awaitStatus(HealthStatus.Green);
    }

    @AfterAll
    static void removeIndex() throws IOException {
        if (corpus != null) {
            corpus.close();
            ClusterTestIndexes.delete(settings);
        }
    }

    @Test
    void answersSurviveALostNodeAndALostClusterManager() throws Exception {
        List<List<String>> expected = answers();

        int manager = electedManager();
        int other = (manager + 1) % 3;
        script("kill-node", other);
        assertEquals(expected, answers(), "after losing node-" + other);
        assertEquals(expected, answers(), "again, once the cluster noticed");
        script("start-node", other);
        awaitStatus(HealthStatus.Green);

        script("kill-node", manager);
        long killed = System.nanoTime();
        assertEquals(expected, answers(), "after losing the elected cluster manager node-" + manager);
        System.out.printf(Locale.ROOT, "answers without node-%d (elected cluster manager) in %.0f ms; new manager %s%n",
                manager, (System.nanoTime() - killed) / 1e6, "node-" + electedManager());
        assertEquals(expected, answers(), "again, under the new cluster manager");
        script("start-node", manager);
        awaitStatus(HealthStatus.Green);
    }

    /** The passages (file and offsets) of each question: any change in ranking or reading shows here. */
    private List<List<String>> answers() {
        List<List<String>> all = new ArrayList<>();
        for (String question : QUESTIONS) {
            try (Snapshot snapshot = corpus.acquire()) {
                all.add(retriever.retrieve(snapshot, question, 5).passages().stream()
                        .map(p -> p.file() + ":" + p.start() + "-" + p.end()).toList());
            }
        }
        return all;
    }

    private static int electedManager() throws IOException {
        try (ClusterClient client = ClusterClient.connect(settings)) {
            String name = client.client().cat().clusterManager().valueBody().get(0).node();
            return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
        }
    }

    private static void awaitStatus(HealthStatus status) throws IOException {
        // A node restarts in one to three minutes on a busy 2-core machine; the request waits as long.
        ClusterSettings patient = new ClusterSettings(settings.hosts(), settings.index(), 2, 1, Optional.empty(),
                Optional.empty(), Duration.ofMinutes(5), 200);
        try (ClusterClient client = ClusterClient.connect(patient)) {
            client.client().cluster().health(h -> h.index(settings.indexName()).waitForStatus(status)
                    .timeout(t -> t.time("240s")));
        }
    }

    private static void script(String command, int node) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(SCRIPT.toString(), command, Integer.toString(node))
                .inheritIO().start();
        assertEquals(0, process.waitFor(), ".ci/opensearch " + command + " " + node);
    }
}
