package io.isnad.answer.model;

import java.nio.file.Path;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.qute.Engine;
import io.quarkus.runtime.Startup;

import io.isnad.answer.AnswerConfig;

/**
 * Reads the prompt templates once, at start-up: a template with a syntax error or a placeholder the service does
 * not fill stops the start with a line naming the file, instead of failing every question (the follow-up rewriter
 * reads them in extractive mode too) with a 500.
 */
class PromptTemplatesProducer {

    @Produces
    @Singleton
    @Startup
    PromptTemplates prompts(AnswerConfig config, Engine engine) {
        return PromptTemplates.load(Path.of(config.promptsDir()), engine);
    }
}
