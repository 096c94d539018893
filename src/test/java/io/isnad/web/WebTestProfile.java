package io.isnad.web;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs the service over {@link ArticleFolderResource}'s folder (the seeds plus the web fixtures).
 */
public class WebTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ArticleFolderResource.class));
    }
}
