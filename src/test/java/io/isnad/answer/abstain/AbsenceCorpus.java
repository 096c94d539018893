package io.isnad.answer.abstain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.index.Corpus;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.ChunkingSettings;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * A two-article corpus for the absence checks: the article under test ({@code a.txt}) and an
 * unrelated one ({@code b.txt}, a cycling race), so a word can be known to the corpus but not to the
 * article. Questions are searched with the built-in lexicon only, as the service out of the box.
 */
record AbsenceCorpus(Corpus corpus, HybridRetriever retriever) implements AutoCloseable {

    private static final String OTHER_ARTICLE = """
            سباق الدراجات
            فاز الدراج سامي ناصر بسباق الجبال في العاصمة باريس عام 2010.""";

    /** The corpus of {@code article} as a.txt beside the other article, indexed under {@code tmp}. */
    static AbsenceCorpus open(Path tmp, String article) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(dir.resolve("a.txt"), article);
        Files.writeString(dir.resolve("b.txt"), OTHER_ARTICLE);
        Corpus corpus = Corpus.open(dir, tmp.resolve("index"), new ArticleLoader(100_000, new ChunkingSettings(3, 1)));
        corpus.refresh();
        return new AbsenceCorpus(corpus, new HybridRetriever(
                new RetrievalSettings(1f, 0.3f, 1f, 0.3f, 100, 2, 0.7f, 1.5f, 15), QueryTranslator.load(Optional.empty())));
    }

    /** The question's evidence, with its names and wording as the service reads them, checked against a.txt. */
    AbsentEvidence check(String question) {
        return check(question, false);
    }

    /**
     * {@link #check}, with the verbs whose root's first و the stemmer cut ({@link FirstRadicalWawStems}) read as the
     * judge reads them when {@code wawVerbs}.
     */
    AbsentEvidence check(String question, boolean wawVerbs) {
        try (Snapshot snapshot = corpus.acquire()) {
            List<EvidenceTerm> evidence = retriever.retrieve(snapshot, question, 5).query().evidence();
            List<SentenceTokens> article = snapshot.sentenceTokens("a.txt");
            QuestionReading reading = reading(question, evidence, snapshot);
            boolean[] otherForm = reading.functionWords().clone();
            if (wawVerbs) {
                boolean[] read = FirstRadicalWawStems.of(QuestionWords.of(question), evidence, snapshot,
                        english(question));
                IntStream.range(0, read.length).filter(t -> read[t]).forEach(t -> otherForm[t] = true);
            }
            return AbsentEvidence.of(snapshot, evidence, new EvidenceScorer(evidence).foundIn(article), article,
                    reading.names(), reading.wording(), otherForm);
        }
    }

    /** The labels of the question's evidence terms that are verbs whose root's first و the stemmer cut. */
    List<String> wawVerbs(String question) {
        try (Snapshot snapshot = corpus.acquire()) {
            List<EvidenceTerm> evidence = retriever.retrieve(snapshot, question, 5).query().evidence();
            boolean[] read = FirstRadicalWawStems.of(QuestionWords.of(question), evidence, snapshot, english(question));
            return IntStream.range(0, read.length).filter(t -> read[t]).mapToObj(t -> evidence.get(t).label()).toList();
        }
    }

    /** The labels of the question's evidence terms that are its wording ({@link QuestionWording}). */
    List<String> worded(String question) {
        return labels(question, QuestionReading::wording);
    }

    /** The labels of the question's evidence terms that are its names ({@link QuestionNames}). */
    List<String> named(String question) {
        return labels(question, QuestionReading::names);
    }

    /** The labels of the question's evidence terms that are function words with a pronoun ({@link FunctionWordStems}). */
    List<String> functionWords(String question) {
        return labels(question, QuestionReading::functionWords);
    }

    private List<String> labels(String question, Function<QuestionReading, boolean[]> which) {
        try (Snapshot snapshot = corpus.acquire()) {
            List<EvidenceTerm> evidence = retriever.retrieve(snapshot, question, 5).query().evidence();
            QuestionReading reading = reading(question, evidence, snapshot);
            boolean[] marked = which.apply(reading);
            return IntStream.range(0, marked.length).filter(t -> marked[t]).mapToObj(t -> evidence.get(t).label())
                    .toList();
        }
    }

    /** The question's names and wording as the service reads them. */
    private static QuestionReading reading(String question, List<EvidenceTerm> evidence, Snapshot snapshot) {
        return QuestionReading.of(QuestionWords.of(question), QuestionAnalyzer.analyze(question).head(), evidence, snapshot.analyzers(),
                english(question));
    }

    private static boolean english(String question) {
        return question.chars().anyMatch(c -> c >= 'a' && c <= 'z');
    }

    @Override
    public void close() throws IOException {
        corpus.close();
    }
}
