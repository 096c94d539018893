package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The question and admin operations are described, list their errors, and their request examples succeed. */
@QuarkusTest
class OpenApiContractTest {

    private static final List<String> OPERATIONS = List.of("/api/ask", "/api/chat", "/api/chat/stream", "/api/eval",
            "/api/admin/reindex");

    @Test
    void operationsAreDescribedWithTheirErrors() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String path : OPERATIONS) {
            Map<String, Object> post = doc.getMap("paths.'" + path + "'.post");
            assertNotNull(post, path);
            assertFalse(String.valueOf(post.get("description")).isBlank() || post.get("description") == null, path);
            Map<String, Object> responses = doc.getMap("paths.'" + path + "'.post.responses");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("4")), path + " lists no errors");
        }
    }

    @Test
    void askAndChatExamplesFromTheSchemaSucceed() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String[] op : new String[][] {{"AskRequest", "/api/ask"}, {"ChatRequest", "/api/chat"}}) {
            Map<String, Map<String, Object>> properties = doc.getMap("components.schemas." + op[0] + ".properties");
            for (int i = 0; i < 2; i++) {
                Map<String, Object> body = new HashMap<>();
                for (var property : properties.entrySet()) {
                    Object examples = property.getValue().get("examples");
                    if (examples instanceof List<?> list && !list.isEmpty()) {
                        body.put(property.getKey(), list.get(Math.min(i, list.size() - 1)));
                    }
                }
                assertFalse(body.isEmpty(), op[0] + " has no examples");
                given().contentType(ContentType.JSON).body(body).post(op[1]).then().statusCode(200);
            }
        }
    }
}
