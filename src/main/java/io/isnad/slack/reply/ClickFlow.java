package io.isnad.slack.reply;

import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.isnad.answer.Answer;
import io.isnad.feedback.CitedSpan;
import io.isnad.feedback.Feedback;
import io.isnad.feedback.FeedbackSource;
import io.isnad.feedback.FeedbackStore;
import io.isnad.feedback.Rating;
import io.isnad.slack.post.ResponseUrlMessage;
import io.isnad.slack.post.SlackCallException;
import io.isnad.slack.post.SlackWebApi;
import io.isnad.slack.render.AnswerRenderer;
import io.isnad.slack.render.AnswerRenderer.Button;
import io.isnad.slack.render.Labels;
import io.isnad.slack.render.SlackActions;
import io.isnad.slack.render.SlackMessage;

/**
 * What Isnad's buttons do: 👍/👎 store the rating with the question, the answer and its citations in
 * the shared feedback store and thank the user privately; "All sources" shows every source privately;
 * "Share in channel" posts a slash command's private answer for everyone.
 */
@ApplicationScoped
class ClickFlow {

    private static final Logger LOG = Logger.getLogger(ClickFlow.class);

    private final RecentAnswers recent;
    private final FeedbackStore feedback;
    private final AnswerRenderer renderer;
    private final SlackWebApi slack;

    ClickFlow(RecentAnswers recent, FeedbackStore feedback, AnswerRenderer renderer, SlackWebApi slack) {
        this.recent = recent;
        this.feedback = feedback;
        this.renderer = renderer;
        this.slack = slack;
    }

    void handle(ButtonClick click) {
        Optional<AnsweredQuestion> answered = recent.find(click.answerId());
        Labels labels = answered.map(a -> Labels.of(a.answer().language()))
                .orElseGet(() -> Labels.forText(click.messageText() == null ? "" : click.messageText()));
        try {
            if (answered.isEmpty()) {
                privately(click, List.of(AnswerRenderer.notice(labels.forgotten())));
                return;
            }
            switch (click.actionId()) {
                case SlackActions.FEEDBACK_UP -> rate(click, answered.get(), Rating.UP, labels);
                case SlackActions.FEEDBACK_DOWN -> rate(click, answered.get(), Rating.DOWN, labels);
                case SlackActions.ALL_SOURCES -> privately(click, renderer.allSources(answered.get().answer()));
                case SlackActions.SHARE -> share(click, answered.get());
                default -> LOG.debugf("Ignoring an unknown Slack action %s", click.actionId());
            }
        } catch (SlackCallException e) {
            LOG.warnf("Could not reply to a %s click: %s", click.actionId(), e.getMessage());
        }
    }

    private void rate(ButtonClick click, AnsweredQuestion answered, Rating rating, Labels labels) {
        Answer answer = answered.answer();
        List<CitedSpan> cited = answer.citations().stream().map(c -> new CitedSpan(c.file(), c.start(), c.end()))
                .toList();
        try {
            feedback.append(new Feedback(FeedbackSource.SLACK, rating, answered.question(), answered.history(),
                    answer.answer(), cited, answered.conversationId(), null));
        } catch (UncheckedIOException e) {
            LOG.errorf(e, "Could not store a Slack rating");
            privately(click, List.of(AnswerRenderer.notice(labels.failed())));
            return;
        }
        privately(click, List.of(AnswerRenderer.notice(labels.thanks())));
    }

    private void share(ButtonClick click, AnsweredQuestion answered) {
        List<SlackMessage> messages = renderer.answer(answered.answer(), click.answerId(),
                EnumSet.of(Button.FEEDBACK, Button.ALL_SOURCES));
        for (SlackMessage message : messages) {
            slack.respond(click.responseUrl(), new ResponseUrlMessage(ResponseUrlMessage.IN_CHANNEL, false,
                    message.text(), message.blocks()));
        }
    }

    /** Only the clicking user sees it: beside a channel message, or through the click's response_url. */
    private void privately(ButtonClick click, List<SlackMessage> messages) {
        for (SlackMessage message : messages) {
            if (click.ephemeral() || click.channel() == null) {
                slack.respond(click.responseUrl(), new ResponseUrlMessage(ResponseUrlMessage.EPHEMERAL, false,
                        message.text(), message.blocks()));
            } else {
                slack.postEphemeral(click.channel(), click.user(), click.threadTs(), message);
            }
        }
    }
}
