package io.isnad.answer.abstain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.util.IOUtils;

import io.isnad.answer.AssistantService;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.answer.Question;
import io.isnad.eval.DevSplit;
import io.isnad.eval.EvalQuestion;
import io.isnad.eval.QuestionSet;
import io.isnad.eval.QuestionSetParser;
import io.isnad.index.Corpus;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.IngestConfig;
import io.isnad.retrieve.LanguageDetector;

/**
 * The refit's labelled questions: every question of a set asked under every install
 * ({@link RefitInstall}), each install's questions a set of their own, so that the fit weighs both
 * installs alike and the operating point must hold for each.
 */
final class RefitSamples {

    private static final int TOP_K = 10;

    private final AssistantService assistant;
    private final IngestConfig ingest;
    private final List<RefitInstall> installs;

    RefitSamples(AssistantService assistant, IngestConfig ingest, List<RefitInstall> installs) {
        this.assistant = assistant;
        this.ingest = ingest;
        this.installs = List.copyOf(installs);
    }

    /**
     * Asks the questions of {@code questions} over {@code corpusDir} and adds them to the tuning or
     * check part; {@code cross}: a set asked over another corpus, all negatives.
     */
    void collect(Path corpusDir, Path questions, boolean cross, List<Sample> tune, List<Sample> check)
            throws Exception {
        QuestionSet set = QuestionSetParser.parse(questions.toString(), Files.readString(questions, StandardCharsets.UTF_8));
        DevSplit split = DevSplit.of(set);
        Path index = Files.createTempDirectory("isnad-refit-");
        try (Corpus corpus = Corpus.open(corpusDir, index, new ArticleLoader(ingest.maxFileBytes(), ingest.chunking()))) {
            corpus.refresh();
            for (EvalQuestion q : set.questions()) {
                Question question = new Question(q.question(), q.history(), TOP_K);
                boolean english = LanguageDetector.ENGLISH.equals(LanguageDetector.detect(q.question()));
                Optional<ExtractiveAnswerer.Choice> choice = Optional.empty();
                for (RefitInstall install : installs) {
                    // Only translation differs between installs: an Arabic question is asked once.
                    if (english || install == installs.getFirst()) {
                        choice = assistant.abstentionChoice(corpus, question, install.retriever());
                    }
                    Sample sample = new Sample(choice.map(ExtractiveAnswerer.Choice::features), q.answerable() && !cross,
                            choice.isPresent() && !choice.get().declines().isEmpty(), name(corpusDir, questions, cross),
                            install.name(), q.id());
                    (split.partOf(q) == DevSplit.Part.TUNE ? tune : check).add(sample);
                }
            }
        } finally {
            IOUtils.rm(index);
        }
    }

    /** Names a set by its questions and corpus, since cross-corpus sets reuse question files. */
    private static String name(Path corpusDir, Path questions, boolean cross) {
        return questions.getParent().getFileName() + "/" + questions.getFileName() + (cross ? " over " + corpusDir : "");
    }
}
