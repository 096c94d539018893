package io.isnad.answer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.AnswerSentences;
import io.isnad.answer.Citation;
import io.isnad.ingest.Sentence;
import io.isnad.index.SentenceTokens;
import io.isnad.retrieve.EvidenceScorer;

/**
 * Makes a model's citations honest. A {@code [n]} naming no passage that was given to the model is
 * removed; each remaining one becomes a citation quoting the passage sentence that best supports
 * the answer sentences citing it; answer sentences citing nothing are reported as unsupported.
 */
public final class CitationChecker {

    private static final Pattern SPACED_MARKER = Pattern.compile("\\s*" + AnswerSentences.MARKER.pattern());

    private final Map<Integer, GivenPassage> given = new LinkedHashMap<>();
    private final Function<String, SentenceTokens> tokenizer;
    private final EvidenceScorer questionEvidence;

    /**
     * @param tokenizer analyses a sentence into the vocabulary of the index
     * @param questionEvidence breaks ties between quotes, and chooses one when the answer is in
     *        another language than the articles and shares no words with them
     */
    CitationChecker(List<GivenPassage> passages, Function<String, SentenceTokens> tokenizer,
            EvidenceScorer questionEvidence) {
        passages.forEach(p -> given.put(p.n(), p));
        this.tokenizer = tokenizer;
        this.questionEvidence = questionEvidence;
    }

    /** The model's text without invented markers, its citations, and its unsupported sentences. */
    Checked check(String modelText) {
        String text = withoutInventedMarkers(modelText).strip();
        Map<Integer, List<SentenceTokens>> citingSentences = new LinkedHashMap<>();
        List<String> unsupported = new ArrayList<>();
        for (String sentence : AnswerSentences.split(text)) {
            Set<Integer> cited = markers(sentence);
            String plain = AnswerSentences.withoutMarkers(sentence);
            if (cited.isEmpty()) {
                if (!plain.isEmpty()) {
                    unsupported.add(plain);
                }
                continue;
            }
            SentenceTokens tokens = tokenizer.apply(plain);
            cited.forEach(n -> citingSentences.computeIfAbsent(n, k -> new ArrayList<>()).add(tokens));
        }
        List<Citation> citations = citingSentences.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> citation(given.get(e.getKey()), e.getValue()))
                .toList();
        return new Checked(text, citations, List.copyOf(unsupported));
    }

    /** Keeps a marker's valid numbers, written {@code [1][2]} like extractive answers. */
    String withoutInventedMarkers(String text) {
        Matcher m = SPACED_MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Set<Integer> valid = numbers(m.group(1));
            StringBuilder kept = new StringBuilder();
            if (!valid.isEmpty()) {
                kept.append(m.group().substring(0, m.group().indexOf('[')));
                valid.forEach(n -> kept.append('[').append(n).append(']'));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(kept.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Set<Integer> markers(String sentence) {
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher m = AnswerSentences.MARKER.matcher(sentence);
        while (m.find()) {
            cited.addAll(numbers(m.group(1)));
        }
        return cited;
    }

    private Set<Integer> numbers(String list) {
        Set<Integer> valid = new LinkedHashSet<>();
        for (String part : list.split("[,،]")) {
            int n = Integer.parseInt(part.strip());
            if (given.containsKey(n)) {
                valid.add(n);
            }
        }
        return valid;
    }

    private Citation citation(GivenPassage passage, List<SentenceTokens> citing) {
        record Scored(Sentence sentence, double support, double coverage) {
        }
        Scored best = passage.sentences().stream()
                .map(s -> {
                    SentenceTokens tokens = tokenizer.apply(s.text());
                    double support = citing.stream().mapToDouble(tokens::overlap).sum();
                    double coverage = questionEvidence.coverage(tokens, List.of());
                    return new Scored(s, support, coverage);
                })
                .max(Comparator.comparingDouble(s -> s.support() + s.coverage() / 2))
                .orElseThrow();
        return Citation.of(passage.n(), passage.article(), best.sentence(), best.coverage());
    }

    /** A checked model answer. */
    public record Checked(String text, List<Citation> citations, List<String> unsupported) {
    }
}
