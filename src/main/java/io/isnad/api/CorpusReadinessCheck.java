package io.isnad.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.isnad.index.LiveCorpus;

/** Ready once the index is open and the articles folder has been ingested. */
@Readiness
@ApplicationScoped
public class CorpusReadinessCheck implements HealthCheck {

    private final LiveCorpus live;

    CorpusReadinessCheck(LiveCorpus live) {
        this.live = live;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("articles-index").status(live.isReady()).build();
    }
}
