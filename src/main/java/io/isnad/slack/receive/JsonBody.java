package io.isnad.slack.receive;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.api.ApiException;

/** A JSON object sent by Slack (an event body, an interaction payload), or a 400 saying what is wrong. */
final class JsonBody {

    private JsonBody() {
    }

    /** {@code what} names the JSON in messages, e.g. "The body". */
    static JsonNode object(ObjectMapper json, String text, String what) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("invalid_request", what + " is missing.");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (IOException e) {
            throw ApiException.badRequest("malformed_json", what + " is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("invalid_request", what + " must be a JSON object.");
        }
        return node;
    }
}
