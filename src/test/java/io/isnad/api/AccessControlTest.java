package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;

/** The admin token, JSON-only POSTs and body limits, with the token set as in application.properties for tests. */
@QuarkusTest
class AccessControlTest {

    private static final Header ADMIN = EvalLimitsTest.ADMIN;

    @Test
    void adminEndpointsNeedTheToken() {
        for (String path : new String[] {"/api/admin/reindex", "/api/admin/anything-added-later", "/api/eval"}) {
            given().contentType(ContentType.JSON).body("{}").post(path).then().statusCode(401)
                    .header("WWW-Authenticate", "Bearer").body("error", equalTo("unauthorized"));
            given().header("Authorization", "Bearer wrong-token").contentType(ContentType.JSON).body("{}")
                    .post(path).then().statusCode(401).body("error", equalTo("unauthorized"));
            given().header("Authorization", "Bearer test-admin-tokenX").contentType(ContentType.JSON).body("{}")
                    .post(path).then().statusCode(401);
        }
        given().get("/api/feedback").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().header(ADMIN).contentType(ContentType.JSON).body("{}").post("/api/admin/reindex").then().statusCode(200);
    }

    @Test
    void aFormPostFromAnotherSiteCannotReindex() {
        given().header(ADMIN).contentType(ContentType.URLENC).formParam("a", "b").post("/api/admin/reindex")
                .then().statusCode(415).body("error", equalTo("unsupported_media_type"));
        given().header(ADMIN).post("/api/admin/reindex").then().statusCode(415);
    }

    @Test
    void everyPostUnderApiNeedsJson() {
        for (String path : new String[] {"/api/ask", "/api/chat", "/api/chat/stream", "/api/eval"}) {
            given().header(ADMIN).body("{\"question\":\"حلب\"}").post(path).then().statusCode(415)
                    .contentType(ContentType.JSON).body("error", equalTo("unsupported_media_type"));
            given().header(ADMIN).contentType("text/plain").body("{\"question\":\"حلب\"}").post(path).then()
                    .statusCode(415);
        }
        given().contentType("application/json; charset=UTF-8").body("{\"question\":\"حلب\"}").post("/api/ask")
                .then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithTheErrorShape() {
        given().contentType(ContentType.JSON).body(Map.of("question", "ب".repeat(300_000))).post("/api/ask")
                .then().statusCode(413).contentType(ContentType.JSON).body("error", equalTo("body_too_large"))
                .body("message", containsString("262144"));
    }

    @Test
    void questionEndpointsAreOpenWithoutApiKeys() {
        given().contentType(ContentType.JSON).body("{\"question\":\"حلب\"}").post("/api/ask").then().statusCode(200);
        given().get("/api/articles").then().statusCode(200);
    }
}
