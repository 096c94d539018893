package io.isnad.answer.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The model defaults the README promises are the ones the code uses. */
class ModelDefaultsReadmeTest {

    @Test
    void readmeStatesTheCodesModelDefaults() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("| `quarkus.langchain4j.ollama.chat-model.model-id` | `"
                + ModelSettings.DEFAULT_OLLAMA_MODEL + "`"), "README's Ollama model default");
        assertTrue(readme.contains("| `quarkus.langchain4j.openai.chat-model.model-name` | `"
                + ModelSettings.DEFAULT_OPENAI_MODEL + "`"), "README's OpenAI model default");
    }
}
