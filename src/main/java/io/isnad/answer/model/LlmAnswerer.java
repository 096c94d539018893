package io.isnad.answer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.isnad.answer.AssistantService;
import io.isnad.answer.Citation;
import io.isnad.index.Snapshot;
import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.Article;
import io.isnad.ingest.Section;
import io.isnad.retrieve.LanguageDetector;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.Retrieval;
import io.isnad.index.SentenceTokens;
import io.isnad.retrieve.EvidenceScorer;

/**
 * Has the model write the answer from the numbered passages, then checks its citations. Model
 * failures propagate as exceptions: deciding on the fallback is the {@link AssistantService}'s job.
 * A question asking a story's source is also given the lines crediting the story, numbered after the
 * passages: the index leaves them out, so no retrieved passage holds them. A follow-up is also shown the
 * previous question and the answer the user was given (the question alone when the answer was not kept),
 * unnumbered: it tells what the follow-up refers to ("and who carried it out?"), and only a passage can be cited.
 */
@ApplicationScoped
public class LlmAnswerer {

    /** How a passage of a story appended after "read also" is marked; the system prompts explain it. */
    static final String APPENDED = "story=\"appended\"";

    private final ModelGateway gateway;
    private final PromptTemplates prompts;

    LlmAnswerer(ModelGateway gateway, PromptTemplates prompts) {
        this.gateway = gateway;
        this.prompts = prompts;
    }

    /**
     * @param credits the lines crediting the story a source question asks about, as the extractive answer
     *        cites them; none for any other question
     * @param earlier in a follow-up, the previous turn
     */
    public CitationChecker.Checked answer(Snapshot corpus, Retrieval retrieval, List<Citation> credits,
            String question, String language, Optional<EarlierTurn> earlier) {
        List<GivenPassage> given = given(corpus, retrieval, credits);
        return checker(corpus, retrieval, given, question)
                .check(gateway.complete(messages(given, question, language, earlier)));
    }

    /**
     * Streams the answer through {@code onText} sentence by sentence, each once the checker has
     * found it supported, with made-up markers dropped. Joins the stream: returns when the model
     * has finished.
     */
    public CitationChecker.Checked stream(Snapshot corpus, Retrieval retrieval, List<Citation> credits,
            String question, String language, Optional<EarlierTurn> earlier, Consumer<String> onText) {
        List<GivenPassage> given = given(corpus, retrieval, credits);
        CitationChecker checker = checker(corpus, retrieval, given, question);
        SentenceRelease release = new SentenceRelease(checker::supportedSentence, onText);
        String text = gateway.stream(messages(given, question, language, earlier), release::accept)
                .toCompletableFuture().join();
        release.flush();
        return checker.check(text);
    }

    List<ChatMessage> messages(List<GivenPassage> given, String question, String language,
            Optional<EarlierTurn> earlier) {
        boolean arabic = LanguageDetector.ARABIC.equals(language);
        String system = prompts.render(arabic ? Prompt.SYSTEM_AR : Prompt.SYSTEM_EN, Map.of());
        // The earlier answer is unfenced: defused, it cannot open or close a passage of its own.
        String user = prompts.render(arabic ? Prompt.ANSWER_AR : Prompt.ANSWER_EN,
                Map.of("passages", format(given, GivenPassage.Story.class),
                        "credits", format(given, GivenPassage.Credit.class),
                        "earlierQuestion", earlier.map(e -> oneLine(e.question())).orElse(""),
                        "earlierAnswer", earlier.flatMap(EarlierTurn::answer).map(LlmAnswerer::oneLine).orElse(""),
                        "question", question));
        return List.of(SystemMessage.from(system), UserMessage.from(user));
    }

    /**
     * The passages of one kind fenced as quoted material, with their numbers, file name and the headline of
     * their story; a passage of a story appended after "read also" says so, as its headline is not the
     * article's. Empty when none is of that kind, so a template leaves out what it would introduce.
     */
    static String format(List<GivenPassage> given, Class<? extends GivenPassage> kind) {
        StringBuilder out = new StringBuilder();
        for (GivenPassage p : given) {
            if (!kind.isInstance(p)) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append("<passage n=\"").append(p.n()).append("\" file=\"").append(attribute(p.article().file()))
                    .append("\" title=\"").append(attribute(p.title())).append('"')
                    .append(p.section() == Section.APPENDIX ? " " + APPENDED : "").append(">\n")
                    .append(defuse(p.text()).strip()).append("\n</passage>");
        }
        return out.toString();
    }

    /** The retrieved passages numbered from 1, then the credit lines. */
    private static List<GivenPassage> given(Snapshot corpus, Retrieval retrieval, List<Citation> credits) {
        List<GivenPassage> given = new ArrayList<>();
        for (Passage p : retrieval.passages()) {
            Optional<Article> article = corpus.article(p.file());
            article.ifPresent(a -> given.add(
                    new GivenPassage.Story(given.size() + 1, a, a.chunks().get(p.chunk()))));
        }
        for (Citation line : credits) {
            corpus.article(line.file()).ifPresent(a -> given.add(new GivenPassage.Credit(given.size() + 1, a, line)));
        }
        return given;
    }

    private static CitationChecker checker(Snapshot corpus, Retrieval retrieval, List<GivenPassage> given,
            String question) {
        IndexAnalyzers analyzers = corpus.analyzers();
        return new CitationChecker(given, s -> SentenceTokens.of(s, analyzers),
                new EvidenceScorer(retrieval.query().evidence()), question);
    }

    /** An article cannot close its own quotation and smuggle text out as instructions. */
    private static String defuse(String text) {
        return text.replaceAll("(?i)<(/?)(\\s*)passage", "‹$1$2passage");
    }

    private static String attribute(String value) {
        return defuse(value).replace('"', '\'').replace('\n', ' ');
    }

    private static String oneLine(String value) {
        return defuse(value).replaceAll("\\s+", " ").strip();
    }
}
