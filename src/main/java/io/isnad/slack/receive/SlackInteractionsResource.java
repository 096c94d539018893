package io.isnad.slack.receive;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.slack.reply.ButtonClick;
import io.isnad.slack.reply.ReplyWorker;
import io.smallrye.common.annotation.NonBlocking;

/**
 * {@code POST /slack/interactions}: clicks on Isnad's buttons (👍/👎, all sources, share in channel),
 * acknowledged at once and handled by a {@link ReplyWorker}.
 */
@Path("/slack/interactions")
public class SlackInteractionsResource {

    private final SlackRequestGuard guard;
    private final ReplyWorker worker;
    private final ObjectMapper json;

    SlackInteractionsResource(SlackRequestGuard guard, ReplyWorker worker, ObjectMapper json) {
        this.guard = guard;
        this.worker = worker;
        this.json = json;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Slack interactivity: clicks on the answer's buttons (Slack calls this)")
    public Response interaction(byte[] body, @HeaderParam(SlackRequestGuard.TIMESTAMP) String timestamp,
            @HeaderParam(SlackRequestGuard.SIGNATURE) String signature) {
        guard.check(timestamp, signature, body);
        JsonNode payload = JsonBody.object(json, FormBody.parse(body).get("payload"), "The 'payload' field");
        if ("block_actions".equals(payload.path("type").asText())) {
            JsonNode container = payload.path("container");
            JsonNode message = payload.path("message");
            String threadTs = message.hasNonNull("thread_ts") ? message.get("thread_ts").asText()
                    : container.hasNonNull("thread_ts") ? container.get("thread_ts").asText() : null;
            String channel = payload.path("channel").hasNonNull("id") ? payload.path("channel").get("id").asText()
                    : container.path("channel_id").asText(null);
            for (JsonNode action : payload.path("actions")) {
                worker.submit(new ButtonClick(action.path("action_id").asText(), action.path("value").asText(null),
                        payload.path("user").path("id").asText(null), channel, threadTs,
                        container.path("is_ephemeral").asBoolean(false), payload.path("response_url").asText(null),
                        message.path("text").asText("")));
            }
        }
        return Response.ok().build();
    }
}
