package io.isnad.chat;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.isnad.index.CorpusUnavailableException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A chat turn as a stream of {@link ChatEvent}s. Once streaming has begun the HTTP status is sent,
 * so a failure can no longer become an error response: it becomes a final {@code error} event and
 * the stream ends cleanly instead of dropping the connection.
 */
@ApplicationScoped
public class ChatStream {

    private static final Logger LOG = Logger.getLogger(ChatStream.class);

    private final ChatService chat;

    ChatStream(ChatService chat) {
        this.chat = chat;
    }

    public Multi<ChatEvent> events(Conversation conversation, String message, int topK) {
        return events(onText -> chat.chatStreaming(conversation, message, topK, onText));
    }

    /** Runs {@code turn} on a worker thread, turning its text, reply or failure into events. */
    static Multi<ChatEvent> events(Function<Consumer<String>, ChatReply> turn) {
        return Multi.createFrom().<ChatEvent>emitter(emitter -> {
            try {
                ChatReply reply = turn.apply(text -> emitter.emit(ChatEvent.token(text)));
                emitter.emit(ChatEvent.done(reply));
            } catch (CorpusUnavailableException e) {
                emitter.emit(ChatEvent.error("not_ready", e.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("Streamed answer failed", e);
                emitter.emit(ChatEvent.error("internal_error", "Something went wrong on our side; the error was logged."));
            }
            emitter.complete();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
