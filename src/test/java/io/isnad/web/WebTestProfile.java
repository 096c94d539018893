package io.isnad.web;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs the service over {@link ArticleFolderResource}'s folder (the seeds plus the web fixtures),
 * with {@link FeedbackStandIn} answering {@code POST /api/feedback}.
 */
public class WebTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(FeedbackStandIn.SWITCH, "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ArticleFolderResource.class));
    }
}
