package io.isnad.slack.receive;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.isnad.api.ApiException;
import io.isnad.api.ErrorCode;

/** An {@code application/x-www-form-urlencoded} body, read from the raw bytes that were verified. */
final class FormBody {

    private FormBody() {
    }

    /** The fields, first value of each; a 400 for a body that is not form-encoded. */
    static Map<String, String> parse(byte[] body) {
        try {
            return fields(body);
        } catch (IllegalArgumentException e) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, "The body is not application/x-www-form-urlencoded.");
        }
    }

    private static Map<String, String> fields(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }
}
