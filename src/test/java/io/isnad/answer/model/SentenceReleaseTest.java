package io.isnad.answer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SentenceReleaseTest {

    /** Stands in for the citation checker: a sentence citing [1] is supported, anything else is not. */
    private static Optional<String> citesOne(String sentence) {
        return sentence.contains("[1]") ? Optional.of(sentence.strip()) : Optional.empty();
    }

    @Test
    void onlySupportedSentencesAreReleasedEachWhenComplete() {
        List<String> out = new ArrayList<>();
        SentenceRelease release = new SentenceRelease(SentenceReleaseTest::citesOne, out::add);
        for (String token : List.of("Ankara is next [", "1]. HACK", "ED [9]. Then", " Tehran [1", "]")) {
            release.accept(token);
        }
        assertEquals(List.of("Ankara is next [1]."), out, "the last sentence waits: markers may still follow");
        release.flush();
        assertEquals(List.of("Ankara is next [1].", " Then Tehran [1]"), out);
    }

    @Test
    void aSentenceIsHeldUntilItsMarkersHaveArrived() {
        List<String> out = new ArrayList<>();
        SentenceRelease release = new SentenceRelease(SentenceReleaseTest::citesOne, out::add);
        release.accept("He met Assad. ");
        release.accept("[1] Then");
        release.accept(" more.");
        release.flush();
        assertEquals(List.of("He met Assad. [1]"), out);
    }
}
