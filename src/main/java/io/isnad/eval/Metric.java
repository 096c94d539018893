package io.isnad.eval;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every figure the runner reports, by the name used in reports and in {@code --min}/{@code --max}.
 * A per-language figure is named {@code <lang>.<name>}, e.g. {@code ar.mrr@10}.
 */
public enum Metric {

    RECALL_1("recall@1", true, "share of answerable questions with an expected file ranked first"),
    RECALL_3("recall@3", true, "share of answerable questions with an expected file in the top 3 files"),
    RECALL_5("recall@5", true, "share of answerable questions with an expected file in the top 5 files"),
    RECALL_10("recall@10", true, "share of answerable questions with an expected file in the top 10 files"),
    MRR_10("mrr@10", true, "mean of 1/rank of the first expected file (0 beyond rank 10)"),
    NDCG_10("ndcg@10", true, "mean nDCG@10 with binary relevance: rewards ranking every expected file high"),
    ANSWER_HIT("answer_hit", true, "share of answerable questions whose answer contains a gold answer"),
    ANSWER_HIT_FIRST("answer_hit_first", true,
            "share of answerable questions whose answer's first sentence contains a gold answer"),
    FOLLOWUP_ANSWER_HIT("followup_answer_hit", true,
            "share of answerable follow-up questions (with history) whose answer contains a gold answer"),
    SHORT_ANSWER_EM("short_answer_em", true,
            "share of answerable questions whose short answer equals a gold answer (SQuAD-style, none counts 0)"),
    SHORT_ANSWER_F1("short_answer_f1", true,
            "mean best token F1 of the short answer against the gold answers (SQuAD-style, none counts 0)"),
    ANSWER_CHARS("answer_chars", false, "mean length in characters of the answers given (abstentions excluded)"),
    CITATION_PRECISION("citation_precision", true, "mean share of an answer's cited files that are expected"),
    CITATION_RECALL("citation_recall", true, "mean share of the expected files that the answer cites"),
    ABSTAIN_ACCURACY("abstain_accuracy", true, "share of unanswerable questions the service declined"),
    FALSE_ABSTAIN("false_abstain", false, "share of answerable questions the service declined"),
    LATENCY_P50("latency_p50_ms", false, "median time to answer one question, ms"),
    LATENCY_P95("latency_p95_ms", false, "95th percentile time to answer one question, ms"),
    LATENCY_MAX("latency_max_ms", false, "slowest question, ms");

    private final String label;
    private final boolean higherIsBetter;
    private final String meaning;

    Metric(String label, boolean higherIsBetter, String meaning) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.meaning = meaning;
    }

    /** The name in reports and thresholds. */
    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether the figure is a share between 0 and 1 (drawn as a bar chart). */
    public boolean isRate() {
        return this != ANSWER_CHARS && !label.endsWith("_ms");
    }

    public static Optional<Metric> byLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
    }
}
