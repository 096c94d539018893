package io.isnad.answer.model;

import java.nio.file.Path;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.qute.Engine;

import io.isnad.answer.AnswerConfig;

/** Reads the prompt templates once, at first use. */
class PromptTemplatesProducer {

    @Produces
    @Singleton
    PromptTemplates prompts(AnswerConfig config, Engine engine) {
        return PromptTemplates.load(Path.of(config.promptsDir()), engine);
    }
}
