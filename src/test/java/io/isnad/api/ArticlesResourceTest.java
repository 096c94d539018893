package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticlesResourceTest {

    @Test
    void listsEverySeedArticleWithHeadlineStatusAndChunks() {
        given().get("/api/articles").then().statusCode(200)
                .body("count", equalTo(5))
                .body("indexed", equalTo(5))
                .body("articles.status", everyItem(equalTo("indexed")))
                .body("articles.chunks", everyItem(greaterThan(0)))
                .body("articles.file", hasItem("000_7a1f042e14fe9a2d.txt"))
                .body("articles.find { it.file == '004_a7545c0d5a910ec1.txt' }.date", equalTo("2023-10-07"))
                .body("articles.find { it.file == '000_7a1f042e14fe9a2d.txt' }.title",
                        startsWith("خارجية إيران تعتبر معارك التحرير في حلب"));
    }

    @Test
    void oneArticleHasItsTextAndSentenceOffsets() {
        var response = given().get("/api/articles/004_a7545c0d5a910ec1.txt").then().statusCode(200)
                .body("appendixTitle", startsWith("نتنياهو"))
                .body("sentences.section", hasItem("appendix"))
                .body("text", not(equalTo("")))
                .extract();
        String text = response.path("text");
        List<Map<String, Object>> sentences = response.path("sentences");
        assertEquals("قائد الجيش الإيراني: مستعدون لتعميق التعاون مع سوريا في الحرب ضد الإرهاب",
                text.substring((int) sentences.get(0).get("start"), (int) sentences.get(0).get("end")));
    }

    @Test
    void readinessTurnsUpOnceTheArticlesAreIndexed() {
        given().get("/api/articles").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentDescribesTheAskEndpoint() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/ask"));
    }
}
