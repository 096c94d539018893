package io.isnad.slack.reply;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.isnad.answer.Question;
import io.isnad.chat.ChatReply;
import io.isnad.chat.ChatService;
import io.isnad.chat.Conversation;
import io.isnad.index.CorpusUnavailableException;
import io.isnad.slack.post.ResponseUrlMessage;
import io.isnad.slack.post.SlackCallException;
import io.isnad.slack.post.SlackCounters;
import io.isnad.slack.post.SlackWebApi;
import io.isnad.slack.render.AnswerRenderer;
import io.isnad.slack.render.AnswerRenderer.Button;
import io.isnad.slack.render.Labels;
import io.isnad.slack.render.SlackMessage;

/**
 * Answers one Slack question on a worker: shows that it is thinking, asks the chat service in the
 * thread's conversation, and delivers the rendered answer where the question was asked. Whatever
 * fails, the user is told (when Slack can still be reached) and the failure is logged and counted;
 * the question is never dropped silently.
 */
@ApplicationScoped
class AnswerFlow {

    private static final Logger LOG = Logger.getLogger(AnswerFlow.class);
    /** The reaction put on a channel question as soon as work on it starts. */
    static final String THINKING_REACTION = "eyes";

    private final ChatService chat;
    private final ThreadConversations conversations;
    private final RecentAnswers recent;
    private final AnswerRenderer renderer;
    private final SlackWebApi slack;
    private final SlackCounters counters;

    AnswerFlow(ChatService chat, ThreadConversations conversations, RecentAnswers recent, AnswerRenderer renderer,
            SlackWebApi slack, SlackCounters counters) {
        this.chat = chat;
        this.conversations = conversations;
        this.recent = recent;
        this.renderer = renderer;
        this.slack = slack;
        this.counters = counters;
    }

    void answer(SlackQuestion q) {
        Labels labels = Labels.forText(q.text());
        if (q.text().isBlank() || q.text().length() > Question.MAX_CHARS) {
            tell(q, Optional.empty(), q.text().isBlank() ? labels.usage() : labels.tooLong());
            return;
        }
        Optional<String> placeholder = thinking(q, labels);
        try {
            Conversation conversation = q.origin() == SlackQuestion.Origin.COMMAND
                    ? chat.open(Optional.empty()).orElseThrow()
                    : conversations.open(q.threadKey());
            ChatReply reply = chat.chat(conversation, q.text(), chat.defaultTopK());
            String answerId = recent.remember(new AnsweredQuestion(q.text(), conversation.history(), reply.answer(),
                    conversation.id()));
            deliver(q, placeholder, renderer.answer(reply.answer(), answerId, buttons(q.origin())));
            counters.answer();
        } catch (SlackCallException e) {
            LOG.warnf("The answer to a question in %s could not be delivered: %s", q.channel(), e.getMessage());
        } catch (CorpusUnavailableException e) {
            tell(q, placeholder, labels.notReady());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Answering a Slack question in %s failed", q.channel());
            tell(q, placeholder, labels.failed());
        }
    }

    private static Set<Button> buttons(SlackQuestion.Origin origin) {
        return origin == SlackQuestion.Origin.COMMAND ? EnumSet.allOf(Button.class)
                : EnumSet.of(Button.FEEDBACK, Button.ALL_SOURCES);
    }

    /**
     * The thinking indicator: in a channel an 👀 on the question and a "searching" message in the
     * thread that the answer replaces; in a direct message the assistant thread status, or the
     * placeholder where the app is not an assistant app. A slash command already said "searching".
     */
    private Optional<String> thinking(SlackQuestion q, Labels labels) {
        try {
            switch (q.origin()) {
                case COMMAND -> {
                    return Optional.empty();
                }
                case MENTION -> {
                    try {
                        slack.react(q.channel(), q.messageTs(), THINKING_REACTION);
                    } catch (SlackCallException e) {
                        // Only decoration: the placeholder still says that we are working.
                    }
                }
                case DIRECT_MESSAGE -> {
                    try {
                        if (slack.setStatus(q.channel(), q.threadTs(), labels.searching())) {
                            return Optional.empty();
                        }
                    } catch (SlackCallException e) {
                        // Slack could not be reached for the status: the placeholder may still go through.
                    }
                }
            }
            return Optional.of(slack.postMessage(q.channel(), q.threadTs(), AnswerRenderer.notice(labels.searching())));
        } catch (SlackCallException e) {
            return Optional.empty();
        }
    }

    private void deliver(SlackQuestion q, Optional<String> placeholder, List<SlackMessage> messages) {
        for (int i = 0; i < messages.size(); i++) {
            SlackMessage message = messages.get(i);
            if (q.origin() == SlackQuestion.Origin.COMMAND) {
                // The first part replaces the "searching" reply; only the asker sees either.
                slack.respond(q.responseUrl(), new ResponseUrlMessage(ResponseUrlMessage.EPHEMERAL, i == 0,
                        message.text(), message.blocks()));
            } else if (i == 0 && placeholder.isPresent()) {
                slack.update(q.channel(), placeholder.get(), message);
            } else {
                slack.postMessage(q.channel(), q.threadTs(), message);
            }
        }
    }

    private void tell(SlackQuestion q, Optional<String> placeholder, String text) {
        try {
            deliver(q, placeholder, List.of(AnswerRenderer.notice(text)));
        } catch (SlackCallException e) {
            LOG.warnf("Could not tell the asker in %s: %s", q.channel(), e.getMessage());
        }
    }
}
