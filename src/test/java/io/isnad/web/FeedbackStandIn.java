package io.isnad.web;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Test-only stand-in for {@code POST /api/feedback}, which the Slack work adds to the service. It
 * checks a request against the same contract — {@code {"rating":"up"|"down","question":"...",
 * "answer":"...","citations":[{"file","start","end"}],"conversationId":"..."?}} — answers 201
 * {@code {"id":...}}, and 400 in the {@code {error, message}} shape otherwise. It is switched on
 * only by {@link WebTestProfile}; once the service has the real endpoint, delete this class and
 * the profile's switch, and the browser tests run against the real one.
 */
@ApplicationScoped
public class FeedbackStandIn {

    static final String SWITCH = "isnad.test.feedback-stand-in";

    private static final Set<String> FIELDS = Set.of("rating", "question", "answer", "citations", "conversationId");

    /** How many valid ratings arrived; the browser tests check the page's request reached a server. */
    static final AtomicInteger RECEIVED = new AtomicInteger();

    void install(@Observes Router router, @ConfigProperty(name = SWITCH, defaultValue = "false") boolean enabled) {
        if (enabled) {
            router.post("/api/feedback").order(-10).handler(BodyHandler.create()).handler(this::record);
        }
    }

    private void record(RoutingContext context) {
        String problem = problem(context.body().asString());
        if (problem != null) {
            context.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("error", "invalid_request").put("message", problem).encode());
            return;
        }
        RECEIVED.incrementAndGet();
        context.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("id", UUID.randomUUID().toString()).encode());
    }

    /** What is wrong with the body, or null when it keeps the contract. */
    static String problem(String body) {
        JsonObject json;
        try {
            json = new JsonObject(body == null ? "" : body);
        } catch (DecodeException | ClassCastException e) {
            return "The body must be a JSON object.";
        }
        if (!"up".equals(json.getValue("rating")) && !"down".equals(json.getValue("rating"))) {
            return "rating must be \"up\" or \"down\".";
        }
        if (!(json.getValue("question") instanceof String q) || q.isBlank()) {
            return "question must be a non-empty string.";
        }
        if (!(json.getValue("answer") instanceof String)) {
            return "answer must be a string.";
        }
        if (!(json.getValue("citations") instanceof JsonArray citations)) {
            return "citations must be an array.";
        }
        for (Object item : citations) {
            if (!(item instanceof JsonObject c) || !(c.getValue("file") instanceof String)
                    || !(c.getValue("start") instanceof Integer) || !(c.getValue("end") instanceof Integer)
                    || c.size() != 3) {
                return "each citation must be {file, start, end}.";
            }
        }
        Object conversation = json.getValue("conversationId");
        if (conversation != null && !(conversation instanceof String)) {
            return "conversationId must be a string.";
        }
        for (String key : json.fieldNames()) {
            if (!FIELDS.contains(key)) {
                return "unknown field " + key + ".";
            }
        }
        return null;
    }
}
