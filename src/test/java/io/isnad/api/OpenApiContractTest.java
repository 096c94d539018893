package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The OpenAPI document as a contract: every operation under {@code /api} is described, with its
 * parameters, body fields and error codes, and every request example in it, Arabic and English,
 * succeeds when sent to the running service.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String ADMIN = "Bearer test-admin-token";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** The operations that carry a question, whose examples must come in both languages. */
    private static final Set<String> ASKING = Set.of("/api/ask", "/api/chat", "/api/chat/stream", "/api/eval",
            "/api/feedback");

    private static JsonPath doc;

    /** Not static: the server of a Quarkus test is up for instance callbacks only. */
    @BeforeEach
    void readTheDocument() {
        doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyOperationIsDescribedWithItsParametersFieldsAndErrors() {
        List<Op> operations = operations();
        assertTrue(operations.size() >= 9, "too few operations under /api: " + operations);
        for (Op op : operations) {
            String name = op.method() + " " + op.path();
            assertFilled(op.body().get("description"), name + " has no description");
            for (Map<String, Object> parameter : op.list("parameters")) {
                assertFilled(parameter.get("description"), name + ": parameter " + parameter.get("name"));
                assertFilled(parameter.get("example"), name + ": parameter " + parameter.get("name") + " has no example");
            }
            Map<String, Map<String, Object>> responses = op.map("responses");
            List<String> errors = responses.keySet().stream().filter(code -> code.compareTo("400") >= 0).toList();
            assertFalse(errors.isEmpty(), name + " lists no errors");
            for (String code : errors) {
                assertTrue(String.valueOf(responses.get(code).get("description")).matches("[a-z_]+: .*"),
                        name + " " + code + " does not name its error code: " + responses.get(code));
                assertEquals("#/components/schemas/ApiError", doc.getString(op.at() + ".responses.'" + code
                        + "'.content.'application/json'.schema.'$ref'"), name + " " + code + " has not the error shape");
            }
            String schema = doc.getString(op.at() + ".requestBody.content.'application/json'.schema.'$ref'");
            if (op.body().containsKey("requestBody") && !op.path().equals("/api/admin/reindex")) {
                assertTrue(schema != null, name + ": the body's schema is not its request record");
            }
            if (schema != null) {
                Map<String, Map<String, Object>> fields = doc.getMap("components.schemas."
                        + schema.substring(schema.lastIndexOf('/') + 1) + ".properties");
                fields.forEach((field, spec) -> assertFilled(spec.get("description"), name + ": field " + field));
            }
        }
    }

    @Test
    void anOperationOfTheAccessRulesListsTheirRefusals() {
        assertTrue(doc.getString("paths.'/api/eval'.post.responses.'401'.description").startsWith("unauthorized"));
        assertTrue(doc.getString("paths.'/api/eval'.post.responses.'403'.description").startsWith("admin_disabled"));
        assertTrue(doc.getString("paths.'/api/feedback'.get.responses.'401'.description").startsWith("unauthorized"));
        assertTrue(doc.getString("paths.'/api/ask'.post.responses.'415'.description")
                .startsWith("unsupported_media_type"));
        assertTrue(doc.getString("paths.'/api/ask'.post.responses.'413'.description").contains("isnad.api.max-body-bytes"));
        assertNull(doc.get("paths.'/api/articles'.get.responses.'415'"), "a GET takes no body");
    }

    @Test
    void everyExampleSucceedsWhenReplayed() {
        int replayed = 0;
        for (Op op : operations()) {
            Map<String, Map<String, Object>> examples = doc.getMap(op.at()
                    + ".requestBody.content.'application/json'.examples");
            if (op.body().containsKey("requestBody")) {
                assertTrue(examples != null && !examples.isEmpty(), op + " takes a body but gives no example");
                if (ASKING.contains(op.path())) {
                    assertTrue(examples.values().stream().anyMatch(e -> String.valueOf(e.get("value")).matches(
                            "(?s).*\\p{IsArabic}.*")), op + " has no Arabic example");
                    assertTrue(examples.values().stream().anyMatch(e -> !String.valueOf(e.get("value")).matches(
                            "(?s).*\\p{IsArabic}.*")), op + " has no English example");
                }
                for (var example : examples.entrySet()) {
                    Object value = example.getValue().get("value");
                    Response response = request(op).contentType(ContentType.JSON).body(value)
                            .request(op.method(), op.path());
                    assertSucceeded(op + " example '" + example.getKey() + "'", response);
                    replayed++;
                }
            } else {
                assertSucceeded(op.toString(), request(op).request(op.method(), op.path()));
                replayed++;
            }
        }
        assertTrue(replayed >= 13, "only " + replayed + " examples replayed");
    }

    /** The operation's parameters filled with their examples. */
    private static RequestSpecification request(Op op) {
        RequestSpecification request = given().header("Authorization", ADMIN).urlEncodingEnabled(true);
        for (Map<String, Object> parameter : op.list("parameters")) {
            String name = String.valueOf(parameter.get("name"));
            Object example = parameter.get("example");
            if ("path".equals(parameter.get("in"))) {
                request = request.pathParam(name, example);
            } else {
                request = request.queryParam(name, example);
            }
        }
        return request;
    }

    private static void assertSucceeded(String what, Response response) {
        assertTrue(response.statusCode() >= 200 && response.statusCode() < 300,
                what + " got " + response.statusCode() + ": " + response.asString());
    }

    private static void assertFilled(Object text, String message) {
        assertTrue(text != null && !String.valueOf(text).isBlank(), message);
    }

    private static List<Op> operations() {
        List<Op> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        for (var path : paths.entrySet()) {
            if (!ApiPaths.underApi(path.getKey())) {
                continue;
            }
            for (String method : path.getValue().keySet()) {
                if (METHODS.contains(method)) {
                    operations.add(new Op(method, path.getKey()));
                }
            }
        }
        return operations;
    }

    private record Op(String method, String path) {

        String at() {
            return "paths.'" + path + "'." + method;
        }

        Map<String, Object> body() {
            return doc.getMap(at());
        }

        List<Map<String, Object>> list(String key) {
            List<Map<String, Object>> list = doc.getList(at() + "." + key);
            return list == null ? List.of() : list;
        }

        Map<String, Map<String, Object>> map(String key) {
            return doc.getMap(at() + "." + key);
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }
}
