package io.isnad.answer.model;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.isnad.retrieve.LanguageDetector;

/**
 * Has the model translate an English question into Arabic, since the articles are Arabic and
 * English words find little in them. Any failure, or a reply that is not Arabic, leaves the
 * question as asked: translation improves a search, it must never break one.
 */
@ApplicationScoped
public class ModelQueryTranslator {

    private static final Logger LOG = Logger.getLogger(ModelQueryTranslator.class);

    private final ModelGateway gateway;
    private final PromptTemplates prompts;

    ModelQueryTranslator(ModelGateway gateway, PromptTemplates prompts) {
        this.gateway = gateway;
        this.prompts = prompts;
    }

    public Optional<String> toArabic(String question) {
        try {
            String reply = ModelReplies.firstLine(
                    gateway.complete(ModelReplies.userTurn(prompts.render(Prompt.TRANSLATE, Map.of("question", question)))));
            return LanguageDetector.ARABIC.equals(LanguageDetector.detect(reply)) ? Optional.of(reply) : Optional.empty();
        } catch (RuntimeException e) {
            LOG.warnf("Query translation failed (%s); searching the question as asked", FallbackReason.summary(e));
            return Optional.empty();
        }
    }
}
