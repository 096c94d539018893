package io.isnad.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.util.IOUtils;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.eval.DevSplit;
import io.isnad.eval.EvalInputException;
import io.isnad.eval.EvalQuestion;
import io.isnad.eval.QuestionSet;
import io.isnad.eval.QuestionSetParser;
import io.isnad.index.Corpus;
import io.isnad.index.Snapshot;
import io.isnad.ingest.ArticleLoader;
import io.isnad.ingest.IngestConfig;
import io.isnad.retrieve.LanguageDetector;

/**
 * The walk the diagnosis tools share (AbstentionDiagnosis, CandidateDiagnosis): each set, given as
 * {@code CORPUS::QUESTIONS[::LABEL]} in a comma-separated list, is indexed afresh in a temporary
 * folder, and every question is handed to the tool with a snapshot of its corpus; its line gets the
 * set's label (the questions file's folder and name when none is given) and its dev-split part.
 */
public final class DiagnosisSets {

    /** What a tool makes of one question: its JSON line, or null to leave the question out. */
    @FunctionalInterface
    public interface Diagnosis {
        ObjectNode line(Snapshot snapshot, EvalQuestion question);
    }

    private DiagnosisSets() {
    }

    /** A question asked alone, as the service asks a conversation's first turn: what the tools diagnose. */
    public static AskedQuestion standalone(String question) {
        boolean english = LanguageDetector.ENGLISH.equals(LanguageDetector.detect(question));
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), english, Optional.empty());
    }

    /**
     * The sentence the abstention model judges ({@link ExtractiveAnswerer#judged}), in a follow-up with the
     * {@code previous} answer's article kept in the running: the tools read its features, and the checks of
     * {@code SentenceJudge} that decline by it, off the same one.
     */
    public static SentenceCandidate judged(ExtractiveAnswerer answerer, List<SentenceCandidate> ranked,
            Optional<PreviousAnswer> previous) {
        return answerer.judged(ranked, previous);
    }

    /** Every question's line with its set's label and its part, in the order of the sets and their questions. */
    public static List<String> lines(String sets, IngestConfig ingest, Diagnosis diagnosis)
            throws IOException, EvalInputException {
        List<String> lines = new ArrayList<>();
        for (String set : sets.split(",")) {
            String[] parts = set.split("::");
            Path questions = Path.of(parts[1]);
            String label = parts.length > 2 ? parts[2] : questions.getParent().getFileName() + "/" + questions.getFileName();
            QuestionSet questionSet = QuestionSetParser.parse(questions.toString(),
                    Files.readString(questions, StandardCharsets.UTF_8));
            DevSplit split = DevSplit.of(questionSet);
            Path index = Files.createTempDirectory("isnad-diagnosis-");
            try (Corpus corpus = Corpus.open(Path.of(parts[0]), index,
                    new ArticleLoader(ingest.maxFileBytes(), ingest.chunking()))) {
                corpus.refresh();
                for (EvalQuestion q : questionSet.questions()) {
                    try (Snapshot snapshot = corpus.acquire()) {
                        ObjectNode line = diagnosis.line(snapshot, q);
                        if (line != null) {
                            line.put("set", label);
                            line.put("part", split.partOf(q).name());
                            lines.add(line.toString());
                        }
                    }
                }
            } finally {
                IOUtils.rm(index);
            }
        }
        return lines;
    }
}
