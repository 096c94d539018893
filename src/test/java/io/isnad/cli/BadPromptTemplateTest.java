package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * The server started with a prompt template it cannot fill stops at once naming the file and the placeholder,
 * rather than starting and answering every question with a 500 (extractive answers read the templates too).
 */
@QuarkusMainTest
@TestProfile(BadPromptTemplateTest.BadPrompts.class)
class BadPromptTemplateTest {

    @Test
    @Launch(value = {}, exitCode = 1)
    void refusesToStartNamingTheTemplateAndThePlaceholder(LaunchResult result) {
        String output = result.getOutput() + result.getErrorOutput();
        assertTrue(output.contains("prompt template answer-en.txt uses {bogus}"), output);
    }

    /** Points the prompts folder at one whose English answer template uses a placeholder nobody fills. */
    public static class BadPrompts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.answer.prompts-dir", "src/test/resources/bad-prompts");
        }
    }
}
