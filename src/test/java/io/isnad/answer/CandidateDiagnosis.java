package io.isnad.answer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.isnad.answer.abstain.AbstentionFeatures;
import io.isnad.answer.abstain.AbstentionModel;
import io.isnad.answer.abstain.SentenceJudge;
import io.isnad.answer.question.AskedNoun;
import io.isnad.answer.abstain.QuestionNames;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.eval.AnswerMatcher;
import io.isnad.eval.EvalQuestion;
import io.isnad.index.Snapshot;
import io.isnad.ingest.IngestConfig;
import io.isnad.ingest.Section;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.Retrieval;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every candidate sentence of a question, by retrieved article, with what would happen were it
 * quoted or judged: a tool, not a check, so it runs only when asked.
 *
 * <pre>
 * ./mvnw test -Dtest=CandidateDiagnosis -Disnad.diagnosis.sets=CORPUS::QUESTIONS::LABEL,... \
 *     -Disnad.diagnosis.out=FILE.jsonl
 * </pre>
 *
 * One JSON line per question without history, asked as the service asks it: the packaged model's
 * probability for the sentence it judged, the quoted sentence's file and whether it holds a gold
 * answer, the question's evidence terms with their weights and, per term, whether it stands for the
 * asked noun ({@link AskedNoun#terms}) or a name ({@link QuestionNames#of}); then per retrieved
 * article (in retrieval order, whether it is an expected file, its missing share and spread, the
 * terms it holds) its candidates by their own evidence, each with its scores (sentence and rank
 * score, coverage, heaviest missing word, passage score and the other parts of the rank score), the
 * terms it holds for the judging and the ranking scorer, whether its figure counts a how-many
 * question's noun, whether it or a neighbouring sentence holds a gold answer and, for the first {@value
 * #JUDGED_PER_ARTICLE} and every one holding the answer, the abstention model's features and
 * probability had it been judged. docs/answers.md, "Nineteenth round", sorts the declined and
 * missed questions by it and replays other choices of the judged and quoted sentence on it.
 */
@QuarkusTest
class CandidateDiagnosis {

    private static final int TOP_K = 10;
    private static final int JUDGED_PER_ARTICLE = 4;

    @Inject
    ExtractiveAnswerer extractive;
    @Inject
    IngestConfig ingest;
    @Inject
    HybridRetriever retriever;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void diagnose() throws Exception {
        String sets = System.getProperty("isnad.diagnosis.sets");
        assumeTrue(sets != null, "a tool: run with -Disnad.diagnosis.sets=CORPUS::QUESTIONS::LABEL,... to diagnose");
        AbstentionModel model = AbstentionModel.packaged();
        List<String> lines = DiagnosisSets.lines(sets, ingest,
                (snapshot, q) -> q.history().isEmpty() ? diagnose(snapshot, model, q) : null);
        Files.write(Path.of(System.getProperty("isnad.diagnosis.out", "candidate-diagnosis.jsonl")), lines,
                StandardCharsets.UTF_8);
    }

    private ObjectNode diagnose(Snapshot snapshot, AbstentionModel model, EvalQuestion q) {
        AskedQuestion asked = DiagnosisSets.standalone(q.question());
        boolean english = asked.english();
        Retrieval retrieval = retriever.retrieve(snapshot, q.question(), TOP_K);
        Optional<ExtractiveAnswerer.Choice> choice = extractive.choose(snapshot, retrieval, asked);
        ObjectNode line = json.createObjectNode();
        line.put("id", q.id());
        line.put("lang", english ? "en" : "ar");
        line.put("question", q.question());
        line.set("expected", json.valueToTree(q.expectedFiles()));
        line.put("type", asked.analysis().type().label());
        if (choice.isEmpty()) {
            return line;
        }
        SentenceJudge judge = choice.get().judge();
        line.put("prob", model.probability(choice.get().features()));
        line.put("threshold", model.threshold());
        line.put("leadFile", choice.get().lead().article().file());
        line.put("leadHit", AnswerMatcher.hit(choice.get().lead().sentence().text(), q.answers()));
        List<EvidenceTerm> evidence = retrieval.query().evidence();
        ArrayNode terms = line.putArray("terms");
        evidence.forEach(t -> terms.addObject().put("label", t.label()).put("weight", t.weight()));
        line.put("head", asked.analysis().head());
        line.set("asked", json.valueToTree(AskedNoun.terms(asked.analysis().head(), evidence, snapshot.analyzers(),
                english)));
        line.set("names", json.valueToTree(judge.reading().names()));
        Map<String, List<SentenceCandidate>> byFile = new LinkedHashMap<>();
        retrieval.passages().stream().map(Passage::file).distinct().forEach(f -> byFile.put(f, new ArrayList<>()));
        choice.get().ranked().forEach(c -> byFile.computeIfAbsent(c.article().file(), f -> new ArrayList<>()).add(c));
        ArrayNode articles = line.putArray("articles");
        int rank = 0;
        for (Map.Entry<String, List<SentenceCandidate>> file : byFile.entrySet()) {
            rank++;
            if (file.getValue().isEmpty()) {
                continue;
            }
            ObjectNode article = articles.addObject();
            article.put("file", file.getKey());
            article.put("rank", rank);
            article.put("expected", q.expectedFiles().contains(file.getKey()));
            article.put("missingShare", file.getValue().getFirst().articleCheck().missingShare());
            article.put("spread", file.getValue().getFirst().articleCheck().spread());
            article.set("found", json.valueToTree(file.getValue().getFirst().articleCheck().found()));
            ArrayNode candidates = article.putArray("cands");
            int judged = 0;
            for (SentenceCandidate c : file.getValue().stream()
                    .sorted(Comparator.comparingDouble(SentenceCandidate::sentenceScore).reversed()).toList()) {
                boolean hit = AnswerMatcher.hit(c.sentence().text(), q.answers());
                ObjectNode o = candidates.addObject();
                o.put("index", c.sentence().index());
                o.put("appendix", c.sentence().section() == Section.APPENDIX);
                o.put("sentenceScore", c.sentenceScore());
                o.put("rankScore", c.rankScore());
                o.put("coverage", c.coverage());
                o.put("largestMissing", c.largestMissing());
                o.put("typed", c.typed());
                o.put("retrieved", c.retrieved());
                o.put("passageScore", c.passageScore());
                o.put("rankShortfall", c.rankShortfall());
                o.put("readOnGain", c.readOnGain());
                o.put("scatter", c.scatter());
                o.put("hit", hit);
                o.put("prevHit", neighbourHit(c, q.answers(), -1));
                o.put("nextHit", neighbourHit(c, q.answers(), 1));
                o.put("text", c.sentence().text());
                o.put("tallies", c.tallies());
                o.set("found", json.valueToTree(choice.get().scorer().foundIn(List.of(c.tokens()))));
                o.set("foundRank", json.valueToTree(choice.get().scorer().ranking().foundIn(List.of(c.tokens()))));
                if (judged++ < JUDGED_PER_ARTICLE || hit) {
                    AbstentionFeatures features = judge.features(c, c, judge.unwrittenName());
                    o.put("prob", model.probability(features));
                    o.set("features", json.valueToTree(features.values()));
                }
            }
        }
        return line;
    }

    private static boolean neighbourHit(SentenceCandidate c, List<String> answers, int step) {
        int i = c.sentence().index() + step;
        return i >= 0 && i < c.article().sentences().size()
                && AnswerMatcher.hit(c.article().sentences().get(i).text(), answers);
    }
}
