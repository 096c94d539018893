package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.DiagnosisSets;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.eval.EvalQuestion;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Article;
import io.isnad.ingest.IngestConfig;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;
import io.isnad.retrieve.RetrieveConfig;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Why a question is declined or answered, word by word: a tool, not a check, so it runs only when asked.
 *
 * <pre>
 * ./mvnw test -Dtest=AbstentionDiagnosis -Disnad.diagnosis.sets=CORPUS::QUESTIONS,... -Disnad.diagnosis.out=FILE.jsonl
 * </pre>
 *
 * One JSON line per question (no follow-ups: they are asked without their history), asked with
 * FreeDict as the service asks it: the packaged model's decision and probability, its features, the
 * sentence it judged, the gold sentence (the first sentence of the first expected article holding
 * an answer string, folded) and per evidence term of the question its forms and weight, whether it
 * is a name or the question's wording, whether the judged sentence (with its neighbours), the judged
 * article, the gold sentence and the gold article hold it, and whether any chunk holds one of its
 * forms. docs/answers.md, "Fourteenth round", counts the causes of false abstentions from it. Also which
 * of the checks behind the Arabic unheld-name decline holds (a known name no chunk writes, a clitic word
 * no chunk writes, a displaced last word, a displaced word, any of the four alignments on the judged
 * sentence), the passing-mention bar ({@code doubtBelow}), and whether the lead and the judged sentence
 * hold a gold answer: with every decline's flag, what counts each rule's true false abstentions and its
 * unique catches (docs/answers.md, "abst37"). Since faar41 also the features the model would read of the
 * lead ({@code leadFeatures}): where the lead is the judged sentence, its features but for the unwritten-name
 * flag.
 */
@QuarkusTest
class AbstentionDiagnosis {

    private static final int TOP_K = 10;

    @Inject
    ExtractiveAnswerer extractive;
    @Inject
    IngestConfig ingest;
    @Inject
    RetrieveConfig retrieve;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void diagnose() throws Exception {
        String sets = System.getProperty("isnad.diagnosis.sets");
        assumeTrue(sets != null, "a tool: run with -Disnad.diagnosis.sets=CORPUS::QUESTIONS,... to diagnose");
        HybridRetriever retriever = RefitInstall.both(retrieve).getFirst().retriever();
        AbstentionModel model = AbstentionModel.packaged();
        List<String> lines = DiagnosisSets.lines(sets, ingest, (snapshot, q) -> diagnose(snapshot, retriever, model, q));
        Files.write(Path.of(System.getProperty("isnad.diagnosis.out", "abstention-diagnosis.jsonl")), lines,
                StandardCharsets.UTF_8);
    }

    private ObjectNode diagnose(Snapshot snapshot, HybridRetriever retriever, AbstentionModel model, EvalQuestion q) {
        AskedQuestion asked = DiagnosisSets.standalone(q.question());
        Retrieval retrieval = retriever.retrieve(snapshot, q.question(), TOP_K);
        Optional<ExtractiveAnswerer.Choice> choice = extractive.choose(snapshot, retrieval, asked);
        ObjectNode line = json.createObjectNode();
        line.put("id", q.id());
        line.put("answerable", q.answerable());
        line.put("question", q.question());
        line.set("answers", json.valueToTree(q.answers()));
        line.set("expected", json.valueToTree(q.expectedFiles()));
        if (choice.isEmpty()) {
            return line;
        }
        AbstentionFeatures features = choice.get().features();
        line.put("answered", model.answers(features, 0));
        line.put("probability", model.probability(features));
        // The checks that decline whatever the model says (ExtractiveAnswerer.answer).
        for (Decline decline : Decline.values()) {
            line.put(decline.key(), choice.get().declines().contains(decline));
        }
        line.put("inPassing", choice.get().inPassing());
        // The bar itself: DOUBTFUL, or DOUBTFUL_IN_LONG_STORY, which inPassing alone does not tell apart.
        line.put("doubtBelow", choice.get().doubtBelow());
        line.put("type", asked.analysis().type().name());
        line.put("lead", choice.get().lead().sentence().text());
        ObjectNode values = line.putObject("features");
        double[] x = features.values();
        for (int i = 0; i < x.length; i++) {
            values.put(AbstentionFeatures.NAMES.get(i), x[i]);
        }
        SentenceCandidate judged = DiagnosisSets.judged(extractive, choice.get().ranked());
        // The features the model would read if it judged the lead (the quoted sentence) instead, read without
        // the unwritten-name flag: an Arabic question it holds for is declined whatever either sentence scores
        // (Declines.unheldName); an English one's lead may read nameMissing lower than the service would.
        AbstentionFeatures leadFeatures = choice.get().judge().features(choice.get().lead(), choice.get().lead(),
                false);
        ObjectNode leadValues = line.putObject("leadFeatures");
        double[] lx = leadFeatures.values();
        for (int i = 0; i < lx.length; i++) {
            leadValues.put(AbstentionFeatures.NAMES.get(i), lx[i]);
        }
        // Which of the checks behind the Arabic unheld-name decline holds (ExtractiveAnswerer.choose ORs them),
        // read by the judge choose made.
        SentenceJudge judge = choice.get().judge();
        line.put("unwrittenNameKnown", judge.unwrittenName());
        line.put("unwrittenCliticWord", judge.unwrittenCliticWord(judged));
        line.put("unwrittenPronounWord", judge.unwrittenPronounWord(judged));
        line.put("verbShapedName", judge.verbShapedName(judged));
        line.put("displacedLastWord", judge.displacedLastWord(judged));
        line.put("displacedWord", judge.displacedWord(judged));
        // Any of the four alignments on the judged sentence: beside the two above, a displaced head or complement
        // holds when this does and they do not; an Arabic unheld name with none of the checks holding is an
        // alignment with another sentence the answer quotes.
        line.put("displacedJudged", choice.get().alignments().anyDisplaced(Stream.of(judged)));
        // Which of the sources of the nameMissing feature holds (SentenceJudge.missingName).
        AbsentEvidence absent = judge.absent(judged);
        line.put("nameMissingKnown", absent.nameMissing());
        line.put("unknownFigure", absent.unknownFigure());
        line.put("unknownNames", absent.unknownNames().size());
        line.put("leadHoldsGold", holdsAnswer(choice.get().lead().sentence().text(), q.answers()));
        line.put("judgedHoldsGold", holdsAnswer(judged.sentence().text(), q.answers()));
        line.put("judgedFile", judged.article().file());
        line.put("judged", judged.sentence().text());
        line.put("spread", judged.articleCheck().spread());
        line.put("articleSentences", snapshot.sentenceTokens(judged.article().file()).size());
        Optional<Article> goldArticle = q.expectedFiles().stream().findFirst().flatMap(snapshot::article);
        Optional<Sentence> gold = goldArticle.flatMap(a -> goldSentence(a, q.answers()));
        gold.ifPresent(s -> line.put("gold", s.text()));
        List<SentenceTokens> judgedTokens = snapshot.sentenceTokens(judged.article().file());
        List<SentenceTokens> goldTokens = goldArticle.map(a -> snapshot.sentenceTokens(a.file())).orElse(List.of());
        List<EvidenceTerm> evidence = retrieval.query().evidence();
        Optional<String> runnerUp = retrieval.passages().stream().map(p -> p.file())
                .filter(f -> !f.equals(retrieval.passages().getFirst().file())).findFirst();
        runnerUp.ifPresent(f -> line.put("runnerUp", f));
        line.put("top", retrieval.passages().getFirst().file());
        List<SentenceTokens> runnerTokens = runnerUp.map(snapshot::sentenceTokens).orElse(List.of());
        boolean[] names = judge.reading().names();
        boolean[] wording = judge.reading().wording();
        for (int t = 0; t < evidence.size(); t++) {
            EvidenceTerm term = evidence.get(t);
            EvidenceScorer alone = new EvidenceScorer(List.of(term));
            ObjectNode node = line.withArray("terms").addObject();
            node.put("label", term.label());
            node.set("forms", json.valueToTree(term.forms()));
            node.put("weight", term.weight());
            node.put("fuzzy", term.fuzzy());
            node.put("name", names[t]);
            node.put("wording", wording[t]);
            node.put("inJudged", alone.coverage(judged.article(), judgedTokens, judged.sentence()));
            node.put("inJudgedArticle", alone.foundIn(judgedTokens)[0]);
            node.put("inRunnerUp", !runnerTokens.isEmpty() && alone.foundIn(runnerTokens)[0]);
            node.put("judgedArticleSentences", judgedTokens.stream().filter(s -> alone.coverage(s, List.of()) > 0).count());
            node.put("inFirst", !judgedTokens.isEmpty() && alone.coverage(judgedTokens.getFirst(), List.of()) > 0);
            if (gold.isPresent()) {
                node.put("inGold", alone.coverage(goldArticle.get(), goldTokens, gold.get()));
                node.put("inGoldArticle", alone.foundIn(goldTokens)[0]);
            }
            node.put("indexed", term.forms().stream().anyMatch(f -> snapshot.docFreq(new Term(IndexField.ARABIC.field(), f)) > 0
                    || snapshot.docFreq(new Term(IndexField.ENGLISH.field(), f)) > 0));
        }
        return line;
    }

    /** Whether a sentence holds one of the gold answers, both folded. */
    private static boolean holdsAnswer(String sentence, List<String> answers) {
        String folded = ArabicTextNormalizer.normalize(sentence);
        return answers.stream().filter(a -> !a.isBlank()).map(ArabicTextNormalizer::normalize).anyMatch(folded::contains);
    }

    private static Optional<Sentence> goldSentence(Article article, List<String> answers) {
        List<String> folded = answers.stream().filter(a -> !a.isBlank()).map(ArabicTextNormalizer::normalize).toList();
        return article.sentences().stream()
                .filter(s -> folded.stream().anyMatch(ArabicTextNormalizer.normalize(s.text())::contains))
                .findFirst();
    }
}
