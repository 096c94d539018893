package io.isnad.slack.receive;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.slack.post.SlackCounters;
import io.isnad.slack.reply.ReplyWorker;
import io.smallrye.common.annotation.NonBlocking;
import io.isnad.slack.reply.SlackQuestion;

/**
 * {@code POST /slack/events}, Slack's Events API: answers {@code url_verification}; queues
 * {@code app_mention} (answered in the mention's thread) and direct messages; ignores bots (Isnad
 * included), edits, deletions and other subtypes, and repeats. Replies 200 at once: the answer is
 * posted later by a {@link ReplyWorker}.
 */
@Path("/slack/events")
public class SlackEventsResource {

    private static final Logger LOG = Logger.getLogger(SlackEventsResource.class);

    private final SlackRequestGuard guard;
    private final DeliveryLedger ledger;
    private final ReplyWorker worker;
    private final SlackCounters counters;
    private final ObjectMapper json;

    SlackEventsResource(SlackRequestGuard guard, DeliveryLedger ledger, ReplyWorker worker, SlackCounters counters,
            ObjectMapper json) {
        this.guard = guard;
        this.ledger = ledger;
        this.worker = worker;
        this.counters = counters;
        this.json = json;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Slack Events API: mentions and direct messages, answered in the thread (Slack calls this)")
    public Response event(byte[] body, @HeaderParam(SlackRequestGuard.TIMESTAMP) String timestamp,
            @HeaderParam(SlackRequestGuard.SIGNATURE) String signature,
            @HeaderParam("X-Slack-Retry-Num") String retryNum) {
        guard.check(timestamp, signature, body);
        JsonNode root = JsonBody.object(json, new String(body, StandardCharsets.UTF_8), "The body");
        switch (root.path("type").asText()) {
            case "url_verification" -> {
                return Response.ok(Map.of("challenge", root.path("challenge").asText())).build();
            }
            case "event_callback" -> accept(root, retryNum);
            default -> LOG.debugf("Ignoring a Slack request of type %s", root.path("type").asText());
        }
        return Response.ok().build();
    }

    private void accept(JsonNode root, String retryNum) {
        JsonNode event = root.path("event");
        SlackQuestion.Origin origin = origin(event);
        if (origin == null) {
            return;
        }
        String channel = event.path("channel").asText();
        String ts = event.path("ts").asText();
        if (!ledger.firstDelivery(root.path("event_id").asText(null), channel, ts)) {
            counters.duplicate();
            LOG.debugf("Ignoring a repeated Slack delivery (retry %s) of %s/%s", retryNum, channel, ts);
            return;
        }
        String threadTs = event.hasNonNull("thread_ts") ? event.get("thread_ts").asText() : ts;
        worker.submit(new SlackQuestion(root.path("team_id").asText(), channel, event.path("user").asText(),
                SlackText.question(event.path("text").asText()), ts, threadTs, origin, null));
    }

    /** How the event asks a question, or null when it is not one for us. */
    private static SlackQuestion.Origin origin(JsonNode event) {
        // Bots (Isnad itself included) and every subtype (edits, deletions, joins...) are not questions.
        if (event.has("bot_id") || event.has("subtype") || event.has("edited") || !event.hasNonNull("user")
                || !event.hasNonNull("channel") || !event.hasNonNull("ts")) {
            return null;
        }
        String type = event.path("type").asText();
        if ("app_mention".equals(type)) {
            return SlackQuestion.Origin.MENTION;
        }
        if ("message".equals(type) && "im".equals(event.path("channel_type").asText())) {
            return SlackQuestion.Origin.DIRECT_MESSAGE;
        }
        return null;
    }
}
