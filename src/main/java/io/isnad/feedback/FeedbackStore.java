package io.isnad.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Feedback from every surface in one append-only JSON Lines file. Lines are only ever added, each
 * in one write under a lock, so concurrent ratings never interleave and a crash can at worst cut
 * the last line, which reading then skips with a warning.
 */
@ApplicationScoped
public class FeedbackStore {

    private static final Logger LOG = Logger.getLogger(FeedbackStore.class);
    // Our own mapper, not the HTTP one: the file's format must not change when API settings do.
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Clock clock;

    @Inject
    FeedbackStore(FeedbackConfig config) {
        this(Path.of(config.file()), Clock.systemUTC());
    }

    public FeedbackStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /**
     * Stores a rating and returns it as stored.
     *
     * @throws FeedbackUnavailableException when the file cannot be written
     */
    public FeedbackEntry append(Feedback feedback) {
        FeedbackEntry entry = toEntry(feedback);
        byte[] line;
        try {
            line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feedback entry is plain data and always serialisable", e);
        }
        synchronized (this) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    ByteBuffer buffer = ByteBuffer.wrap(line);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                }
            } catch (IOException e) {
                throw new FeedbackUnavailableException("append feedback to", file, e);
            }
        }
        return entry;
    }

    /** The entry a rating becomes: a fresh id and the current time. */
    FeedbackEntry toEntry(Feedback feedback) {
        return new FeedbackEntry(UUID.randomUUID().toString(), clock.instant().truncatedTo(ChronoUnit.MILLIS).toString(),
                feedback.source().label(), feedback.rating().label(), feedback.question(), feedback.history(),
                feedback.answer(), feedback.citations(), feedback.conversationId(), feedback.comment());
    }

    /** Every stored entry, oldest first; an empty list before the first rating. */
    public synchronized List<FeedbackEntry> list() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FeedbackUnavailableException("read feedback from", file, e);
        }
        List<FeedbackEntry> entries = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(lines.get(i), FeedbackEntry.class));
            } catch (JsonProcessingException e) {
                LOG.warnf("Skipping unreadable line %d of %s (%s)", i + 1, file, e.getOriginalMessage());
            }
        }
        return entries;
    }

    /** The file, for messages. */
    public Path file() {
        return file;
    }
}
