package io.isnad.config;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Refuses to start with any stage's setting out of its range, naming every key that is at once: with one
 * refusal per stage the operator fixed one stage's mistakes, restarted and met the next stage's. It runs
 * before the live corpus opens the index (priority 1), which reads the ingestion and index settings.
 */
@ApplicationScoped
class StartupConfigCheck {

    private final List<StageConfigCheck> stages;

    StartupConfigCheck(@All List<StageConfigCheck> stages) {
        this.stages = stages;
    }

    /**
     * Stops the start with a {@link ConfigurationException}, whose message Quarkus prints alone, where any other
     * exception comes with a stack trace of twenty lines (also on the command line, whose own refusals are short).
     */
    void check(@Observes @Priority(0) StartupEvent start) {
        List<String> problems = stages.stream().flatMap(stage -> stage.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Invalid configuration:\n  " + String.join("\n  ", problems));
        }
    }
}
