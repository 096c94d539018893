package io.isnad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiConfigCheckTest {

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), new ApiConfigCheck(config(262_144, 4096, 20_480, 4_194_304, 2000, 30)).problems());
    }

    @Test
    void limitsOutOfRangeAreNamedWithTheirKeys() {
        List<String> problems = new ApiConfigCheck(config(1023, 255, 2_000_000, 16_777_217, 0, 0)).problems();
        assertEquals(6, problems.size(), problems.toString());
        assertEquals("isnad.api.max-body-bytes must be at least 1024, got 1023", problems.get(0));
        assertEquals("isnad.api.max-uri-length must be between 256 and 1048576, got 255", problems.get(1));
        assertTrue(problems.get(2).startsWith("isnad.api.max-header-bytes must be between"), problems.get(2));
        assertTrue(problems.get(3).startsWith("isnad.api.eval.max-body-bytes must be between"), problems.get(3));
        assertTrue(problems.get(4).startsWith("isnad.api.eval.max-questions must be at least 1"), problems.get(4));
        assertTrue(problems.get(5).startsWith("isnad.api.eval.retry-after-seconds must be at least 1"), problems.get(5));
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertEquals(List.of(), new ApiConfigCheck(config(1024, 256, 1_048_576, 16_777_216, 1, 1)).problems());
    }

    private static ApiConfig config(long maxBody, int maxUri, int maxHeaders, long evalBody, int evalQuestions,
            int retryAfter) {
        ApiConfig.Eval eval = new ApiConfig.Eval() {
            public long maxBodyBytes() {
                return evalBody;
            }

            public int maxQuestions() {
                return evalQuestions;
            }

            public int retryAfterSeconds() {
                return retryAfter;
            }
        };
        return new ApiConfig() {
            public Optional<List<String>> keys() {
                return Optional.empty();
            }

            public long maxBodyBytes() {
                return maxBody;
            }

            public int maxUriLength() {
                return maxUri;
            }

            public int maxHeaderBytes() {
                return maxHeaders;
            }

            public ApiConfig.Eval eval() {
                return eval;
            }
        };
    }
}
