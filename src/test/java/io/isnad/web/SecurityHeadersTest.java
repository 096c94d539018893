package io.isnad.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The page and the API carry the headers that keep article text inert in a browser. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pageForbidsInlineAndForeignScripts() {
        given().get("/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .body(containsString("<script type=\"module\" src=\"js/app.js\"></script>"));
    }

    @Test
    void apiAnswersCarryTheHeadersToo() {
        given().get("/api/articles")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Cache-Control", not(equalTo("no-cache")));
    }

    @Test
    void quarkusToolsKeepTheirInlineScripts() {
        given().get("/q/health/ready")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
    }
}
