package io.isnad.answer.followup;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.isnad.answer.AnswerConfig;
import io.isnad.answer.AnswerMode;
import io.isnad.answer.Question;
import io.isnad.answer.model.FallbackReason;
import io.isnad.answer.model.ModelGateway;
import io.isnad.answer.model.ModelReplies;
import io.isnad.answer.model.Prompt;
import io.isnad.answer.model.PromptTemplates;
import io.isnad.retrieve.HybridRetriever;

/**
 * Turns a follow-up into a standalone question from the conversation's earlier questions: by the
 * model in {@code llm} mode where the conversation kept the answer the latest of them was given, which the
 * model is shown (a "he" may stand for the person it named); by {@link FollowUpRule} otherwise and whenever
 * the model fails. Without the answer the model has only the earlier questions to resolve a "he" from, and may
 * name the one they name instead of the one the answer named ("Who met Assad?", "Where will he go?"), asking
 * the earlier question again; the rule carries the earlier names and topic words forward and commits to none.
 */
@ApplicationScoped
public class FollowUpRewriter {

    private static final Logger LOG = Logger.getLogger(FollowUpRewriter.class);

    private final AnswerConfig config;
    private final ModelGateway gateway;
    private final PromptTemplates prompts;
    private final HybridRetriever retriever;

    FollowUpRewriter(AnswerConfig config, ModelGateway gateway, PromptTemplates prompts, HybridRetriever retriever) {
        this.config = config;
        this.gateway = gateway;
        this.prompts = prompts;
        this.retriever = retriever;
    }

    /**
     * The standalone question, or empty when the question is to be searched as asked.
     *
     * @param language the question's language as the service read it to search it ({@link
     *        io.isnad.retrieve.LanguageDetector#detect}), which the rule reads too
     */
    public Optional<String> standalone(Question question, String language) {
        if (question.history().isEmpty()) {
            return Optional.empty();
        }
        if (config.mode() == AnswerMode.LLM && question.earlier().isPresent()) {
            try {
                String rewritten = ModelReplies.firstLine(gateway.complete(ModelReplies.userTurn(prompts.render(
                        Prompt.REWRITE, Map.of("history", String.join("\n", question.history()),
                                "answer", question.earlier().get().unmarked(), "question", question.text())))));
                return rewritten.equalsIgnoreCase(question.text()) ? Optional.empty() : Optional.of(rewritten);
            } catch (RuntimeException e) {
                LOG.warnf("Model rewrite failed (%s); using the rule", FallbackReason.summary(e));
            }
        }
        return FollowUpRule.rewrite(question.text(), language, question.history(), retriever::inArabic);
    }
}
