package io.isnad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    @Path("/shelves/")
    public static class Shelves {

        @GET
        public String list() {
            return "";
        }

        @POST
        public String add() {
            return "";
        }

        @DELETE
        @Path("{year: \\d{4}}/{title}")
        public String remove() {
            return "";
        }

        public String notAResourceMethod() {
            return "";
        }
    }

    private final AllowedMethods allowed = new AllowedMethods(List.of(Shelves.class));

    @Test
    void aPathsMethodsAreListedWithHeadForGetAndOptions() {
        assertEquals(Optional.of("GET, HEAD, OPTIONS, POST"), allowed.allow("/shelves"));
        assertEquals(Optional.of("GET, HEAD, OPTIONS, POST"), allowed.allow("/shelves/"), "a trailing slash");
    }

    @Test
    void aParameterMatchesOneSegmentOrItsOwnPatternBracesIncluded() {
        assertEquals(Optional.of("DELETE, OPTIONS"), allowed.allow("/shelves/1999/dune"));
        assertEquals(Optional.empty(), allowed.allow("/shelves/99/dune"), "not four digits");
        assertEquals(Optional.empty(), allowed.allow("/shelves/1999/dune/2"), "one segment only");
        assertEquals(Optional.empty(), allowed.allow("/elsewhere"));
    }
}
