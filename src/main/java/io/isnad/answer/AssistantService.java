package io.isnad.answer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.isnad.answer.followup.EarlierAnswer;
import io.isnad.answer.followup.FollowUpRewriter;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.IndirectQuestion;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.SourceQuestion;
import io.isnad.answer.model.CitationChecker;
import io.isnad.answer.model.EarlierTurn;
import io.isnad.answer.model.FallbackReason;
import io.isnad.answer.model.LlmAnswerer;
import io.isnad.answer.model.ModelQueryTranslator;
import io.isnad.index.Corpus;
import io.isnad.index.LiveCorpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Article;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.LanguageDetector;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.Retrieval;
import io.quarkus.runtime.Startup;

/**
 * The one assistant: question in, answer with citations out. REST, chat, Slack, the command line
 * and the evaluation runner all call it, so none of them has retrieval or answer logic of its own.
 */
// Built at start-up, not on the first question: its lexicons and models take a second to load
// that no user should wait for. FreeDict, which only English questions need, is read once the
// articles are ready instead, so a restart is ready sooner (docs/performance.md, "Fourth round").
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
    private final AnswerCache cache;

    AssistantService(LiveCorpus live, HybridRetriever retriever, ExtractiveAnswerer extractive, AnswerConfig config,
            FollowUpRewriter rewriter, ModelQueryTranslator translator, LlmAnswerer llm, AnswerCache cache) {
        this.live = live;
        this.retriever = retriever;
        this.extractive = extractive;
        this.config = config;
        this.rewriter = rewriter;
        this.translator = translator;
        this.llm = llm;
        this.cache = cache;
        live.whenReady(retriever::prepare);
    }

    /** The passage count used when a surface does not choose one. */
    public int defaultTopK() {
        return config.defaultTopK();
    }

    /** Answers over the live articles. */
    @MeteredAnswer
    public Answer ask(Question question) {
        Corpus corpus = live.await();
        try (Snapshot snapshot = corpus.acquire()) {
            return cache.get(corpus, snapshot, question, () -> answer(snapshot, question, Optional.empty()));
        }
    }

    /**
     * The kept answer to a question asked before on the current version of the live articles, if
     * there is one; never waits and never computes, so the I/O thread may call it and hand only the
     * questions it cannot answer at once to a worker thread.
     */
    @MeteredAnswer
    public Optional<Answer> cached(Question question) {
        if (!cache.enabled()) {
            // Nothing kept, so no snapshot to take (a reference count up and down per question).
            return Optional.empty();
        }
        return live.now().flatMap(corpus -> {
            try (Snapshot snapshot = corpus.acquire()) {
                return cache.kept(corpus, snapshot, question);
            }
        });
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
    @MeteredAnswer
    public Answer askStreaming(Question question, Consumer<String> onText) {
        Corpus corpus = live.await();
        try (Snapshot snapshot = corpus.acquire()) {
            AtomicBoolean computed = new AtomicBoolean();
            Answer answer = cache.get(corpus, snapshot, question, () -> {
                computed.set(true);
                return answer(snapshot, question, Optional.of(onText));
            });
            if (!computed.get()) {
                streamSentences(answer.answer(), onText);
            }
            return answer;
        }
    }

    private Answer answer(Snapshot corpus, Question posed, Optional<Consumer<String>> onText) {
        long started = System.nanoTime();
        Question q = unframed(posed);
        String language = LanguageDetector.detect(q.text());
        Optional<String> rewritten = rewriter.standalone(q, language);
        String standalone = rewritten.orElse(q.text());
        Optional<Credited> credited = SourceQuestion.of(standalone)
                .flatMap(asked -> credited(corpus, asked, standalone, language, q.topK()));
        Retrieval retrieval = credited.map(Credited::retrieval)
                .orElseGet(() -> retriever.retrieve(corpus, searchText(standalone, language), language, q.topK()));
        List<PassageView> passages = retrieval.passages().stream().map(p -> view(corpus, p)).toList();
        AskedQuestion asked = asked(corpus, q, rewritten, language, retriever);
        QuestionAnalysis analysis = asked.analysis();
        // A source question's answer is its topic's: the question's own choice is made only if a model answers.
        ExtractiveAnswerer.Extraction extracted = credited.map(c -> new ExtractiveAnswerer.Extraction(
                Optional.of(c.draft()), () -> extractive.choose(corpus, retrieval, asked)))
                .orElseGet(() -> extractive.extract(corpus, retrieval, asked));
        Optional<Draft> draft = extracted.draft();
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
            List<Citation> credits = credited.map(c -> c.draft().citations()).orElse(List.of());
            reply = llmReply(corpus, retrieval, credits, asked, earlierTurn(q), language, extracted, tracked);
        }
        if (!streamed.get()) {
            onText.ifPresent(sink -> streamSentences(reply.text().orElse(abstention(language)), sink));
        }
        double totalMs = (System.nanoTime() - started) / 1e6;
        Timings timings = new Timings(round(retrieval.millis()), round(totalMs));
        // The answer names the question as it was posed, frame and all; it was searched and judged unframed.
        String question = posed.text();
        String rewrittenQuestion = rewritten.orElse(null);
        if (reply.text().isEmpty()) {
            return new Answer(question, abstention(language), true, language, language, List.of(), passages, timings,
                    reply.mode(), reply.fallbackReason() != null, reply.fallbackReason(), reply.unsupported(),
                    rewrittenQuestion, analysis.type().label(), null);
        }
        // Extractive answers quote the articles, which are Arabic whatever the question's language.
        String answerLanguage = LanguageDetector.detect(reply.text().get());
        return new Answer(question, reply.text().get(), false, language, answerLanguage, reply.citations(), passages,
                timings, reply.mode(), reply.fallbackReason() != null, reply.fallbackReason(), reply.unsupported(),
                rewrittenQuestion, analysis.type().label(), shortAnswer(draft, reply.citations()));
    }

    /**
     * The answer to a question asking a story's source: the story is the one the answer to the question's
     * topic ({@link SourceQuestion#topic}) quotes, its source the lines crediting it ({@link
     * StoryCreditAnswer}), with the source's name they give as the short answer of {@code question}; empty when
     * the topic is declined or the story credits no one, and the question is then answered as any other.
     */
    private Optional<Credited> credited(Snapshot corpus, SourceQuestion source, String question, String language,
            int topK) {
        String topic = source.topic();
        Retrieval retrieval = retriever.retrieve(corpus, searchText(topic, language), language, topK);
        boolean english = LanguageDetector.ENGLISH.equals(language);
        AskedQuestion asked = new AskedQuestion(topic, topic, QuestionAnalyzer.analyze(topic), english,
                Optional.empty());
        return extractive.answer(corpus, retrieval, asked)
                .flatMap(d -> StoryCreditAnswer.of(corpus, d, source.asksAuthor(),
                        QuestionAnalyzer.analyze(question).words(), english))
                .map(d -> new Credited(retrieval, d));
    }

    /**
     * A source question's answer and the search of its topic that found the story; in llm mode the model
     * reads that search's passages and the answer's credit lines.
     */
    private record Credited(Retrieval retrieval, Draft draft) {
    }

    /** The short answer of the extractive draft, when a sentence the reply cites holds it. */
    private static ShortAnswer shortAnswer(Optional<Draft> draft, List<Citation> citations) {
        ShortAnswer s = draft.map(Draft::shortAnswer).orElse(null);
        if (s == null || citations.stream().noneMatch(c -> c.file().equals(s.file()) && c.start() <= s.start()
                && s.end() <= c.end())) {
            return null;
        }
        return s;
    }

    /**
     * The previous turn's answer: in llm mode the one the user was shown where the conversation kept it (its
     * first quote's sentence), as the model wrote it; otherwise {@link ExtractiveAnswerer#previousAnswer},
     * searched as the service searches, which is what an extractive answer showed.
     */
    private Optional<PreviousAnswer> previousAnswer(Snapshot corpus, Question q, HybridRetriever searchedBy) {
        List<String> history = q.history();
        if (config.mode() == AnswerMode.LLM && q.earlier().isPresent()) {
            String asked = history.getLast();
            return q.earlier().get().citations().stream().findFirst().flatMap(c -> PreviousAnswer.quoting(corpus, c,
                    QuestionAnalyzer.analyze(asked).type(), asked));
        }
        Question earlier = new Question(history.getLast(), history.subList(0, history.size() - 1), q.topK());
        String language = LanguageDetector.detect(earlier.text());
        String text = rewriter.standalone(earlier, language).orElse(earlier.text());
        return extractive.previousAnswer(corpus, searchedBy.retrieve(corpus, text, language, q.topK()), text,
                earlier.text());
    }

    /**
     * What the abstention model sees of the extractive answer to {@code q}, before it decides, when
     * {@code searchedBy} retrieves (the service's own retriever, or one with another translation
     * lexicon: the refit tool asks with and without a dictionary), with the decline checks that hold
     * whatever the model says; empty when no sentence was found at all. The refit tool learns the
     * model's weights from these.
     */
    public Optional<ExtractiveAnswerer.Choice> abstentionChoice(Corpus corpus, Question q, HybridRetriever searchedBy) {
        try (Snapshot snapshot = corpus.acquire()) {
            Searched searched = searched(snapshot, q, searchedBy);
            return extractive.choose(snapshot, searched.retrieval(), searched.question());
        }
    }

    /**
     * {@code q} as the service searches and asks it when {@code searchedBy} retrieves: a follow-up made standalone
     * and searched so, with the answer its earlier question was given. The abstention model's choice is made from
     * it ({@link #abstentionChoice}), and the diagnosis tools read a follow-up off it as the service answers it.
     */
    public Searched searched(Snapshot snapshot, Question posed, HybridRetriever searchedBy) {
        Question q = unframed(posed);
        String language = LanguageDetector.detect(q.text());
        Optional<String> rewritten = rewriter.standalone(q, language);
        Retrieval retrieval = searchedBy.retrieve(snapshot, searchText(rewritten.orElse(q.text()), language),
                language, q.topK());
        return new Searched(rewritten, retrieval, asked(snapshot, q, rewritten, language, searchedBy));
    }

    /**
     * A question as {@link #searched} searched it.
     *
     * @param rewritten a follow-up's standalone question, empty when the question was searched as asked
     * @param retrieval the search's passages and evidence
     * @param question the question as the answerers see it, with the previous answer in a follow-up
     */
    public record Searched(Optional<String> rewritten, Retrieval retrieval, AskedQuestion question) {
    }

    /**
     * {@code q} asking what its frame asks ({@link IndirectQuestion}): "Does it say who…" asks who. Its history too,
     * so that a later follow-up finds the earlier answer as the question was answered.
     */
    private static Question unframed(Question q) {
        return new Question(IndirectQuestion.unframed(q.text()),
                q.history().stream().map(IndirectQuestion::unframed).toList(), q.topK(), q.earlier());
    }

    private AskedQuestion asked(Snapshot corpus, Question q, Optional<String> rewritten, String language,
            HybridRetriever searchedBy) {
        Optional<PreviousAnswer> previous = rewritten.isPresent() ? previousAnswer(corpus, q, searchedBy)
                : Optional.empty();
        return new AskedQuestion(rewritten.orElse(q.text()), q.text(), QuestionAnalyzer.analyze(q.text()),
                LanguageDetector.ENGLISH.equals(language), previous);
    }

    /** In llm mode English questions are searched in Arabic translation, as the articles are Arabic. */
    private String searchText(String question, String language) {
        if (config.mode() == AnswerMode.LLM && config.translateQuestions() && LanguageDetector.ENGLISH.equals(language)) {
            return translator.toArabic(question).orElse(question);
        }
        return question;
    }

    /**
     * What a follow-up's prompt shows of the previous turn: its question, with the answer the conversation kept;
     * the question alone when none was kept (a client that sends its own history, as the evaluation does, or a
     * declined answer), as what the user was shown is then unknown: an extractive answer to it again would only
     * guess at a model's. None for a first question.
     */
    private static Optional<EarlierTurn> earlierTurn(Question q) {
        if (q.history().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EarlierTurn(q.history().getLast(), q.earlier().map(EarlierAnswer::unmarked)));
    }

    /**
     * The model's answer; a source question's {@code credits} and a follow-up's {@code earlier} turn are shown
     * to it beside the passages. An answer the extractive answerer's declines turn down as they turn down its own
     * ({@link ExtractiveAnswerer#modelDecline}: a person no article names, a when-question answered by sentences
     * placing nothing in time, a follow-up answered from another story) falls back to the extractive draft,
     * which is usually none: the honest decline. The declines read the choice the draft was made from.
     */
    private Reply llmReply(Snapshot corpus, Retrieval retrieval, List<Citation> credits, AskedQuestion asked,
            Optional<EarlierTurn> earlier, String language, ExtractiveAnswerer.Extraction extracted,
            Optional<Consumer<String>> onText) {
        Optional<Draft> draft = extracted.draft();
        String question = asked.text();
        CitationChecker.Checked checked;
        try {
            checked = onText.isPresent()
                    ? llm.stream(corpus, retrieval, credits, question, language, earlier, onText.get())
                    : llm.answer(corpus, retrieval, credits, question, language, earlier);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            LOG.warnf("Model answer failed (%s); answering extractively", FallbackReason.summary(cause));
            return Reply.extractive(draft, FallbackReason.of(cause));
        }
        if (checked.rejection().isPresent()) {
            // Nothing the model wrote is both cited and supported: it abstained or did not ground its answer.
            LOG.warnf("Model answer not used (%s); answering extractively", checked.rejection().get());
            return draft.isPresent() ? Reply.extractive(draft, checked.rejection().get()) : Reply.ABSTAIN_LLM;
        }
        Optional<String> declined = extracted.choice().get()
                .flatMap(choice -> extractive.modelDecline(choice, retrieval, asked, checked.citations()));
        if (declined.isPresent()) {
            LOG.warnf("Model answer not used (%s); answering extractively", declined.get());
            return Reply.extractive(draft, declined.get());
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

        static Reply extractive(Optional<Draft> draft, String fallbackReason) {
            return new Reply(draft.map(Draft::text), draft.map(Draft::citations)
                    .orElse(List.of()), AnswerMode.EXTRACTIVE.label(), fallbackReason, List.of());
        }
    }
}
