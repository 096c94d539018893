package io.isnad.answer.abstain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.AssistantService;
import io.isnad.answer.DiagnosisSets;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.answer.Question;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.eval.EvalQuestion;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Article;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.Retrieval;

/**
 * One question's line of {@link AbstentionDiagnosis}: the question asked as the service asks it, a follow-up with
 * its history (its rewrite, the previous answer, the choice as the service makes it), and why it is declined or
 * answered, word by word. The fields are described there.
 */
final class AbstentionDiagnosisLine {

    private static final int TOP_K = 10;

    private final AssistantService assistant;
    private final ExtractiveAnswerer extractive;
    private final HybridRetriever retriever;
    private final AbstentionModel model;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param retriever the search the questions are asked with (the service's, or one install's of the refit)
     */
    AbstentionDiagnosisLine(AssistantService assistant, ExtractiveAnswerer extractive, HybridRetriever retriever,
            AbstentionModel model) {
        this.assistant = assistant;
        this.extractive = extractive;
        this.retriever = retriever;
        this.model = model;
    }

    /** The line of one question, asked over {@code snapshot} with its history as the service asks it. */
    ObjectNode of(Snapshot snapshot, EvalQuestion q) {
        AssistantService.Searched searched = assistant.searched(snapshot,
                new Question(q.question(), q.history(), TOP_K), retriever);
        AskedQuestion asked = searched.question();
        Retrieval retrieval = searched.retrieval();
        Optional<ExtractiveAnswerer.Choice> choice = extractive.choose(snapshot, retrieval, asked);
        ObjectNode line = json.createObjectNode();
        line.put("id", q.id());
        line.put("answerable", q.answerable());
        line.put("question", q.question());
        line.set("answers", json.valueToTree(q.answers()));
        line.set("expected", json.valueToTree(q.expectedFiles()));
        if (!q.history().isEmpty()) {
            followUp(line, q.history(), searched.rewritten(), asked.previous());
        }
        if (choice.isEmpty()) {
            return line;
        }
        if (asked.previous().isPresent()) {
            followUpDeclines(line, snapshot, searched, choice.get());
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
        SentenceCandidate judged = DiagnosisSets.judged(extractive, choice.get().ranked(), asked.previous());
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
        line.put("otherRootWord", judge.otherRootWord(judged));
        line.put("namedOnlyAsNewPlace", choice.get().alignments().namedOnlyAsNewPlace(judged));
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
            node.put("judgedArticleSentences",
                    judgedTokens.stream().filter(s -> alone.coverage(s, List.of()) > 0).count());
            node.put("inFirst", !judgedTokens.isEmpty() && alone.coverage(judgedTokens.getFirst(), List.of()) > 0);
            if (gold.isPresent()) {
                node.put("inGold", alone.coverage(goldArticle.get(), goldTokens, gold.get()));
                node.put("inGoldArticle", alone.foundIn(goldTokens)[0]);
            }
            node.put("indexed", term.forms().stream()
                    .anyMatch(f -> snapshot.docFreq(new Term(IndexField.ARABIC.field(), f)) > 0
                            || snapshot.docFreq(new Term(IndexField.ENGLISH.field(), f)) > 0));
        }
        return line;
    }

    /**
     * A follow-up's conversation: its earlier questions, the question it was made into ({@code rewritten}, absent
     * when it was searched as asked) and the sentence its earlier question was answered with or, declined, would
     * have led with ({@code shown} false).
     */
    private void followUp(ObjectNode line, List<String> history, Optional<String> rewritten,
            Optional<PreviousAnswer> previous) {
        line.set("history", json.valueToTree(history));
        rewritten.ifPresent(text -> line.put("rewritten", text));
        previous.ifPresent(p -> line.putObject("previous").put("file", p.file()).put("sentence", p.sentence())
                .put("type", p.type().name()).put("shown", p.shown()));
    }

    /**
     * The follow-up's own declines of the chosen lead, as the answerer reads them after the model
     * ({@code ExtractiveAnswerer.answerWith}): leaving the shown story, straying from a declined lead's guess,
     * missing every noun typed anew. After a declined earlier answer the service first answers the follow-up as a
     * question of its own ({@code ExtractiveAnswerer.extract}): that choice's model decision, probability and
     * declines are under {@code alone}, and the eval's answer is that one's whenever it answers.
     */
    private void followUpDeclines(ObjectNode line, Snapshot snapshot, AssistantService.Searched searched,
            ExtractiveAnswerer.Choice choice) {
        AskedQuestion asked = searched.question();
        List<EvidenceTerm> queried = searched.retrieval().query().evidence();
        ObjectNode declines = line.putObject("followUpDeclines");
        declines.put("leavesTheStory", FollowUpDeclines.leavesTheStory(asked, choice.lead(),
                choice.judge().reading().names(), queried));
        declines.put("strays", FollowUpDeclines.strays(asked, choice.lead(), choice.scorer(),
                choice.judge().reading(), queried, snapshot.analyzers()));
        declines.put("missesOwnNoun", FollowUpDeclines.missesOwnNoun(asked,
                asked.previous().map(PreviousAnswer::question), choice.lead(), choice.scorer(),
                choice.judge().reading(), queried));
        declines.put("namesOnlyTheAsked", FollowUpDeclines.namesOnlyTheAsked(asked, choice.lead(), choice.scorer(),
                queried, snapshot));
        if (asked.previous().get().shown()) {
            return;
        }
        AskedQuestion alone = new AskedQuestion(asked.text(), asked.asked(), asked.analysis(), asked.searched(),
                asked.english(), Optional.empty());
        extractive.choose(snapshot, searched.retrieval(), alone).ifPresent(c -> line.putObject("alone")
                .put("answered", c.declines().isEmpty() && model.answers(c.features(), c.doubtBelow()))
                .put("probability", model.probability(c.features()))
                .put("doubtBelow", c.doubtBelow())
                .put("lead", c.lead().sentence().text())
                .set("declines", json.valueToTree(c.declines().stream().map(Decline::key).toList())));
    }

    /** Whether a sentence holds one of the gold answers, both folded. */
    private static boolean holdsAnswer(String sentence, List<String> answers) {
        String folded = ArabicTextNormalizer.normalize(sentence);
        return answers.stream().filter(a -> !a.isBlank()).map(ArabicTextNormalizer::normalize)
                .anyMatch(folded::contains);
    }

    private static Optional<Sentence> goldSentence(Article article, List<String> answers) {
        List<String> folded = answers.stream().filter(a -> !a.isBlank()).map(ArabicTextNormalizer::normalize).toList();
        return article.sentences().stream()
                .filter(s -> folded.stream().anyMatch(ArabicTextNormalizer.normalize(s.text())::contains))
                .findFirst();
    }
}
