package io.isnad.answer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StreamingMarkerFilterTest {

    /** Stands in for the citation checker: passages 1 and 2 exist. */
    private static String keepOneAndTwo(String marker) {
        return marker.matches("\\s*\\[[12]\\]") ? marker : "";
    }

    @Test
    void markerSplitAcrossTokensIsJudgedWhole() {
        List<String> out = new ArrayList<>();
        StreamingMarkerFilter filter = new StreamingMarkerFilter(StreamingMarkerFilterTest::keepOneAndTwo, out::add);
        for (String token : List.of("Ankara [", "1] next", " [", "9", "]. Then [2", "]")) {
            filter.accept(token);
        }
        filter.flush();
        assertEquals("Ankara [1] next. Then [2]", String.join("", out));
    }

    @Test
    void bracketThatIsNotAMarkerPassesThrough() {
        List<String> out = new ArrayList<>();
        StreamingMarkerFilter filter = new StreamingMarkerFilter(StreamingMarkerFilterTest::keepOneAndTwo, out::add);
        filter.accept("a [note] and [");
        filter.flush();
        assertEquals("a [note] and [", String.join("", out));
    }

    @Test
    void textArrivesBeforeTheStreamEnds() {
        List<String> out = new ArrayList<>();
        StreamingMarkerFilter filter = new StreamingMarkerFilter(StreamingMarkerFilterTest::keepOneAndTwo, out::add);
        filter.accept("first words ");
        assertEquals(List.of("first words"), out, "only the space that might precede a marker is held back");
    }
}
