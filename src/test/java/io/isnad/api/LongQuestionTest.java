package io.isnad.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.isnad.answer.SseEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every question up to the length limit, in either language, gets an answer or an abstention on
 * every surface: the query is bounded, never the question. Hundreds of distinct words used to
 * exceed Lucene's clause limit (a 500 with {@code TooManyClauses}).
 */
@QuarkusTest
class LongQuestionTest {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "tu", "sen", "dor", "vi", "ba", "ne", "qu",
        "zar", "pel", "os", "in", "gha"};
    private static final String[] ENGLISH = ("minister president meeting talks visit foreign capital attack college "
            + "military ceremony victims killed wounded drone explosion government election parliament economy "
            + "inflation currency dollar sanctions agreement embassy delegation summit security council army border "
            + "refugees hospital school university students teachers journalists newspaper television agency "
            + "opposition rebels ceasefire negotiations nuclear program weapons missiles airport railway bridge "
            + "earthquake flood drought harvest wheat petrol electricity prices salaries workers strike protest "
            + "court judge prison sentence lawyer constitution referendum ambassador consulate mayor governor").split(" ");

    static Stream<String> questions() throws IOException {
        return Stream.of(english(), arabic());
    }

    /** Distinct words: real ones that the lexicon translates, then made-up names it transliterates. */
    static String english() {
        StringBuilder q = new StringBuilder("What do the articles say about");
        int i = 0;
        while (true) {
            String word = i < ENGLISH.length ? ENGLISH[i] : name(i);
            if (q.length() + word.length() + 2 > AskRequest.MAX_QUESTION_CHARS) {
                return q.append('?').toString();
            }
            q.append(' ').append(word);
            i++;
        }
    }

    private static String name(int i) {
        String s = SYLLABLES[i % 16] + SYLLABLES[(i / 16) % 16] + SYLLABLES[(i / 256) % 16];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Distinct words of the seed articles, up to the limit. */
    static String arabic() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                for (String w : Files.readString(file).split("[\\s\\p{Punct}،؛؟«»“”]+")) {
                    if (w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                            && w.length() > 2) {
                        words.add(w);
                    }
                }
            }
        }
        StringBuilder q = new StringBuilder("ماذا تقول المقالات عن");
        for (String w : words) {
            if (q.length() + w.length() + 2 > AskRequest.MAX_QUESTION_CHARS) {
                break;
            }
            q.append(' ').append(w);
        }
        return q.append('؟').toString();
    }

    @ParameterizedTest
    @MethodSource("questions")
    void askAnswersOrAbstains(String question) {
        assertTrue(question.length() > 1900 && question.length() <= AskRequest.MAX_QUESTION_CHARS);
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        assertTrue(answer.getBoolean("abstained") || !answer.getList("citations").isEmpty(), answer.prettify());
    }

    @ParameterizedTest
    @MethodSource("questions")
    void chatAnswersOrAbstains(String question) {
        given().contentType(ContentType.JSON).body(Map.of("message", question))
                .post("/api/chat").then().statusCode(200);
    }

    @ParameterizedTest
    @MethodSource("questions")
    void streamEndsWithDone(String question) {
        String body = given().contentType(ContentType.JSON).body(Map.of("message", question))
                .post("/api/chat/stream").then().statusCode(200).extract().asString();
        List<SseEvents.Event> events = SseEvents.parse(body);
        assertEquals("done", events.get(events.size() - 1).name(), body);
    }
}
