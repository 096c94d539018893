package io.isnad.slack.receive;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.isnad.answer.Question;
import io.isnad.api.ApiException;
import io.isnad.api.ErrorCode;
import io.isnad.slack.post.ResponseUrlMessage;
import io.isnad.slack.reply.ReplyWorker;
import io.smallrye.common.annotation.NonBlocking;
import io.isnad.slack.reply.SlackQuestion;
import io.isnad.slack.render.Labels;
import io.isnad.slack.render.Mrkdwn;

/**
 * {@code POST /slack/commands}, the slash command {@code /isnad <question>}: replies at once, only to
 * the asker, that it is searching (or that the question is empty or too long); the answer follows through the
 * command's {@code response_url}.
 */
@Path("/slack/commands")
public class SlackCommandsResource {

    private final SlackRequestGuard guard;
    private final ReplyWorker worker;

    SlackCommandsResource(SlackRequestGuard guard, ReplyWorker worker) {
        this.guard = guard;
        this.worker = worker;
    }

    /** The immediate reply Slack shows to the asker. */
    public record Acknowledgement(String response_type, String text) {
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Slack slash command /isnad <question>: the answer follows privately (Slack calls this)")
    public Acknowledgement command(byte[] body, @HeaderParam(SlackRequestGuard.TIMESTAMP) String timestamp,
            @HeaderParam(SlackRequestGuard.SIGNATURE) String signature) {
        guard.check(timestamp, signature, body);
        Map<String, String> form = FormBody.parse(body);
        String question = SlackText.question(form.get("text"));
        Labels labels = Labels.forText(question);
        if (question.isBlank()) {
            return new Acknowledgement(ResponseUrlMessage.EPHEMERAL, Mrkdwn.escape(labels.usage()));
        }
        if (question.length() > Question.MAX_CHARS) {
            // Said at once: a "searching" reply would echo the whole question only to be replaced by this.
            return new Acknowledgement(ResponseUrlMessage.EPHEMERAL, Mrkdwn.escape(labels.tooLong()));
        }
        String responseUrl = form.get("response_url");
        if (responseUrl == null || responseUrl.isBlank()) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, "A slash command needs its 'response_url'.");
        }
        worker.submit(new SlackQuestion(form.get("team_id"), form.get("channel_id"), form.get("user_id"), question,
                null, null, SlackQuestion.Origin.COMMAND, responseUrl));
        return new Acknowledgement(ResponseUrlMessage.EPHEMERAL,
                Mrkdwn.escape(labels.searching()) + "\n> " + Mrkdwn.escape(question));
    }
}
