package io.isnad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.isnad.feedback.FeedbackUnavailableException;

class ApiErrorMapperTest {

    @Test
    void aFeedbackFileThatCannotBeWrittenIsA503InTheErrorShapeWithoutTheServersPath() {
        Response response = new ApiErrorMapper(new AllowedMethods(List.of())).feedbackUnavailable(
                new FeedbackUnavailableException("append feedback to", Path.of("/srv/isnad/data/feedback.jsonl"),
                        new IOException("No space left")),
                noHeaders());
        assertEquals(503, response.getStatus());
        ApiError body = (ApiError) response.getEntity();
        assertEquals("feedback_unavailable", body.error());
        assertFalse(body.message().contains("/srv"), body.message());
    }

    /** A request that sent no headers: every header asked for is absent. */
    private static HttpHeaders noHeaders() {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> null);
    }
}
