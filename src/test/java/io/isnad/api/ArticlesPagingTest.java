package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@code GET /api/articles} pages and filters a folder of 120 dated articles in monthly sub-folders. */
@QuarkusTest
@TestProfile(ArticlesPagingTest.Archive.class)
class ArticlesPagingTest {

    private static final Path FOLDER = Path.of("target", "articles-paging-test");

    @Test
    void pagesDefaultToFiftyInFileOrderWithTheFolderCounts() {
        given().get("/api/articles").then().statusCode(200)
                .body("count", equalTo(121)).body("indexed", equalTo(120)).body("skipped", equalTo(1))
                .body("total", equalTo(121)).body("offset", equalTo(0)).body("limit", equalTo(50))
                .body("articles", hasSize(50))
                .body("articles[0].file", equalTo("2024-01/article_000.txt"));
        given().get("/api/articles?offset=100&limit=50").then().statusCode(200)
                .body("articles", hasSize(21)).body("articles[20].file", equalTo("broken.txt"));
    }

    @Test
    void qMatchesHeadlinesAndFileNamesFoldingSpelling() {
        given().get("/api/articles?q=مدينة رقم 7").then().statusCode(200)
                .body("total", equalTo(11))
                .body("articles[0].title", equalTo("زيارة إلى مدينة رقم 7"));
        given().get("/api/articles?q=ARTICLE_119").then().statusCode(200)
                .body("articles.file", contains("2024-04/article_119.txt"));
        // أ folded like ا: the headline's spelling need not be typed exactly.
        given().get("/api/articles?q=زيارة الى").then().statusCode(200).body("total", equalTo(120));
    }

    @Test
    void fromAndToKeepDatedArticlesInsideTheRange() {
        given().get("/api/articles?from=2024-02-01&to=2024-02-29&limit=500").then().statusCode(200)
                .body("total", equalTo(30))
                .body("articles[0].date", equalTo("2024-02-01"));
    }

    @Test
    void badParametersAreRefusedWithTheErrorShape() {
        for (String query : new String[] {"limit=0", "limit=501", "limit=abc", "offset=-1", "from=yesterday",
                "from=2024-03-01&to=2024-02-01"}) {
            given().get("/api/articles?" + query).then().statusCode(400).body("error", equalTo("invalid_request"));
        }
    }

    @Test
    void anArticleInASubFolderIsFoundByItsIdWithASlashPlainOrEncoded() {
        given().get("/api/articles/2024-02/article_040.txt").then().statusCode(200)
                .body("file", equalTo("2024-02/article_040.txt"));
        given().urlEncodingEnabled(false).get("/api/articles/2024-02%2Farticle_040.txt").then().statusCode(200)
                .body("file", equalTo("2024-02/article_040.txt"));
        given().urlEncodingEnabled(false).get("/api/articles/..%2F..%2Fpom.xml").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/api/articles/2024-02/..%2F..%2F..%2Fpom.xml").then().statusCode(404);
    }

    /** Writes the archive before the application starts and points the service at it. */
    public static class Archive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                for (int i = 0; i < 120; i++) {
                    int month = 1 + i / 30;
                    int day = 1 + i % 30;
                    String date = String.format("2024-%02d-%02d", month, Math.min(day, month == 2 ? 29 : day));
                    Path dir = Files.createDirectories(FOLDER.resolve(String.format("2024-%02d", month)));
                    Files.writeString(dir.resolve(String.format("article_%03d.txt", i)), "زيارة إلى مدينة رقم " + i
                            + "\nتاريخ النشر: " + date + "\nوصل الوفد إلى المدينة رقم " + i + " صباح اليوم.");
                }
                Files.write(FOLDER.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("isnad.ingest.dir", FOLDER.toString(), "isnad.index.dir", "target/test-index-paging");
        }
    }
}
