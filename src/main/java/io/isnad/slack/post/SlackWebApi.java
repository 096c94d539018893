package io.isnad.slack.post;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;

import io.isnad.slack.SlackConfig;
import io.isnad.slack.render.SlackMessage;

/**
 * The Web API calls Isnad makes, through the SDK's {@link MethodsClient} pointed at
 * {@code isnad.slack.api-url}. Each call is retried on HTTP 429 as {@link RateLimitRetry} says and
 * throws {@link SlackCallException} when it fails for good (Slack down, an error such as
 * {@code channel_not_found}), after logging and counting it.
 */
@ApplicationScoped
public class SlackWebApi {

    private static final Logger LOG = Logger.getLogger(SlackWebApi.class);
    private static final String SET_STATUS = "assistant.threads.setStatus";
    /**
     * Slack's refusals of a status that hold for the app as installed: a token that is no assistant
     * app's, or one without the {@code assistant:write} scope.
     */
    private static final Set<String> NOT_AN_ASSISTANT = Set.of("not_allowed_token_type", "missing_scope");

    private final Slack slack;
    private final MethodsClient methods;
    private final RateLimitRetry retry;
    // The SDK's own snake_case Gson knows how to write Block Kit blocks.
    private final Gson gson = GsonFactory.createSnakeCase();
    private volatile boolean notAnAssistant;

    @Inject
    SlackWebApi(SlackConfig config, SlackCounters counters) {
        this(slack(config.apiUrl()), config.botToken().orElse(""), counters);
    }

    SlackWebApi(Slack slack, String botToken, SlackCounters counters) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
        this.retry = new RateLimitRetry(counters);
    }

    /** An SDK client for the Web API at {@code apiUrl}, without the usage statistics that call {@code auth.test} first. */
    static Slack slack(String apiUrl) {
        com.slack.api.SlackConfig sdk = new com.slack.api.SlackConfig();
        sdk.setMethodsEndpointUrlPrefix(apiUrl);
        sdk.setStatsEnabled(false);
        sdk.getMethodsConfig().setStatsEnabled(false);
        sdk.setHttpClientCallTimeoutMillis(15_000);
        return Slack.getInstance(sdk);
    }

    /** Posts a message (in a thread when {@code threadTs} is set) and returns its {@code ts}. */
    public String postMessage(String channel, String threadTs, SlackMessage message) {
        return call("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(message.text()).blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false))).getTs();
    }

    /** Replaces the content of message {@code ts}, e.g. a "searching" placeholder with the answer. */
    public void update(String channel, String ts, SlackMessage message) {
        call("chat.update", () -> methods.chatUpdate(r -> r.channel(channel).ts(ts).text(message.text())
                .blocks(message.blocks())));
    }

    /** Adds the reaction {@code emoji} (a name such as {@code eyes}) to message {@code ts}. */
    public void react(String channel, String ts, String emoji) {
        call("reactions.add", () -> methods.reactionsAdd(r -> r.channel(channel).timestamp(ts).name(emoji)));
    }

    /**
     * Sets an assistant thread's status line ("is searching…"). False where the app is not an
     * assistant app: Slack's first such refusal is remembered and the call not made again until a
     * restart (a new token or scope needs one), so every direct message does not log the same refusal.
     */
    public boolean setStatus(String channel, String threadTs, String status) {
        if (notAnAssistant) {
            return false;
        }
        try {
            call(SET_STATUS, () -> methods.assistantThreadsSetStatus(r -> r.channelId(channel)
                    .threadTs(threadTs).status(status)));
            return true;
        } catch (SlackCallException e) {
            if (e.slackError().filter(NOT_AN_ASSISTANT::contains).isEmpty()) {
                throw e;
            }
            notAnAssistant = true;
            LOG.infof("Slack %s refused (%s): the app is not an assistant app, so direct messages get a "
                    + "\"searching\" message instead; not asked again until a restart", SET_STATUS,
                    e.slackError().get());
            return false;
        }
    }

    /** A message only {@code user} sees. */
    public void postEphemeral(String channel, String user, String threadTs, SlackMessage message) {
        call("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user)
                .threadTs(threadTs).text(message.text()).blocks(message.blocks())));
    }

    /** Sends to a {@code response_url} of a slash command or a button click. */
    public void respond(String responseUrl, ResponseUrlMessage message) {
        String json = gson.toJson(message);
        retry.call("response_url", () -> {
            WebhookResponse response = slack.send(responseUrl, json);
            if (response.getCode() == 429) {
                throw new RateLimitRetry.TooManyRequests(header(response.getHeaders(), "Retry-After"));
            }
            if (response.getCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.getCode() + " " + response.getBody());
            }
            return response;
        });
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase(name))
                .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
    }

    private <T extends SlackApiTextResponse> T call(String method, RateLimitRetry.Attempt<T> attempt) {
        return retry.call(method, () -> {
            T response;
            try {
                response = attempt.run();
            } catch (SlackApiException e) {
                if (e.getResponse().code() == 429) {
                    throw new RateLimitRetry.TooManyRequests(e.getResponse().header("Retry-After"));
                }
                throw new IllegalStateException("HTTP " + e.getResponse().code(), e);
            }
            if (!response.isOk()) {
                throw new SlackRefusal(response.getError());
            }
            return response;
        });
    }
}
