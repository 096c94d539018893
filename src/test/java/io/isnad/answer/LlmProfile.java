package io.isnad.answer;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** llm mode against the local {@link OpenAiStub}, with a short timeout so failures are quick to test. */
public class LlmProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("isnad.answer.mode", "llm", "quarkus.langchain4j.openai.timeout", "1s",
                "quarkus.langchain4j.openai.api-key", "test-key");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenAiStub.class));
    }
}
