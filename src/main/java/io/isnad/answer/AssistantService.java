package io.isnad.answer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.index.Corpus;
import io.isnad.index.LiveCorpus;
import io.isnad.ingest.Article;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.LanguageDetector;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.RetrieveConfig;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * The one assistant: question in, answer with citations out. REST, chat, Slack, the command line
 * and the evaluation runner all call it, so none of them has retrieval or answer logic of its own.
 */
@ApplicationScoped
public class AssistantService {

    /** How long a request waits for start-up ingestion before it is told to come back. */
    private static final Duration READY_WAIT = Duration.ofSeconds(30);
    static final String ABSTAIN_AR = "لا تجيب المقالات المتوفرة عن هذا السؤال.";
    static final String ABSTAIN_EN = "The articles do not answer this question.";

    private final LiveCorpus live;
    private final HybridRetriever retriever;
    private final ExtractiveAnswerer extractive;
    private final AnswerConfig config;

    AssistantService(LiveCorpus live, RetrieveConfig retrieveConfig, AnswerConfig config) {
        this.live = live;
        this.retriever = new HybridRetriever(retrieveConfig.settings(),
                QueryTranslator.load(retrieveConfig.freedictDir().map(Path::of)));
        this.extractive = new ExtractiveAnswerer(config.extractive());
        this.config = config;
    }

    /** The passage count used when a surface does not choose one. */
    public int defaultTopK() {
        return config.defaultTopK();
    }

    /** Answers over the live articles. */
    public Answer ask(Question question) {
        return ask(live.await(READY_WAIT), question);
    }

    /** Answers over any corpus: the evaluation runner passes its temporary ones. */
    public Answer ask(Corpus corpus, Question q) {
        long started = System.nanoTime();
        String question = q.text();
        Retrieval retrieval = retriever.retrieve(corpus, question, q.topK());
        String language = retrieval.query().language();
        List<PassageView> passages = retrieval.passages().stream().map(p -> view(corpus, p)).toList();
        var draft = extractive.answer(corpus, retrieval);
        double totalMs = (System.nanoTime() - started) / 1e6;
        Timings timings = new Timings(round(retrieval.millis()), round(totalMs));
        if (draft.isEmpty()) {
            String message = LanguageDetector.ARABIC.equals(language) ? ABSTAIN_AR : ABSTAIN_EN;
            return new Answer(question, message, true, language, language, List.of(), passages, timings);
        }
        // Extractive answers quote the articles, which are Arabic whatever the question's language.
        String answerLanguage = LanguageDetector.detect(draft.get().text());
        return new Answer(question, draft.get().text(), false, language, answerLanguage, draft.get().citations(),
                passages, timings);
    }

    private static PassageView view(Corpus corpus, Passage p) {
        String title = corpus.article(p.file()).map(Article::title).orElse("");
        return new PassageView(p.file(), title, p.start(), p.end(), round(p.score()), p.section().name().toLowerCase());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
