package io.isnad.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.isnad.index.Snapshot;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.ArabicTextNormalizer;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Sentence;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.Retrieval;


/**
 * Answers with the article sentences that hold most of the question's evidence. One fact reported
 * by several articles becomes one answer sentence citing each of them; when even the best sentence
 * holds too little evidence, it abstains instead of quoting something unrelated.
 */
public final class ExtractiveAnswerer {

    /** A little of the retrieval rank breaks ties between sentences of equal coverage. */
    private static final double RANK_WEIGHT = 0.1;
    /** Sentences this alike say the same thing: cite the second as support instead of repeating it. */
    private static final double SAME_FACT_OVERLAP = 0.4;
    private static final int MAX_CITATIONS_PER_SENTENCE = 3;
    /** Subject pronouns, normalised, with the conjunctions news prose glues to them. */
    private static final Set<String> PRONOUNS = Set.of("هو", "هي", "هم", "هما", "هن", "وهو", "وهي", "وهم", "وهما",
            "فهو", "فهي", "فهم", "he", "she", "it", "they");

    private final ExtractiveSettings settings;

    public ExtractiveAnswerer(ExtractiveSettings settings) {
        this.settings = settings;
    }

    /** The answer sentences with their citations, or empty to abstain. */
    public Optional<Draft> answer(Snapshot corpus, Retrieval retrieval) {
        EvidenceScorer scorer = new EvidenceScorer(retrieval.query().evidence());
        List<Candidate> candidates = rank(corpus, retrieval, scorer).stream()
                .filter(c -> c.largestMissing() <= settings.maxMissingShare())
                .toList();
        if (candidates.isEmpty() || candidates.get(0).coverage() < settings.minEvidence()) {
            return Optional.empty();
        }
        double bar = Math.max(settings.minEvidence(), settings.relatedRatio() * candidates.get(0).coverage());
        List<List<Candidate>> groups = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.coverage() < bar) {
                break;
            }
            Optional<List<Candidate>> sameFact = groups.stream()
                    .filter(g -> g.get(0).tokens().overlap(c.tokens()) >= SAME_FACT_OVERLAP)
                    .findFirst();
            if (sameFact.isPresent()) {
                List<Candidate> group = sameFact.get();
                boolean fileCited = group.stream().anyMatch(g -> g.article().file().equals(c.article().file()));
                if (!fileCited && group.size() < MAX_CITATIONS_PER_SENTENCE) {
                    group.add(c);
                }
            } else if (groups.size() < settings.maxSentences()) {
                groups.add(new ArrayList<>(List.of(c)));
            }
        }
        addAntecedent(groups, corpus, scorer);
        return Optional.of(draft(groups));
    }

    /**
     * When the best sentence opens with a pronoun ("وهو كذلك الظهير الأكبر سناً…"), the sentence
     * before it names whom it is about: put that first, so the answer can be understood and
     * names its subject.
     */
    private void addAntecedent(List<List<Candidate>> groups, Snapshot corpus, EvidenceScorer scorer) {
        Candidate lead = groups.get(0).get(0);
        Article article = lead.article();
        int previous = lead.sentence().index() - 1;
        if (!startsWithPronoun(lead.sentence().text()) || previous < 0
                || article.sentences().get(previous).section() != lead.sentence().section()
                || groups.stream().anyMatch(g -> g.get(0).article() == article
                        && g.get(0).sentence().index() == previous)) {
            return;
        }
        Sentence before = article.sentences().get(previous);
        List<SentenceTokens> tokens = corpus.sentenceTokens(article.file());
        EvidenceScorer.Assessment assessment = scorer.assess(article, tokens, before);
        groups.add(0, new ArrayList<>(List.of(new Candidate(article, before, tokens.get(previous),
                assessment.coverage(), assessment.largestMissing(), 0))));
        while (groups.size() > settings.maxSentences()) {
            groups.remove(groups.size() - 1);
        }
    }

    static boolean startsWithPronoun(String sentence) {
        String unquoted = ArabicTextNormalizer.normalize(sentence).replaceAll("^[\\p{P}\\s]+", "");
        return PRONOUNS.contains(unquoted.split("[\\s\\p{P}]+", 2)[0]);
    }

    private static Draft draft(List<List<Candidate>> groups) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (List<Candidate> group : groups) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(group.get(0).sentence().text());
            for (Candidate c : group) {
                int n = citations.size() + 1;
                citations.add(c.citation(n));
                text.append(" [").append(n).append(']');
            }
        }
        return new Draft(text.toString(), List.copyOf(citations));
    }

    /** Every sentence of the retrieved passages, best evidence first. */
    private static List<Candidate> rank(Snapshot corpus, Retrieval retrieval, EvidenceScorer scorer) {
        if (!scorer.hasEvidence() || retrieval.passages().isEmpty()) {
            return List.of();
        }
        double topScore = retrieval.passages().get(0).score();
        Map<String, Candidate> bySentence = new LinkedHashMap<>();
        for (Passage passage : retrieval.passages()) {
            Optional<Article> found = corpus.article(passage.file());
            if (found.isEmpty()) {
                continue;
            }
            Article article = found.get();
            Chunk chunk = article.chunks().get(passage.chunk());
            List<SentenceTokens> tokens = corpus.sentenceTokens(article.file());
            for (Sentence sentence : article.sentencesOf(chunk)) {
                String key = article.file() + "#" + sentence.index();
                if (bySentence.containsKey(key)) {
                    continue;
                }
                EvidenceScorer.Assessment assessment = scorer.assess(article, tokens, sentence);
                double rankScore = assessment.coverage() + RANK_WEIGHT * passage.score() / topScore;
                bySentence.put(key, new Candidate(article, sentence, tokens.get(sentence.index()), assessment.coverage(),
                        assessment.largestMissing(), rankScore));
            }
        }
        return bySentence.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::rankScore).reversed())
                .toList();
    }

    /** Answer text with {@code [n]} markers and the citations they refer to. */
    public record Draft(String text, List<Citation> citations) {
    }

    private record Candidate(Article article, Sentence sentence, SentenceTokens tokens, double coverage,
            double largestMissing, double rankScore) {

        Citation citation(int n) {
            return Citation.of(n, article, sentence, coverage);
        }
    }
}
