package io.isnad.slack.receive;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.api.ApiException;
import io.isnad.api.ErrorCode;

/** A JSON object sent by Slack (an event body, an interaction payload), or a 400 saying what is wrong. */
final class JsonBody {

    private JsonBody() {
    }

    /** {@code what} names the JSON in messages, e.g. "The body". */
    static JsonNode object(ObjectMapper json, String text, String what) {
        if (text == null || text.isBlank()) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, what + " is missing.");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (IOException e) {
            throw ApiException.of(ErrorCode.MALFORMED_JSON, what + " is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, what + " must be a JSON object.");
        }
        return node;
    }
}
