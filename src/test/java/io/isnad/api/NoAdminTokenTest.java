package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Without an admin token the admin endpoints are closed, and say which key opens them. */
@QuarkusTest
@TestProfile(NoAdminTokenTest.NoToken.class)
class NoAdminTokenTest {

    public static class NoToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.admin.token", "");
        }
    }

    @Test
    void adminEndpointsAnswer403NamingTheKey() {
        for (String path : new String[] {"/api/admin/reindex", "/api/eval"}) {
            given().header("Authorization", "Bearer anything").contentType(ContentType.JSON).body("{}").post(path)
                    .then().statusCode(403).body("error", equalTo("admin_disabled"))
                    .body("message", containsString("isnad.admin.token"))
                    .body("message", containsString("ISNAD_ADMIN_TOKEN"));
        }
        given().get("/api/feedback").then().statusCode(403);
    }
}
