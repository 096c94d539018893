package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.abstain.AbstentionModel;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Article;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * Files are added, edited and deleted and the index refreshed, again and again, while eight clients
 * ask without pause: no request fails, and every passage and quote is the text of the very version
 * of the file it was retrieved from.
 */
class ReindexUnderLoadTest {

    private static final int CLIENTS = 8;
    private static final long RUN_MILLIS = 4_000;
    /** On a saturated machine the run goes on until the index changed this often, within {@link #MAX_MILLIS}. */
    private static final int MIN_REFRESHES = 6;
    private static final long MAX_MILLIS = 60_000;
    private static final int FILES = 6;
    private static final String[] CITIES = {"طوكيو", "أوساكا", "مدريد", "لشبونة", "نيروبي", "كراكاس"};
    /** Every sentence of a version carries its number, so a quote shows which version it came from. */
    private static final Pattern VERSION = Pattern.compile("الإصدار (\\d+)");

    @TempDir
    Path tmp;

    private final HybridRetriever retriever = new HybridRetriever(
            new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15), QueryTranslator.load(Optional.empty()));
    private final ExtractiveAnswerer answerer = ExtractiveAnswererTest.answererOf(new ExtractiveSettings(0.3, 0.3, 3, 0.75, 0),
            AbstentionModel.packaged());

    @Test
    void askingWhileFilesChangeNeverFailsAndQuotesTheVersionRetrieved() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < FILES; i++) {
            write(dir, i, 0);
        }
        try (Corpus corpus = Corpus.open(dir, tmp.resolve("index"),
                new ArticleLoader(100_000, new ChunkingSettings(3, 1)))) {
            corpus.refresh();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger asked = new AtomicInteger();
            AtomicInteger quotes = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(Thread.ofPlatform().start(() -> {
                    for (int n = client; running.get(); n++) {
                        try {
                            quotes.addAndGet(askAndCheck(corpus, CITIES[n % FILES]));
                            asked.incrementAndGet();
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }
            int refreshes = changeFilesFor(corpus, dir);
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
            assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(5, failures.size())),
                    failures.size() + " of " + (asked.get() + failures.size()) + " requests failed");
            assertTrue(refreshes >= MIN_REFRESHES, "the index changed while they asked: " + refreshes + " refreshes");
            assertTrue(asked.get() >= CLIENTS && quotes.get() > 0,
                    asked.get() + " questions, " + quotes.get() + " quotes checked");
        }
    }

    /** Edits one file, adds one and deletes it again, in turn, refreshing after each, until the time is up. */
    private int changeFilesFor(Corpus corpus, Path dir) throws IOException {
        long started = System.currentTimeMillis();
        int refreshes = 0;
        for (int version = 1; keepGoing(started, refreshes); version++) {
            write(dir, version % FILES, version);
            corpus.refresh();
            Path extra = dir.resolve("extra.txt");
            Files.writeString(extra, "خبر إضافي\nوصل وفد إلى " + CITIES[version % FILES] + " في زيارة قصيرة.");
            corpus.refresh();
            Files.delete(extra);
            corpus.refresh();
            refreshes += 3;
        }
        return refreshes;
    }

    private static boolean keepGoing(long started, int refreshes) {
        long elapsed = System.currentTimeMillis() - started;
        return elapsed < MAX_MILLIS && (elapsed < RUN_MILLIS || refreshes < MIN_REFRESHES);
    }

    /** One question through one snapshot, as a request asks it; returns how many quotes it checked. */
    private int askAndCheck(Corpus corpus, String city) {
        try (Snapshot snapshot = corpus.acquire()) {
            Retrieval retrieval = retriever.retrieve(snapshot, "متى وصل وفد المدينة إلى " + city + "؟", 5);
            for (Passage p : retrieval.passages()) {
                String text = snapshot.article(p.file()).orElseThrow().text();
                assertTrue(p.end() <= text.length(), "passage inside its article");
            }
            int checked = 0;
            String question = "متى وصل وفد المدينة إلى " + city + "؟";
            AskedQuestion asked = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                    Optional.empty());
            for (Citation c : answerer.answer(snapshot, retrieval, asked).map(Draft::citations)
                    .orElse(List.of())) {
                Article article = snapshot.article(c.file()).orElseThrow();
                assertEquals(article.text().substring(c.start(), c.end()), c.quote(), "quote at its offsets");
                assertEquals(version(article.title()), version(c.quote()), "quote from the version retrieved");
                checked++;
            }
            return checked;
        }
    }

    private static void write(Path dir, int file, int version) throws IOException {
        String city = CITIES[file];
        String v = " الإصدار " + version;
        Files.writeString(dir.resolve("article_" + file + ".txt"), "خبر عن " + city + v + "\n"
                + "وصل وفد المدينة إلى " + city + " صباح يوم الأحد في" + v + " من الخبر.\n"
                + "وبحث الوفد في " + city + " التعاون التجاري والثقافي في" + v + ".\n"
                + "وقال رئيس الوفد إن الزيارة كانت مثمرة جدا بحسب" + v + ".".repeat(version % 3 + 1) + "\n");
    }

    private static String version(String text) {
        Matcher m = VERSION.matcher(text);
        assertTrue(m.find(), "a version number in: " + text);
        return m.group(1);
    }
}
