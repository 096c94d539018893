package io.isnad.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two Isnad services, each the packaged app in its own process, on one cluster: one ingests its
 * folder, the other ({@code isnad.ingest.enabled=false}, no articles folder at all) only reads.
 * Files added, changed and deleted on the ingesting node and re-indexed there are listed, found
 * and quoted (or no longer) by the reading node's HTTP API, with nothing restarted or rebuilt.
 * Runs after packaging ({@code mvn verify}); skipped with the reason when no cluster is reachable.
 */
class TwoServiceNodesIT {

    private static final String CHANGED = "003_bda4f0888d9a15f7.txt";
    private static final String REMOVED = "004_a7545c0d5a910ec1.txt";
    private static final String ADDED = "005_new.txt";
    private static final String ADMIN_TOKEN = "two-nodes-admin-token";
    private static final Duration READY_WAIT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void changesOnTheIngestingNodeReachTheReadingNodesApi() throws Exception {
        ClusterSettings cluster = TestCluster.settings(2, 0);
        Path app = Path.of(System.getProperty("isnad.app", "target/quarkus-app/quarkus-run.jar"));
        assumeTrue(Files.isRegularFile(app), "no packaged app at " + app + ": runs in mvn verify, after package");
        Path articles = SeedArticles.copyInto(tmp.resolve("articles"));
        List<Process> processes = new ArrayList<>();
        try {
            Node ingesting = start(app, cluster, articles, true, "ingesting", processes);
            // The reader's folder does not exist: it must never need one.
            Node reading = start(app, cluster, tmp.resolve("elsewhere"), false, "reading", processes);
            ingesting.awaitReady();
            reading.awaitReady();
            assertEquals(List.of("000_7a1f042e14fe9a2d.txt", "001_beb8dc77d57e528b.txt", "002_18f32a539009a80b.txt",
                    CHANGED, REMOVED), reading.files());

            Files.writeString(articles.resolve(ADDED), "خبر جديد عن زيارة إلى طوكيو\nوصل الوفد إلى طوكيو صباح اليوم.");
            Files.delete(articles.resolve(REMOVED));
            Files.writeString(articles.resolve(CHANGED), "\nأضيفت جملة عن مدينة أوساكا.", StandardOpenOption.APPEND);
            JsonNode report = ingesting.reindex();
            assertEquals(1, report.path("sync").path("added").asInt(), report.toString());
            assertEquals(1, report.path("sync").path("updated").asInt(), report.toString());
            assertEquals(1, report.path("sync").path("removed").asInt(), report.toString());

            assertEquals(List.of("000_7a1f042e14fe9a2d.txt", "001_beb8dc77d57e528b.txt", "002_18f32a539009a80b.txt",
                    CHANGED, ADDED), reading.files());
            assertEquals(ADDED, reading.topFile("متى وصل الوفد إلى طوكيو؟"));
            assertEquals(CHANGED, reading.topFile("ماذا أضيف عن مدينة أوساكا؟"));
            assertTrue(reading.get("/api/articles/" + CHANGED).path("text").asText().endsWith("مدينة أوساكا."));
            assertEquals(404, reading.status("/api/articles/" + REMOVED), "a deleted file is gone for the reader");
        } finally {
            for (Process process : processes) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            ClusterTestIndexes.delete(cluster);
        }
    }

    private Node start(Path app, ClusterSettings cluster, Path articles, boolean ingests, String name,
            List<Process> processes) throws IOException {
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Disnad.index.backend=opensearch", "-Disnad.opensearch.hosts=" + String.join(",", cluster.hosts()),
                "-Disnad.opensearch.index=" + cluster.index(), "-Disnad.opensearch.shards=" + cluster.shards(),
                "-Disnad.opensearch.replicas=" + cluster.replicas(), "-Disnad.ingest.enabled=" + ingests,
                "-Disnad.ingest.dir=" + articles, "-Disnad.index.dir=" + tmp.resolve(name + "-lucene"),
                "-jar", app.toAbsolutePath().toString());
        builder.environment().put("ISNAD_ADMIN_TOKEN", ADMIN_TOKEN);
        builder.redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile());
        processes.add(builder.start());
        return new Node(name, "http://127.0.0.1:" + port, processes.get(processes.size() - 1),
                tmp.resolve(name + ".log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One running service and the few calls the test makes to its HTTP API. */
    private final class Node {
        private final String name;
        private final String base;
        private final Process process;
        private final Path log;

        Node(String name, String base, Process process, Path log) {
            this.name = name;
            this.base = base;
            this.process = process;
            this.log = log;
        }

        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + READY_WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("the " + name + " node exited (" + process.exitValue() + "):\n" + Files.readString(log));
                }
                try {
                    if (status("/q/health/ready") == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // Not listening yet.
                }
                Thread.sleep(500);
            }
            fail("the " + name + " node was not ready in " + READY_WAIT + ":\n" + Files.readString(log));
        }

        List<String> files() throws Exception {
            List<String> files = new ArrayList<>();
            get("/api/articles?limit=100").path("articles").forEach(a -> files.add(a.path("file").asText()));
            return files;
        }

        String topFile(String question) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("question", question))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return json.readTree(response.body()).path("passages").path(0).path("file").asText();
        }

        JsonNode reindex() throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return json.readTree(response.body());
        }

        JsonNode get(String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return json.readTree(response.body());
        }

        int status(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        private URI uri(String path) {
            return URI.create(base + path);
        }
    }
}
