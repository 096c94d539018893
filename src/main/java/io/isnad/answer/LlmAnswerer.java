package io.isnad.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.isnad.index.Snapshot;
import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.Article;
import io.isnad.retrieve.LanguageDetector;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.Retrieval;
import io.isnad.index.SentenceTokens;
import io.isnad.retrieve.EvidenceScorer;

/**
 * Has the model write the answer from the numbered passages, then checks its citations. Model
 * failures propagate as exceptions: deciding on the fallback is the {@link AssistantService}'s job.
 */
final class LlmAnswerer {

    private final ModelGateway gateway;
    private final PromptTemplates prompts;

    LlmAnswerer(ModelGateway gateway, PromptTemplates prompts) {
        this.gateway = gateway;
        this.prompts = prompts;
    }

    CitationChecker.Checked answer(Snapshot corpus, Retrieval retrieval, String question, String language) {
        List<GivenPassage> given = given(corpus, retrieval);
        return checker(corpus, retrieval, given).check(gateway.complete(messages(given, question, language)));
    }

    /**
     * Streams the answer through {@code onText}, made-up markers held back and dropped. Joins the
     * stream: returns when the model has finished.
     */
    CitationChecker.Checked stream(Snapshot corpus, Retrieval retrieval, String question, String language,
            Consumer<String> onText) {
        List<GivenPassage> given = given(corpus, retrieval);
        CitationChecker checker = checker(corpus, retrieval, given);
        StreamingMarkerFilter filter = new StreamingMarkerFilter(checker::withoutInventedMarkers, onText);
        String text = gateway.stream(messages(given, question, language), filter::accept).toCompletableFuture().join();
        filter.flush();
        return checker.check(text);
    }

    List<ChatMessage> messages(List<GivenPassage> given, String question, String language) {
        boolean arabic = LanguageDetector.ARABIC.equals(language);
        String system = prompts.render(arabic ? Prompt.SYSTEM_AR : Prompt.SYSTEM_EN, Map.of());
        String user = prompts.render(arabic ? Prompt.ANSWER_AR : Prompt.ANSWER_EN,
                Map.of("passages", format(given), "question", question));
        return List.of(SystemMessage.from(system), UserMessage.from(user));
    }

    /** The passages fenced as quoted material, numbered from 1, with file name and headline. */
    static String format(List<GivenPassage> given) {
        StringBuilder out = new StringBuilder();
        for (GivenPassage p : given) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append("<passage n=\"").append(p.n()).append("\" file=\"").append(attribute(p.article().file()))
                    .append("\" title=\"").append(attribute(p.article().title())).append("\">\n")
                    .append(defuse(p.text()).strip()).append("\n</passage>");
        }
        return out.toString();
    }

    private static List<GivenPassage> given(Snapshot corpus, Retrieval retrieval) {
        List<GivenPassage> given = new ArrayList<>();
        for (Passage p : retrieval.passages()) {
            Optional<Article> article = corpus.article(p.file());
            article.ifPresent(a -> given.add(new GivenPassage(given.size() + 1, a, a.chunks().get(p.chunk()))));
        }
        return given;
    }

    private static CitationChecker checker(Snapshot corpus, Retrieval retrieval, List<GivenPassage> given) {
        IndexAnalyzers analyzers = corpus.analyzers();
        return new CitationChecker(given, s -> SentenceTokens.of(s, analyzers),
                new EvidenceScorer(retrieval.query().evidence()));
    }

    /** An article cannot close its own quotation and smuggle text out as instructions. */
    private static String defuse(String text) {
        return text.replaceAll("(?i)<(/?)(\\s*)passage", "‹$1$2passage");
    }

    private static String attribute(String value) {
        return defuse(value).replace('"', '\'').replace('\n', ' ');
    }
}
