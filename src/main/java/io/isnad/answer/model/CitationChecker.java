package io.isnad.answer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.AnswerSentences;
import io.isnad.answer.Citation;
import io.isnad.ingest.Sentence;
import io.isnad.index.SentenceTokens;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.LanguageDetector;

/**
 * Keeps only what the cited passages support. Every marker-like bracket ({@code [1]}, {@code [١]},
 * {@code [-1]}, {@code [^1]}, {@code 【1】}, {@code [99999999999999999999]}) is rewritten to the
 * passages it names that were given to the model, or removed. Then each answer sentence must be
 * supported by the passages it cites: every number in it must appear there, and most of the words
 * that carry its content. A sentence that cites nothing or is not supported is reported as
 * unsupported and left out of the answer text; each remaining marker becomes a citation quoting
 * the passage sentence that best supports the answer sentences citing it, or the whole line of a
 * credit line given as a passage.
 */
public final class CitationChecker {

    /** Share of a sentence's content words (analysed forms) the cited passages must contain. */
    static final double MIN_SUPPORT = 0.5;

    private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
    private static final String NUMBER = "[-^+]?" + DIGIT + "+";
    /** Anything a model might mean as a marker; only what it names among the given passages survives. */
    private static final Pattern MARKER_LIKE = Pattern.compile(
            "\\s*[\\[【]\\s*(" + NUMBER + "(?:\\s*[,،]\\s*" + NUMBER + ")*)\\s*[\\]】]");
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile(DIGIT + "+(?:[.,٫٬]" + DIGIT + "+)*");

    private final Map<Integer, GivenPassage> given = new LinkedHashMap<>();
    private final Function<String, SentenceTokens> tokenizer;
    private final EvidenceScorer questionEvidence;
    private final Set<String> questionForms;

    /**
     * @param tokenizer analyses a sentence into the vocabulary of the index
     * @param questionEvidence breaks ties between quotes, and chooses one when the answer is in
     *        another language than the articles and shares no words with them
     * @param question the question as the model was given it
     */
    CitationChecker(List<GivenPassage> passages, Function<String, SentenceTokens> tokenizer,
            EvidenceScorer questionEvidence, String question) {
        passages.forEach(p -> given.put(p.n(), p));
        this.tokenizer = tokenizer;
        this.questionEvidence = questionEvidence;
        this.questionForms = tokenizer.apply(question).forms();
    }

    /** The model's supported sentences, their citations, and the sentences left out. */
    public Checked check(String modelText) {
        Map<Integer, List<SentenceTokens>> citingSentences = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        boolean citedAny = false;
        for (String sentence : AnswerSentences.split(withoutInventedMarkers(modelText).strip())) {
            Set<Integer> cited = markers(sentence);
            String plain = AnswerSentences.withoutMarkers(sentence);
            citedAny |= !cited.isEmpty();
            if (cited.isEmpty() || !supported(plain, cited)) {
                if (!plain.isEmpty()) {
                    unsupported.add(plain);
                }
                continue;
            }
            kept.add(sentence);
            SentenceTokens tokens = tokenizer.apply(plain);
            cited.forEach(n -> citingSentences.computeIfAbsent(n, k -> new ArrayList<>()).add(tokens));
        }
        List<Citation> citations = citingSentences.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> citation(given.get(e.getKey()), e.getValue()))
                .toList();
        Optional<String> rejection = !kept.isEmpty() ? Optional.empty()
                : Optional.of(citedAny ? FallbackReason.UNSUPPORTED : FallbackReason.NO_CITATIONS);
        return new Checked(String.join(" ", kept), citations, List.copyOf(unsupported), rejection);
    }

    /**
     * One complete sentence as the stream releases it: without invented markers when the cited
     * passages support it, empty otherwise.
     */
    Optional<String> supportedSentence(String sentence) {
        String cleaned = withoutInventedMarkers(sentence).strip();
        Set<Integer> cited = markers(cleaned);
        return !cited.isEmpty() && supported(AnswerSentences.withoutMarkers(cleaned), cited)
                ? Optional.of(cleaned) : Optional.empty();
    }

    /** Rewrites every marker-like bracket to the valid passage numbers it names, written {@code [1][2]}. */
    String withoutInventedMarkers(String text) {
        Matcher m = MARKER_LIKE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder kept = new StringBuilder();
            for (int n : numbers(m.group(1))) {
                kept.append('[').append(n).append(']');
            }
            if (!kept.isEmpty()) {
                kept.insert(0, m.group().substring(0, m.group().length() - m.group().stripLeading().length()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(kept.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private boolean supported(String plain, Set<Integer> cited) {
        if (plain.isEmpty()) {
            return false;
        }
        StringBuilder passages = new StringBuilder();
        cited.forEach(n -> passages.append(given.get(n).text()).append('\n'));
        if (!numbersIn(passages).containsAll(numbersIn(plain))) {
            return false;
        }
        Set<String> content = tokenizer.apply(plain).forms();
        if (content.isEmpty()) {
            return false;
        }
        if (!LanguageDetector.detect(plain).equals(LanguageDetector.detect(passages.toString()))) {
            // Another language than the articles: its words cannot be looked up in them, so it must
            // at least speak of what was asked (its numbers were checked above).
            return content.stream().anyMatch(questionForms::contains);
        }
        Set<String> found = new HashSet<>(content);
        found.retainAll(tokenizer.apply(passages.toString()).forms());
        return found.size() >= MIN_SUPPORT * content.size();
    }

    /** The numbers written in {@code text}, in Western digits and without group separators. */
    private static Set<String> numbersIn(CharSequence text) {
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER_IN_TEXT.matcher(text);
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            m.group().codePoints().forEach(c -> digits.append(Character.isDigit(c)
                    ? (char) ('0' + Character.digit(c, 10)) : c == '.' || c == '٫' ? '.' : ','));
            String value = digits.toString().replace(",", "");
            numbers.add(value.contains(".") ? value.replaceAll("\\.?0+$", "") : value);
        }
        return numbers;
    }

    private Set<Integer> markers(String sentence) {
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher m = AnswerSentences.MARKER.matcher(sentence);
        while (m.find()) {
            cited.addAll(numbers(m.group(1)));
        }
        return cited;
    }

    /** The given passages a marker's list names; a sign, a caret or an absurd length names none. */
    private Set<Integer> numbers(String list) {
        Set<Integer> valid = new LinkedHashSet<>();
        for (String part : list.split("[,،]")) {
            String p = part.strip();
            if (p.isEmpty() || p.length() > 3 || !Character.isDigit(p.charAt(0))) {
                continue;
            }
            int n = 0;
            for (int i = 0; i < p.length(); i++) {
                n = n * 10 + Character.digit(p.charAt(i), 10);
            }
            if (given.containsKey(n)) {
                valid.add(n);
            }
        }
        return valid;
    }

    private Citation citation(GivenPassage passage, List<SentenceTokens> citing) {
        return switch (passage) {
            case GivenPassage.Credit credit -> credit.line().numbered(credit.n());
            case GivenPassage.Story story -> citation(story, citing);
        };
    }

    private Citation citation(GivenPassage.Story passage, List<SentenceTokens> citing) {
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

    /**
     * A checked model answer.
     *
     * @param text the supported sentences, with their valid markers
     * @param rejection why nothing of the answer can be shown, when nothing can
     */
    public record Checked(String text, List<Citation> citations, List<String> unsupported,
            Optional<String> rejection) {
    }
}
