package io.isnad.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackStoreTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatCannotBeWrittenOrReadIsReportedAsUnavailable() throws Exception {
        Path plainFile = Files.writeString(dir.resolve("plain"), "not a folder");
        FeedbackStore unwritable = new FeedbackStore(plainFile.resolve("feedback.jsonl"), Clock.systemUTC());
        Feedback rating = new Feedback(FeedbackSource.WEB, Rating.UP, "q", List.of(), "a", List.of(), null, null);
        FeedbackUnavailableException written = assertThrows(FeedbackUnavailableException.class,
                () -> unwritable.append(rating));
        assertTrue(written.getMessage().startsWith("cannot append feedback to"), written.getMessage());

        FeedbackStore unreadable = new FeedbackStore(Files.createDirectory(dir.resolve("folder.jsonl")), Clock.systemUTC());
        assertThrows(FeedbackUnavailableException.class, unreadable::list);
    }

    @Test
    void storesEveryFieldAndReadsItBack() {
        FeedbackStore store = new FeedbackStore(dir.resolve("sub/feedback.jsonl"),
                Clock.fixed(Instant.parse("2026-11-29T10:00:00.123456Z"), ZoneOffset.UTC));
        FeedbackEntry stored = store.append(new Feedback(FeedbackSource.SLACK, Rating.DOWN, "وماذا ناقشا؟",
                List.of("متى التقى عراقجي بالأسد؟"), "جواب [1]", List.of(new CitedSpan("003_x.txt", 10, 40)), "c-1",
                "wrong date"));
        List<FeedbackEntry> read = store.list();
        assertEquals(List.of(stored), read);
        FeedbackEntry entry = read.get(0);
        assertEquals("2026-11-29T10:00:00.123Z", entry.time());
        assertEquals("slack", entry.source());
        assertEquals("down", entry.rating());
        assertEquals(List.of("متى التقى عراقجي بالأسد؟"), entry.history());
        assertEquals(new CitedSpan("003_x.txt", 10, 40), entry.citations().get(0));
        assertEquals("wrong date", entry.comment());
    }

    @Test
    void concurrentRatingsNeverInterleaveAndTheFileOnlyGrows() throws Exception {
        FeedbackStore store = new FeedbackStore(dir.resolve("feedback.jsonl"), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<FeedbackEntry>> futures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = i;
            futures.add(pool.submit(() -> store.append(new Feedback(FeedbackSource.WEB, n % 2 == 0 ? Rating.UP : Rating.DOWN,
                    "سؤال " + n + " " + "ن".repeat(2000), List.of(), "جواب " + n, List.of(), null, null))));
        }
        for (Future<FeedbackEntry> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<FeedbackEntry> entries = store.list();
        assertEquals(400, entries.size());
        assertEquals(400, new HashSet<>(entries.stream().map(FeedbackEntry::id).toList()).size());
        assertEquals(400, Files.readAllLines(dir.resolve("feedback.jsonl")).size());
    }

    @Test
    void aLineCutByACrashIsSkippedAndTheRestStillRead() throws Exception {
        Path file = dir.resolve("feedback.jsonl");
        FeedbackStore store = new FeedbackStore(file, Clock.systemUTC());
        store.append(new Feedback(FeedbackSource.CLI, Rating.UP, "q1", List.of(), "a1", List.of(), null, null));
        Files.writeString(file, "{\"id\":\"x\",\"time\":\"2026", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(file, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        store.append(new Feedback(FeedbackSource.CLI, Rating.UP, "q2", List.of(), "a2", List.of(), null, null));
        assertEquals(List.of("q1", "q2"), store.list().stream().map(FeedbackEntry::question).toList());
    }

    @Test
    void anAbsentFileIsNoFeedbackYet() {
        assertTrue(new FeedbackStore(dir.resolve("none.jsonl"), Clock.systemUTC()).list().isEmpty());
    }
}
