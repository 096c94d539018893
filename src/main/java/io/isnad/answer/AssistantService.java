package io.isnad.answer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.isnad.index.Corpus;
import io.isnad.index.LiveCorpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Article;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.LanguageDetector;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.RetrieveConfig;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.lexicon.QueryTranslator;
import io.quarkus.runtime.Startup;

/**
 * The one assistant: question in, answer with citations out. REST, chat, Slack, the command line
 * and the evaluation runner all call it, so none of them has retrieval or answer logic of its own.
 */
// Built at start-up, not on the first question: loading the English lexicon and FreeDict takes
// half a second that no user should wait for.
@Startup
@ApplicationScoped
public class AssistantService {

    private static final Logger LOG = Logger.getLogger(AssistantService.class);
    static final String ABSTAIN_AR = "لا تجيب المقالات المتوفرة عن هذا السؤال.";
    static final String ABSTAIN_EN = "The articles do not answer this question.";

    private final LiveCorpus live;
    private final HybridRetriever retriever;
    private final ExtractiveAnswerer extractive;
    private final AnswerConfig config;
    private final FollowUpRewriter rewriter;
    private final ModelQueryTranslator translator;
    private final LlmAnswerer llm;

    AssistantService(LiveCorpus live, RetrieveConfig retrieveConfig, AnswerConfig config, FollowUpRewriter rewriter,
            ModelQueryTranslator translator, ModelGateway gateway, PromptTemplates prompts) {
        this.live = live;
        this.retriever = new HybridRetriever(retrieveConfig.settings(),
                QueryTranslator.load(retrieveConfig.freedictDir().map(Path::of)));
        this.extractive = new ExtractiveAnswerer(config.extractive());
        this.config = config;
        this.rewriter = rewriter;
        this.translator = translator;
        this.llm = new LlmAnswerer(gateway, prompts);
    }

    /** The passage count used when a surface does not choose one. */
    public int defaultTopK() {
        return config.defaultTopK();
    }

    /** Answers over the live articles. */
    public Answer ask(Question question) {
        return ask(live.await(), question);
    }

    /** Answers over any corpus: the evaluation runner passes its temporary ones. */
    public Answer ask(Corpus corpus, Question q) {
        try (Snapshot snapshot = corpus.acquire()) {
            return answer(snapshot, q, Optional.empty());
        }
    }

    /**
     * Answers over the live articles, handing the answer text to {@code onText} piece by piece as
     * it is written (sentence by sentence for extractive answers), and returns the final answer,
     * whose text is authoritative: it may differ from the pieces when the model's answer is
     * rejected after it started streaming.
     */
    public Answer askStreaming(Question question, Consumer<String> onText) {
        try (Snapshot snapshot = live.await().acquire()) {
            return answer(snapshot, question, Optional.of(onText));
        }
    }

    private Answer answer(Snapshot corpus, Question q, Optional<Consumer<String>> onText) {
        long started = System.nanoTime();
        String language = LanguageDetector.detect(q.text());
        Optional<String> rewritten = rewriter.standalone(q);
        String standalone = rewritten.orElse(q.text());
        Retrieval retrieval = retriever.retrieve(corpus, searchText(standalone, language), q.topK());
        List<PassageView> passages = retrieval.passages().stream().map(p -> view(corpus, p)).toList();
        var draft = extractive.answer(corpus, retrieval);
        Reply reply;
        AtomicBoolean streamed = new AtomicBoolean();
        if (config.mode() == AnswerMode.EXTRACTIVE) {
            reply = Reply.extractive(draft, null);
        } else if (retrieval.passages().isEmpty()) {
            reply = Reply.ABSTAIN_LLM;
        } else {
            Optional<Consumer<String>> tracked = onText.map(sink -> text -> {
                streamed.set(true);
                sink.accept(text);
            });
            reply = llmReply(corpus, retrieval, standalone, language, draft, tracked);
        }
        if (!streamed.get()) {
            onText.ifPresent(sink -> streamSentences(reply.text().orElse(abstention(language)), sink));
        }
        double totalMs = (System.nanoTime() - started) / 1e6;
        Timings timings = new Timings(round(retrieval.millis()), round(totalMs));
        String question = q.text();
        String rewrittenQuestion = rewritten.orElse(null);
        if (reply.text().isEmpty()) {
            return new Answer(question, abstention(language), true, language, language, List.of(), passages, timings,
                    reply.mode(), reply.fallbackReason() != null, reply.fallbackReason(), reply.unsupported(),
                    rewrittenQuestion, "other", null);
        }
        // Extractive answers quote the articles, which are Arabic whatever the question's language.
        String answerLanguage = LanguageDetector.detect(reply.text().get());
        return new Answer(question, reply.text().get(), false, language, answerLanguage, reply.citations(), passages,
                timings, reply.mode(), reply.fallbackReason() != null, reply.fallbackReason(), reply.unsupported(),
                rewrittenQuestion, "other", null);
    }

    /** In llm mode English questions are searched in Arabic translation, as the articles are Arabic. */
    private String searchText(String question, String language) {
        if (config.mode() == AnswerMode.LLM && config.translateQuestions() && LanguageDetector.ENGLISH.equals(language)) {
            return translator.toArabic(question).orElse(question);
        }
        return question;
    }

    private Reply llmReply(Snapshot corpus, Retrieval retrieval, String question, String language,
            Optional<ExtractiveAnswerer.Draft> draft, Optional<Consumer<String>> onText) {
        CitationChecker.Checked checked;
        try {
            checked = onText.isPresent()
                    ? llm.stream(corpus, retrieval, question, language, onText.get())
                    : llm.answer(corpus, retrieval, question, language);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            String reason = FallbackReason.of(cause);
            LOG.warnf("Model answer failed (%s: %s); answering extractively", reason, cause.getMessage());
            return Reply.extractive(draft, reason);
        }
        if (checked.citations().isEmpty()) {
            // A model that cites nothing has either abstained or not grounded its answer: never show it.
            return draft.isPresent() ? Reply.extractive(draft, FallbackReason.NO_CITATIONS) : Reply.ABSTAIN_LLM;
        }
        return new Reply(Optional.of(checked.text()), checked.citations(), AnswerMode.LLM.label(), null,
                checked.unsupported());
    }

    private static void streamSentences(String text, Consumer<String> sink) {
        List<String> sentences = AnswerSentences.split(text);
        for (int i = 0; i < sentences.size(); i++) {
            sink.accept(i == 0 ? sentences.get(i) : " " + sentences.get(i));
        }
    }

    private static String abstention(String language) {
        return LanguageDetector.ARABIC.equals(language) ? ABSTAIN_AR : ABSTAIN_EN;
    }

    private static PassageView view(Snapshot corpus, Passage p) {
        String title = corpus.article(p.file()).map(Article::title).orElse("");
        return new PassageView(p.file(), title, p.start(), p.end(), round(p.score()), p.section().label());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** What the chosen answerer produced; empty text means abstain. */
    private record Reply(Optional<String> text, List<Citation> citations, String mode, String fallbackReason,
            List<String> unsupported) {

        static final Reply ABSTAIN_LLM = new Reply(Optional.empty(), List.of(), AnswerMode.LLM.label(), null, List.of());

        static Reply extractive(Optional<ExtractiveAnswerer.Draft> draft, String fallbackReason) {
            return new Reply(draft.map(ExtractiveAnswerer.Draft::text), draft.map(ExtractiveAnswerer.Draft::citations)
                    .orElse(List.of()), AnswerMode.EXTRACTIVE.label(), fallbackReason, List.of());
        }
    }
}
