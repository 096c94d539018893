package io.isnad.answer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The model defaults the README's key table promises are the values the running service has: the
 * quarkus-langchain4j extension's own defaults, or what application.properties sets.
 */
@QuarkusTest
class ModelDefaultsReadmeTest {

    /** A table row {@code | `key` | `value` | ...} for one model key with one literal default. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(quarkus\\.langchain4j\\.[^`]+)` \\| `([^`$]+)`");

    @Test
    void readmeStatesTheDefaultsTheServiceRunsWith() throws Exception {
        Matcher row = ROW.matcher(Files.readString(Path.of("README.md")));
        int checked = 0;
        while (row.find()) {
            String actual = ConfigProvider.getConfig().getOptionalValue(row.group(1), String.class).orElse("(unset)");
            assertEquals(row.group(2), actual, "README's default for " + row.group(1));
            checked++;
        }
        assertTrue(checked >= 10, "the README's model key table was found: " + checked + " rows");
    }
}
