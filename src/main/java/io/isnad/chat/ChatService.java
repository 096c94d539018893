package io.isnad.chat;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.answer.Answer;
import io.isnad.answer.AssistantService;
import io.isnad.answer.Question;
import io.isnad.answer.followup.EarlierAnswer;

/**
 * One turn of a conversation: the message goes to the assistant with the conversation's earlier
 * questions (from which the assistant makes follow-ups standalone) and the answer the latest was given,
 * and is then remembered with its own answer.
 */
@ApplicationScoped
public class ChatService {

    private final AssistantService assistant;
    private final ConversationStore store;

    ChatService(AssistantService assistant, ConversationStore store) {
        this.assistant = assistant;
        this.store = store;
    }

    /** The conversation to continue, a new one when {@code id} is absent, empty when it is unknown. */
    public Optional<Conversation> open(Optional<String> id) {
        return id.isPresent() ? store.find(id.get()) : Optional.of(store.start());
    }

    public ChatReply chat(Conversation conversation, String message, int topK) {
        Answer answer = assistant.ask(question(conversation, message, topK));
        store.record(conversation.id(), message, EarlierAnswer.of(answer));
        return new ChatReply(conversation.id(), answer);
    }

    /** Like {@link #chat}, handing the answer text to {@code onText} as it is written. */
    public ChatReply chatStreaming(Conversation conversation, String message, int topK, Consumer<String> onText) {
        Answer answer = assistant.askStreaming(question(conversation, message, topK), onText);
        store.record(conversation.id(), message, EarlierAnswer.of(answer));
        return new ChatReply(conversation.id(), answer);
    }

    /**
     * A question after earlier ones the client keeps itself ({@code /api/ask}'s {@code history}), as a conversation
     * holding the same questions asks it: after the latest of them a conversation remembers ({@link
     * ConversationStore#remembered}). Their answers are not sent, so a follow-up's previous answer is worked out
     * again from them, as an extractive conversation does; a model is shown its own earlier answer in a
     * conversation only.
     */
    public Question afterEarlier(List<String> history, String message, int topK) {
        return new Question(message, store.remembered(history), topK);
    }

    private static Question question(Conversation conversation, String message, int topK) {
        return new Question(message, conversation.history(), topK, conversation.lastAnswer());
    }

    public int defaultTopK() {
        return assistant.defaultTopK();
    }
}
