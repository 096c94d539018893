package io.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The regression gate: the runner on the committed dev sets must keep its figures.
 *
 * <p>seeds-dev and seeds-unanswerable are gated whole (they are small and older than the split);
 * every other set is gated on the check part of its fixed split ({@link DevSplit}), the part no
 * tuning may look at, and so are the negative sets: the generated near-miss questions and the
 * cross-corpus ones (questions of one corpus asked over another, all to be declined). The
 * thresholds sit just below the figures measured on 2026-11-30 (measured figure in each comment)
 * with the default configuration and Debian's FreeDict installed, by
 * <pre>
 * ./mvnw -B -DskipTests package &amp;&amp; python3 bench/eval_suite.py
 * </pre>
 * which runs the {@code eval} command on every set (see docs/evaluation.md). Raise them as the
 * answer stage improves; lowering one needs a reason in the commit message. They use the syntax
 * of the command's {@code --min} and {@code --max} options.
 */
@QuarkusTest
class EvalRunnerTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final Path SEEDS = Path.of("seeds");
    private static final Path SEEDS_DEV = EVAL.resolve("seeds-dev.jsonl");
    private static final Path SEEDS_OWN = EVAL.resolve("seeds-own.jsonl");
    private static final Path SEEDS_FRESH = EVAL.resolve("seeds-fresh.jsonl");
    private static final Path SEEDS_UNANSWERABLE = EVAL.resolve("seeds-unanswerable.jsonl");
    private static final Path XQUAD_CORPUS = EVAL.resolve("xquad-dev/corpus");
    private static final Path XQUAD_DEV = EVAL.resolve("xquad-dev/questions.jsonl");
    private static final Path XQUAD_NEAR_MISS = EVAL.resolve("xquad-dev/near-miss.jsonl");
    private static final Path ARCD_CORPUS = EVAL.resolve("arcd-train/corpus");
    private static final Path ARCD_TRAIN = EVAL.resolve("arcd-train/questions.jsonl");
    private static final Path ARCD_NEAR_MISS = EVAL.resolve("arcd-train/near-miss.jsonl");

    static final List<String> SEEDS_DEV_MIN = List.of(
            "recall@1=0.99",            // 1.000
            "ar.recall@1=0.99",         // 1.000
            "en.recall@1=0.99",         // 1.000
            "mrr@10=0.99",              // 1.000
            "ar.mrr@10=0.99",           // 1.000
            "en.mrr@10=0.99",           // 1.000
            "ndcg@10=0.99",             // 1.000
            "answer_hit=0.99",          // 1.000
            "answer_hit_first=0.93",    // 0.933 (0.867 between the sixteenth round's typed neighbour first and its quoted names: s01's lead names the spokesman in quotes, which the span finder missed)
            "ar.answer_hit=0.99",       // 1.000
            "en.answer_hit=0.99",       // 1.000
            "followup_answer_hit=0.99", // 1.000
            "citation_precision=0.99",  // 1.000
            "citation_recall=0.93",     // 0.933
            "abstain_accuracy=0.99");   // 1.000
    static final List<String> SEEDS_DEV_MAX = List.of(
            "false_abstain=0.01",       // 0.000
            "answer_chars=235");        // 233.5 (251.7 before the sixteenth round's quoted names: s01 quoted its neighbour too; 239.0 before the fourteenth round's ranking weights: one English answer's related second sentence is a longer one; 262.3 before clause cuts)
    /**
     * Questions about the seeds that the articles do not answer (1,208: general knowledge, since the sixth
     * round details of the same stories the text does not give, since the fortieth, forty-first,
     * forty-second, forty-third, forty-fourth, forty-fifth, forty-sixth, forty-seventh, forty-eighth,
     * forty-ninth, fiftieth, fifty-first, fifty-second, fifty-third, fifty-fourth, fifty-fifth, fifty-sixth,
     * fifty-seventh, fifty-eighth, fifty-ninth, sixtieth, sixty-first, sixty-second, sixty-third, sixty-fourth,
     * sixty-fifth, sixty-sixth and sixty-seventh rounds forty more each of a fresh reader's), whole and check part.
     */
    static final List<String> SEEDS_UNANSWERABLE_MIN = List.of(
            "abstain_accuracy=0.85",    // 0.863 with FreeDict, 0.855 without, of 1,208 since the sixty-seventh round (u1169-u1208, another fresh reader's forty: 16 of their 19 tuning and 19 of their 21 check questions declined on the base build; unans67's search-box word found only through part of its translation declined u1206 and five more check negatives, neg67's exception clause and since-date declined u34 and u597, no hit lost): raised; 0.84 before it (0.856 with FreeDict, 0.849 without, of 1,168 since the sixty-sixth round (u1129-u1168, another fresh reader's forty: 16 of their 20 tuning and 19 of their 20 check questions declined on the base build; unans66's office holder before or after a named person and neg66's asked day and who-else declines took 3 more tuning negatives, no hit lost) (0.853 with FreeDict, 0.845 without, of 1,128 since the sixty-fifth round (u1089-u1128, another fresh reader's forty: 20 of their 21 tuning and 18 of their 19 check questions declined on the base build; unans65's among-a-group reading declined u989, cross65b's date of another deed declined u86): raised; 0.81 before it (0.822 with FreeDict, 0.813 without, of 888 since the fifty-ninth round (u849-u888, another fresh reader's forty: 13 of their 20 check questions declined on the base, 14 on the head; the round's statement's deed, search-box name and asked-act declines took 7 more tuning and 2 more check negatives, no hit lost); 0.80 before it (0.817 with FreeDict, 0.809 without, of 848 since the fifty-eighth round (u809-u848, another fresh reader's forty: 13 of their 20 check questions declined on the base, 13 with FreeDict and 12 without on the head; the round's search-box margin, governed ل and place slot took 11 more check negatives, no hit lost); 0.79 before it (0.807 / 0.798 of 808))))
            "ar.abstain_accuracy=0.88"); // 0.893 of 607 with FreeDict, 0.891 without, since the sixty-seventh round (u1169-u1208, another fresh reader's forty: 16 of their 19 tuning and 19 of their 21 check questions declined on the base build; unans67's search-box word found only through part of its translation declined u1206 and five more check negatives, neg67's exception clause and since-date declined u34 and u597, no hit lost) (0.889 of 587 with FreeDict, 0.888 without, since the sixty-sixth round (u1129-u1168, another fresh reader's forty: 16 of their 20 tuning and 19 of their 20 check questions declined on the base build; unans66's office holder before or after a named person and neg66's asked day and who-else declines took 3 more tuning negatives, no hit lost) (0.887 of 567 with FreeDict, 0.885 without, since the sixty-fifth round (u1089-u1128, another fresh reader's forty: 20 of their 21 tuning and 18 of their 19 check questions declined on the base build; unans65's among-a-group reading declined u989, cross65b's date of another deed declined u86): raised; 0.85 before it (0.864 of 427 with FreeDict, 0.862 without, since the fifty-eighth round (u809-u848, another fresh reader's forty: 13 of their 20 check questions declined on the base, 13 with FreeDict and 12 without on the head; the round's search-box margin, governed ل and place slot took 11 more check negatives, no hit lost) (0.865 of 407 before it)))
    static final List<String> SEEDS_UNANSWERABLE_CHECK_MIN = List.of(
            "abstain_accuracy=0.79",    // 0.802 with FreeDict, 0.793 without, of 605 since the sixty-seventh round (u1169-u1208, another fresh reader's forty: 16 of their 19 tuning and 19 of their 21 check questions declined on the base build; unans67's search-box word found only through part of its translation declined u1206 and five more check negatives, neg67's exception clause and since-date declined u34 and u597, no hit lost): raised; 0.78 before it (0.789 with FreeDict, 0.781 without, of 584 since the sixty-sixth round (u1129-u1168, another fresh reader's forty: 16 of their 20 tuning and 19 of their 20 check questions declined on the base build; unans66's office holder before or after a named person and neg66's asked day and who-else declines took 3 more tuning negatives, no hit lost) (0.784 with FreeDict, 0.775 without, of 564 since the sixty-fifth round (u1089-u1128, another fresh reader's forty: 20 of their 21 tuning and 18 of their 19 check questions declined on the base build; unans65's among-a-group reading declined u989, cross65b's date of another deed declined u86): raised; 0.76 before it (0.776 with FreeDict, 0.767 without, of 545 since the sixty-fourth round (u1049-u1088, another fresh reader's forty: 18 of their 20 check questions declined on the base and on the head; neg64b's search-box party unwritten declined two more check negatives, no hit lost): raised; 0.75 before it (0.764 with FreeDict, 0.754 without, of 505 since the sixty-second round (u969-u1008, another fresh reader's forty: 19 of their 21 check questions declined on the base and on the head); 0.74 before it (0.751 with FreeDict, 0.742 without, of 445 since the fifty-ninth round (u849-u888: 13 of their 20 check questions declined on the base, 14 on the head; sbox59 declined u648, no hit lost); 0.73 before it (0.751 with FreeDict, 0.741 without, of 425 since the fifty-eighth round (u809-u848, another fresh reader's forty: 13 of their 20 check questions declined on the base, 13 with FreeDict and 12 without on the head; the round's search-box margin, governed ل and place slot took 11 more check negatives, no hit lost); 0.72 before it (0.741 / 0.733 of 405))))))
            "ar.abstain_accuracy=0.83"); // 0.835 of 297 with FreeDict, 0.832 without, since the sixty-seventh round (u1169-u1208, another fresh reader's forty: 16 of their 19 tuning and 19 of their 21 check questions declined on the base build; unans67's search-box word found only through part of its translation declined u1206 and five more check negatives, neg67's exception clause and since-date declined u34 and u597, no hit lost): raised; 0.82 before it (0.829 of 287 with FreeDict, 0.826 without, since the sixty-sixth round (u1129-u1168, another fresh reader's forty: 16 of their 20 tuning and 19 of their 20 check questions declined on the base build; unans66's office holder before or after a named person and neg66's asked day and who-else declines took 3 more tuning negatives, no hit lost) (0.823 of 277 with FreeDict, 0.820 without, since the sixty-fifth round (u1089-u1128, another fresh reader's forty: 20 of their 21 tuning and 18 of their 19 check questions declined on the base build; unans65's among-a-group reading declined u989, cross65b's date of another deed declined u86): raised; 0.80 before it (0.813 of 209 with FreeDict, 0.809 without, since the fifty-eighth round (u809-u848, another fresh reader's forty: 13 of their 20 check questions declined on the base, 13 with FreeDict and 12 without on the head; the round's search-box margin, governed ل and place slot took 11 more check negatives, no hit lost); 0.81 before it (0.824 of 199): the new Arabic check questions declined 5 of 10 on the base))
    static final List<String> SEEDS_UNANSWERABLE_CHECK_MIN_WITH_FREEDICT = List.of(
            "en.abstain_accuracy=0.76"); // 0.769 of 308 (0.756 without FreeDict) since the sixty-seventh round (u1169-u1208, another fresh reader's forty: 16 of their 19 tuning and 19 of their 21 check questions declined on the base build; unans67's search-box word found only through part of its translation declined u1206 and five more check negatives, neg67's exception clause and since-date declined u34 and u597, no hit lost): raised; 0.75 before it (0.751 of 297 (0.737 without FreeDict) since the sixty-sixth round (u1129-u1168, another fresh reader's forty: 16 of their 20 tuning and 19 of their 20 check questions declined on the base build; unans66's office holder before or after a named person and neg66's asked day and who-else declines took 3 more tuning negatives, no hit lost) (0.746 of 287 (0.732 without FreeDict) since the sixty-fifth round (u1089-u1128, another fresh reader's forty: 20 of their 21 tuning and 18 of their 19 check questions declined on the base build; unans65's among-a-group reading declined u989, cross65b's date of another deed declined u86): raised; 0.72 before it (0.736 of 277 (0.722 without FreeDict) since the sixty-fourth round (u1049-u1088: 8 of their 10 English check questions declined on the base and on the head; neg64b declined two more English check negatives): raised; 0.71 before it (0.720 of 257 (0.704 without FreeDict) since the sixty-second round (u969-u1008, another fresh reader's forty: 10 of their 11 English check questions declined on the base and on the head); 0.70 before it (0.703 of 236 (0.691 without FreeDict) since the sixtieth round (u889-u928, another fresh reader's forty: 6 of their 10 English check questions declined on the base and on the head; count60's killed persons as a toll and the part of another toll declined u66 and u240, no hit lost); 0.67 before it (0.690 of 216 (0.676 without FreeDict) since the fifty-eighth round (u809-u848, another fresh reader's forty: 13 of their 20 check questions declined on the base, 13 with FreeDict and 12 without on the head; the round's search-box margin, governed ل and place slot took 11 more check negatives, no hit lost); 0.64 before it (0.660 of 206))))))

    /** Our own seeds questions, check part (65: 40 Arabic, 25 English; 12 of them to be declined). */
    static final List<String> SEEDS_OWN_CHECK_MIN = List.of(
            "ar.recall@1=0.99",         // 1.000
            "ar.answer_hit=0.87",       // 0.879 since the thirty-first round's words / statements synonyms (0.849)
            "ar.answer_hit_first=0.84", // 0.849 since the thirty-first round's words / statements synonyms (0.818; 0.758 before the sixteenth round's typed neighbour first; 0.727 before the eleventh round's sentence choice)
            "abstain_accuracy=0.66",    // 0.667
            "ar.short_answer_em=0.51"); // 0.515 with and without FreeDict since the fifty-eighth round's third wave (name58: a coined name quoted after a naming word, own-002); 0.48 before it (0.485 with and without FreeDict since the fifty-eighth round's outlet, nickname and rank short answers (sa58: own-023, own-062, own-097); 0.42 before it (0.424 since the twenty-ninth round's fronted dates and weekdays (0.394; 0.364 earlier; 0.333 before the twenty-first round's counterparts and question words; 0.273 before the eighteenth round's speech verbs and بل correction; 0.212 before the seventeenth round's person spans)))
    static final List<String> SEEDS_OWN_CHECK_MAX = List.of(
            "ar.false_abstain=0.13",    // 0.121 since the thirty-eighth round's rare words unwritten (cross38) declined own-042, which it had answered wrongly (0.091 since the thirty-first round's words / statements synonyms (0.121))
            "ar.answer_chars=211");     // 208.3 (211.2 before the nineteenth round's quoted sentence held to the bar by a penalty; 219.1 before the fifteenth round's shorter answers; 241.6 before clause cuts)
    static final List<String> SEEDS_OWN_CHECK_MIN_WITH_FREEDICT = List.of(
            "recall@1=0.96",            // 0.962
            "mrr@10=0.98",              // 0.981
            "answer_hit=0.88",          // 0.887 since the thirty-first round's synonyms and translations found before a glued pronoun (0.849; 0.830 before the twenty-first round's follow-up own words, own "Who carried out the attack?"; 0.811 before the nineteenth round's quoted sentence held to the bar by a penalty, own-088; 0.830 before own-107 lost to the seventeenth round's person spans: its answer had been chosen for a span that named nobody, "الجنرال الإيراني" read as "الإيراني"; 0.811 before the thirteenth round's strict phrases; 0.830 before the ninth round's refit declined own-080)
            "answer_hit_first=0.82",    // 0.830 since the thirty-first round (0.792; 0.774 before the nineteenth round's quoted sentence, own-088; 0.792 before the seventeenth round's person spans, own-107; 0.736 before the sixteenth round's typed neighbour first; 0.717 before the thirteenth round; 0.698 before the eleventh round's sentence choice)
            "en.answer_hit=0.89",       // 0.900 since the thirty-first round's translations found before a glued pronoun, own-080 (0.850; 0.800 before the twenty-first round's follow-up own words; 0.750 before the nineteenth round's quoted sentence, own-088; 0.800 before the seventeenth round's person spans, own-107; 0.750 before the thirteenth round's strict phrases)
            "en.answer_hit_first=0.79", // 0.800 since the thirty-first round (0.750; 0.700 before the nineteenth round's quoted sentence, own-088; 0.750 before the seventeenth round's person spans, own-107; 0.700 before the sixteenth round's typed neighbour first; 0.650 before the thirteenth round)
            "short_answer_em=0.43",     // 0.434 since the twenty-ninth round's fronted dates and weekdays, own-043 (0.415; 0.396 earlier; 0.358 before the twenty-first round's counterparts and question words; 0.340 before the nineteenth round's quoted sentence, own-088; 0.302 before the eighteenth round's speech verbs and بل correction; 0.245 before the seventeenth round's person spans)
            "followup_answer_hit=0.99"); // 1.000 of 5 follow-ups (0.800 before the twenty-first round's follow-up own words; 1.000 before the seventeenth round's person spans, own-107)
    static final List<String> SEEDS_OWN_CHECK_MAX_WITH_FREEDICT = List.of(
            "false_abstain=0.10",       // 0.094 since the thirty-eighth round's rare words unwritten (cross38) declined own-042, which it had answered wrongly (0.075 since the thirty-first round (0.113 since the twenty-ninth round's phrase held by the share of its words declined own-077, which it had answered wrongly (0.094; 0.075 before the ninth round: own-080))
            "answer_chars=216");        // 215.1 (208.2 before the twenty-first round's follow-up own words: "Who carried out the attack?", a hit now, cites two sentences where it cited one; 214.7 before the nineteenth round's quoted sentence; 219.1 before the fifteenth round's shorter answers; 215.2 before the thirteenth round's strict phrases; 240.3 before clause cuts)

    /**
     * The fresh readers' seeds questions, check part (668 since the sixty-seventh round: 324 Arabic, 344
     * English; 185 of them to be declined; 76 answerable follow-ups; 120 of them in the twenty-fourth
     * round), written before anyone saw the service's answers to them;
     * first floors (twenty-first round), set again each time a fresh reader added forty questions
     * (fresh-201..240, fresh-301..340, fresh-341..380, and the twenty-fourth round's fresh-381..420:
     * 18 in this part, 13 answerable, 5 of them answered right, 2 of the 5 to decline declined).
     * Each time the set grew with questions harder than its average, so the floors moved down: the
     * figures of the 210-question set on the same build are in brackets. The floors hold with and
     * without FreeDict (its senses move a few English answers).
     */
    static final List<String> SEEDS_FRESH_CHECK_MIN = List.of(
            "recall@1=0.95",            // 0.965 of 367 with FreeDict, 0.959 without, since the fifty-eighth round's forty new questions of a twenty-fifth fresh reader (fresh-1141-fresh-1180: 7 of 18 answerable check questions right on the base and on the head, 2 of 9 Arabic; 3 of 4 to decline declined on both)
            "answer_hit=0.54",          // 0.556 of 367 with FreeDict, 0.548 without, since the fifty-eighth round's forty new questions of a twenty-fifth fresh reader (fresh-1141-fresh-1180: 7 of 18 answerable check questions right on the base and on the head, 2 of 9 Arabic; 3 of 4 to decline declined on both); 0.55 before them (0.565 / 0.556 of 349)
            "ar.answer_hit=0.41",       // 0.417 of 223 with and without FreeDict since the sixty-fifth round: its forty new questions (fresh-1421-fresh-1460: 5 of their 14 answerable check questions right, 2 of 9 Arabic, 1 of 4 to decline declined, on the base build and on the head) took the base build from 0.425 to 0.417; lowered from 0.42 because the build stands under it; 0.42 before it (0.422 of 180 with and without FreeDict since the fifty-eighth round's forty new questions of a twenty-fifth fresh reader (fresh-1141-fresh-1180: 7 of 18 answerable check questions right on the base and on the head, 2 of 9 Arabic; 3 of 4 to decline declined on both); 0.43 before them (0.433 of 171))
            "en.answer_hit=0.65",       // 0.663 of 246 with FreeDict, 0.659 without, since the sixty-seventh round: its forty new questions (fresh-1501-fresh-1540: 8 of their 12 answerable check questions right, 6 of 8 Arabic, 2 of 4 English, 3 of 7 to decline declined, on the base build and on the head) took the base build from 0.665 / 0.661; lowered from 0.66 because the build stands under it without FreeDict and no merged change moves an English seeds-fresh check hit; 0.66 before it (0.684 of 187 with FreeDict, 0.668 without, since the fifty-eighth round's forty new questions of a twenty-fifth fresh reader (fresh-1141-fresh-1180: 7 of 18 answerable check questions right on the base and on the head, 2 of 9 Arabic; 3 of 4 to decline declined on both)
            "answer_hit_first=0.51",    // 0.526 with FreeDict, 0.515 without, since the fifty-eighth round's forty new questions of a twenty-fifth fresh reader (fresh-1141-fresh-1180: 7 of 18 answerable check questions right on the base and on the head, 2 of 9 Arabic; 3 of 4 to decline declined on both)
            "short_answer_em=0.16",     // 0.171 with FreeDict, 0.169 without, since the sixty-fourth round: its forty new questions (fresh-1381-fresh-1420: 1 exact short answer among their 14 answerable check questions) took the base build from 0.172 to 0.169 with FreeDict and 0.167 without, and sa64's month named once and weekday brought one back; lowered from 0.17 because the build stands under it without FreeDict; 0.17 before it (0.179 with FreeDict, 0.176 without, since the fifty-ninth round's short answers of a body, a post, a language and a story's source (sa59: 0.168 on the base with the forty new questions fresh-1181-fresh-1220); 0.16 before it (0.166 with and without FreeDict since the fifty-eighth round's forty new questions of a twenty-fifth fresh reader (fresh-1141-fresh-1180: 7 of 18 answerable check questions right on the base and on the head, 2 of 9 Arabic; 3 of 4 to decline declined on both); 0.169 before them))
            "followup_answer_hit=0.53", // 0.578 of 64 with FreeDict, 0.563 without, since the fifty-eighth round's forty new questions of a twenty-fifth fresh reader (fresh-1141-fresh-1180: 7 of 18 answerable check questions right on the base and on the head, 2 of 9 Arabic; 3 of 4 to decline declined on both)
            "abstain_accuracy=0.71");   // 0.724 of 185 with FreeDict, 0.719 without, since the sixty-seventh round: its forty new questions (fresh-1501-fresh-1540: 8 of their 12 answerable check questions right, 6 of 8 Arabic, 2 of 4 English, 3 of 7 to decline declined, on the base build and on the head) took the base build from 0.730 / 0.725 to 0.719 / 0.714; unans67 declined fresh-409; lowered from 0.72 because the build stands under it without FreeDict; 0.72 before it (0.734 of 173 with FreeDict, 0.728 without, since the sixty-fifth round: its forty new questions (fresh-1421-fresh-1460: 5 of their 14 answerable check questions right, 2 of 9 Arabic, 1 of 4 to decline declined, on the base build and on the head) took the base build from 0.746 / 0.740; lowered from 0.73 because the build stands under it without FreeDict; 0.73 before it (0.746 of 169 with FreeDict, 0.740 without, since the sixty-fourth round (fresh-1381-fresh-1420: 5 of 5 to decline declined on the base and on the head; neg64's which-officials reading declined fresh-498): raised; 0.72 before it (0.729 of 140 with FreeDict, 0.721 without, since the fifty-ninth round (fresh-1181-fresh-1220: 5 of 8 to decline declined on the base and on the head; fresh59b's fear read as a warning declined fresh-1104; 0.721 of 140 on the base); 0.71 before it (0.727 of 132 with FreeDict, 0.720 without, since the fifty-eighth round's third wave (fu58: a when-follow-up naming an event of its own is not dated by the day the shown words were said; fresh-376, fresh-1030 declined); 0.70 before it (0.712 of 132 with FreeDict, 0.705 without, since the fifty-eighth round's forty new questions of a twenty-fifth fresh reader (fresh-1141-fresh-1180: 7 of 18 answerable check questions right on the base and on the head, 2 of 9 Arabic; 3 of 4 to decline declined on both); 0.67 before it (0.680 / 0.672 of 128))))
    static final List<String> SEEDS_FRESH_CHECK_MAX = List.of(
            "false_abstain=0.37",       // 0.362 with FreeDict, 0.358 without, since the sixty-fifth round: its forty new questions (fresh-1421-fresh-1460: 5 of their 14 answerable check questions right, 2 of 9 Arabic, 1 of 4 to decline declined, on the base build and on the head) took the base build from 0.358 / 0.356 to 0.362 / 0.360; raised from 0.36 because the build stands over it with FreeDict; 0.36 before it (0.355 with and without FreeDict since the fifty-ninth round: its forty new questions (fresh-1181-fresh-1220: 4 of 13 answerable check questions right on the base and on the head, 0 of 6 Arabic) stood at 0.358 on the base build, and the search-box name query (sbox59) declined one check question answered wrongly before (fresh-733, no hit lost); raised from 0.35 for both; 0.349 with and without FreeDict since the fifty-eighth round's forty new questions of a twenty-fifth fresh reader (fresh-1141-fresh-1180: 7 of 18 answerable check questions right on the base and on the head, 2 of 9 Arabic; 3 of 4 to decline declined on both); 0.34 before them (0.338))
            "answer_chars=248");        // 244.4 with FreeDict, 246.9 without, since the sixty-first round: its forty new questions (fresh-1261-fresh-1300) took the base build to 244.3 / 246.7 (244.98 without FreeDict before them); raised from 245, under issue 9's 250; before it 245 (239.0 with FreeDict, 243.6 without, since the fifty-fifth round (fu55 quotes a quote the splitter cut at ".." with its rest: +5.7 on the check part; the base build gives 232.9 with the new questions): raised from 240, under issue 9's 250)

    /** xquad-dev, check part: 582 questions, 291 in each language. */
    static final List<String> XQUAD_CHECK_MIN = List.of(
            "ar.recall@1=0.95",         // 0.955
            "ar.recall@5=0.99",         // 0.993
            "ar.mrr@10=0.97",           // 0.971
            "ar.answer_hit=0.69",       // 0.691 since the thirtieth round's asked kind of place and article-written words no names (0.687 since the twenty-sixth round: a how-many answer with no figure declined ("كم حزمةً يتم توجيها؟", gold "كل على حدة") and a dated year no count (one majority question lost its lead; one other hit gained); 0.691 before (0.701 before the twenty-first round's passing mentions declined; 0.687 before the nineteenth round's quoted sentence held to the bar by a penalty; 0.691 with isnad.retrieve.hunspell-dir set before it)
            "ar.answer_hit_first=0.65", // 0.653 since the thirtieth round's asked kind of place and article-written words no names (0.649 since the twenty-eighth round; 0.643; 0.653 before the twenty-first round's passing mentions declined; 0.643 before the nineteenth round's quoted sentence; 0.646 with isnad.retrieve.hunspell-dir set before it)
            "ar.citation_precision=0.93", // 0.939 (0.944 before the ninth round's refit: one newly answered question cites a neighbouring paragraph)
            // English over the Arabic paragraphs with the project's own lexicon and transliteration only.
            "en.recall@1=0.52",         // 0.533 without FreeDict (0.663 with it)
            "en.mrr@10=0.61",           // 0.616 without FreeDict (0.753 with it)
            "en.answer_hit=0.40");      // 0.409 without FreeDict since the twenty-third round's English name spellings (0.402 before them, 0.385 earlier; 0.543 with it; 0.381 and 0.536 before the nineteenth round's quoted sentence)
    static final List<String> XQUAD_CHECK_MAX = List.of(
            "ar.false_abstain=0.19",    // 0.179 since the thirty-eighth round's function-word stems no unknown words (fa38) (0.182 since the thirtieth round's asked kind of place and article-written words no names (0.196; 0.192; 0.179 before the twenty-first round's passing mentions declined; 0.175 before the ninth round's refit, operating point 0.41 -> 0.42: see docs/answers.md))
            "ar.answer_chars=200",      // 197.7 (201.0 before the nineteenth round's quoted sentence; 202.2 with isnad.retrieve.hunspell-dir set; 205.4 before the sixteenth round's two-part quotes and clause budget; 206.2 before the sixteenth round's cut of an appended sentence; 213.3 before the fifteenth round's shorter answers; 211.1 before the eleventh round's article evidence; 213.0 before clause cuts)
            "en.false_abstain=0.22");   // 0.213 without FreeDict (0.192 with it)
    /** Stricter English figures where Debian's dict-freedict-eng-ara is installed, as in CI. */
    static final List<String> XQUAD_CHECK_MIN_WITH_FREEDICT = List.of(
            "en.recall@1=0.70",         // 0.708 since the thirty-eighth round's English names read with long vowels (en38) (0.694 (0.691 before the twenty-first round's FreeDict base-form senses; 0.680 before the twentieth round's numbers glued to English words, "Internet2"))
            "en.recall@5=0.90",         // 0.907 (0.890 before the twenty-first round's FreeDict base-form senses)
            "en.mrr@10=0.79",           // 0.797 since the fortieth round's held names weighed as evidence (en40) (0.780; 0.766 before the twenty-first round's FreeDict base-form senses)
            "en.answer_hit=0.59",       // 0.598 since the fortieth round's held names weighed as evidence (en40) (0.588 since the thirty-sixth round's formula subscripts, read-on past a rival and hamza seats (0.581 since the thirty-first round; 0.564 (0.557 before the twenty-third round's English name spellings, 0.553 earlier; 0.550 before the twentieth round's numbers glued to English words; 0.543 before the nineteenth round's tallied figures; 0.536 before its quoted sentence held to the bar by a penalty; 0.526 before the fourteenth round's ranking weights; 0.515 before the thirteenth round's story spread)))
            "en.answer_hit_first=0.55", // 0.560 since the fortieth round's held names weighed as evidence (en40) (0.550 since the thirty-sixth round (0.543; 0.536 since the twenty-eighth round's sentence ends (0.529; 0.522 before the twenty-third round's English name spellings, 0.515 earlier; 0.505 before the nineteenth round's tallied figures; 0.509 before the fourteenth round; 0.495 before the thirteenth; 0.484 before the eleventh round's sentence choice)))
            // Short answers by the service's question type, both languages (English uses FreeDict's translations).
            "date.short_answer_em=0.58", // 0.608 of 79 by eval_suite since the thirty-second round's بين عامي periods and glued year words (0.570 before; 0.558 of 77 earlier (0.532 before the eighteenth round's date extents; 0.506 before the thirteenth round: decades are dates))
            "number.short_answer_em=0.35"); // 0.361 of 61 since the twenty-sixth round's dated years no counts (0.344 before; 0.328 of 61 earlier: 0.311 before the twenty-first round's currency adjective: "30 مليون جنيه إسترليني"; 0.328 before the twentieth round's unknown figures declined "…compared to 1995 to 2000?", whose article says "the five years before"; 0.311 before the nineteenth round's units after a figure: "16,000 نوعاً" → "16,000"; 0.262 before its tallied figures: "كم عدد الآلات الموسيقية…" from "35 آلة موسيقية", not 1800, "How many nations control this region" تسع; 0.246 before the eighteenth round's noun after عدد: "ما عدد أنواع الأشجار" → "16,000 نوعاً", not "390 بليون شجرة"; 0.213 before the eighteenth round's كل خمس سنوات; 0.197 before the tenth round: calendar dates are no counts; 0.148 before the eighth)
    static final List<String> XQUAD_CHECK_MAX_WITH_FREEDICT = List.of(
            "en.false_abstain=0.19",    // 0.182 since the fifty-seventh round's English search-box decline (enneg57) declined one check question answered wrongly before (6 check negatives of seeds-unanswerable declined by it, no hit lost): raised from 0.18 to keep a question of margin; 0.175 since the forty-ninth round's weak search below another article (cross49): two English check questions answered wrongly before are now declined, no hit lost: raised to keep one question of margin (0.165 since the fortieth round's held names weighed as evidence (en40) (0.189; 0.192 (0.216 before the ninth round: English names only from the lexicon's places and people)))
            "en.answer_chars=230");     // 229.3 (231.2 before the seventeenth round's scattered sentences; 233.2 before the sixteenth round's two-part quotes and clause budget; 235.2 before the sixteenth round's cut of an appended sentence; 246.0 before the fifteenth round's shorter answers; 244.5 before the thirteenth round's story spread; 248.7 before clause cuts)

    /** arcd-train, check part: 278 native Arabic questions. */
    static final List<String> ARCD_CHECK_MIN = List.of(
            "recall@1=0.78",            // 0.784 since the thirty-fourth round's opening words (0.781; 0.773)
            "recall@5=0.97",            // 0.978
            "mrr@10=0.86",              // 0.865
            "answer_hit=0.75",          // 0.755 since the thirty-second round's short brackets read across (0.745 since the twenty-ninth round's bordering countries and capitals named with a pronoun (two Mandate-Palestine border questions); 0.737 since the twenty-seventh round's weak-root excuse; 0.730 since the twenty-sixth round's glued words and definition questions; 0.723 since the twenty-fifth round's weak-root ranking and synonyms (0.716 before; 0.712 before the twentieth round's names held by their surname; 0.705 before the nineteenth round's quoted sentence held to the bar by a penalty; 0.694 before the seventeenth round's scattered sentences; 0.698 with isnad.retrieve.hunspell-dir set before it; 0.687 before the thirteenth round's story spread; 0.680 before the eleventh round's article evidence)
            "answer_hit_first=0.70",    // 0.709 since the thirty-fourth round's opening words (0.705); 0.694 since the twenty-ninth round's border places and the related sentence naming the asked noun first; 0.691 since the twenty-eighth round's sentence ends and pronoun subjects (0.680 before; 0.665; 0.655 before the seventeenth round's scattered sentences; 0.651 before the sixteenth round's typed neighbour first; 0.640 before the thirteenth round; 0.626 before the eleventh round)
            "citation_precision=0.76",  // 0.770 (0.758 before the nineteenth round's quoted sentence; 0.715 before)
            "date.short_answer_em=0.30", // 0.308 of 39 (0.306 of 36 before the twenty-first round: its year in both calendars gained one, "من متى" typed date three since-when questions more; 0.194 before the eighteenth round's life dates, Hijri years and أوائل)
            "number.short_answer_em=0.25"); // 0.258 of 31 (0.226 before the twentieth round's population in نسمة: "128 مليون نسمة")
    static final List<String> ARCD_CHECK_MAX = List.of(
            "false_abstain=0.12",       // 0.112 since the fifty-fifth round's pronoun subject (cross55: one check question answered wrongly before now declined, no hit lost; 0.108 before); 0.101 since the thirty-fifth round's wording-only decline (cross35b: three check questions answered wrongly before now declined, no hit lost; 0.093 since the twenty-eighth round's sentence ends (0.097 since the twenty-seventh round's weak-root excuse (0.104 before; 0.112 earlier; 0.108 before the twenty-first round's when-check declined a wrongly answered question; 0.090 before the twenty-first round's passing mentions declined; 0.086 before the ninth round's refit: one question of 278)
            "answer_chars=247");        // 246.8 since the thirty-fifth round's wording-only decline, which declined two short wrong check answers (no answer longer; 245.7 before); 242.4 since the twenty-eighth round's sentence ends (247.2 before; 247.6 at para25 (243.1 at 4782a1e: two more questions answered right, the Morocco lead for a wrong sentence, 248 characters for 116, and al-Shafi'i's sentences for a decline, 856; one quote also cites the bipolar disorder lead before its sentence, 290 for 71, ranked up by a weak-root key); 243.7 at person21 (242.3 at main f1fbedd, before the twenty-first round's question words: "من من ابناء…" now answered with two sentences, "من متى…" typed date; 240.4 earlier; 244.4 before the nineteenth round's quoted sentence; 248.1 before the seventeenth round's scattered sentences; 249.3 with isnad.retrieve.hunspell-dir set before it; 265.0 before the sixteenth round's two-part quotes and clause budget; 267.6 before the sixteenth round's cut of an appended sentence; 289.8 before the fifteenth round's shorter answers; 284.3 before the thirteenth round's story spread; 301.4 before clause cuts)

    /** Near-miss questions (generated, check part), declined share. */
    static final List<String> XQUAD_NEAR_MISS_CHECK_MIN = List.of(
            "ar.abstain_accuracy=0.91"); // 0.918 since the thirty-eighth round's displaced complements (near38) and rare words unwritten (cross38) (0.881 since the thirty-seventh round's alignments over the quoted neighbour and displaced heads (near37) (0.868 since the thirty-sixth round's displaced last and middle words (near36, near36b); 0.831 since the thirty-fifth round's unwritten proclitic words (0.822 since the thirty-fourth round's foreign letters; 0.817 since the thirty-third round's unwritten known names (0.804 since the thirty-first round's rootless names (0.776 since the thirtieth round; 0.772; 0.753 before the twenty-first round's passing mentions declined; 0.740 before the twentieth round's names taken for verbs and four-letter names; 0.685 before its unknown figures; 0.671 before the nineteenth round's unknown names))
    static final List<String> XQUAD_NEAR_MISS_CHECK_MIN_WITH_FREEDICT = List.of(
            "abstain_accuracy=0.93",    // 0.932 since the fifty-ninth round's list member after a lone و and which-kind unwritten (near59); 0.92 before it (0.928 since the thirty-eighth round's displaced complements (near38) and rare words unwritten (cross38) (0.896 since the thirty-seventh round's alignments over the quoted neighbour and displaced heads (near37) (0.884 since the thirty-sixth round's displaced last and middle words; 0.853 since the thirty-fifth round's unwritten proclitic words (0.845 since the thirty-fourth round's foreign letters; 0.841 since the thirty-third round's unwritten known names (0.829 since the thirty-first round's rootless names (0.805 since the thirtieth round; 0.801; 0.785 before the twenty-first round's passing mentions declined; 0.761 before the twentieth round's glued numbers, names taken for verbs and four-letter names; 0.693 before its unknown figures; 0.681 before the nineteenth round's unknown names)))
            "en.abstain_accuracy=0.96"); // 1.000 (0.906 before the twentieth round's glued numbers, "internet15"; 0.750 before its unknown figures)
    static final List<String> ARCD_NEAR_MISS_CHECK_MIN = List.of(
            "abstain_accuracy=0.86");   // 0.872 since the thirty-eighth round's displaced complements (near38), rare words unwritten (cross38) and leads of another article (fresh38) (0.824 since the thirty-seventh round's alignments over the quoted neighbour and displaced heads (near37) (0.811 since the thirty-sixth round's displaced middle words (near36b); 0.784 since the thirty-second round's words held one root consonant apart (0.763 since the thirty-first round's rootless names; 0.737 since the thirtieth round's unknown words spelled as foreign names (0.730 since the twenty-seventh round's weak-root excuse answered one ("من هو مؤسس عائلة تسلا"; 0.737 before; 0.730 before the twenty-first round's when-check; 0.642 before the twenty-first round's passing mentions declined; 0.622 before the twentieth round's four-letter names; 0.608 before its unknown figures; 0.547 before the nineteenth round's unknown names; 0.554 before the eighteenth round typed "ما اسم X" by X: "ماهو إسم الإمام مولدات ؟" had been declined as a person question whose sentence names no person))

    /** Cross-corpus questions (check part of the source set), declined share. */
    static final List<String> XQUAD_OVER_SEEDS_CHECK_MIN = List.of(
            "ar.abstain_accuracy=0.99"); // 0.997 with FreeDict since the thirty-ninth round's rare words below another article (cross39) and passing mentions in a long story (unans39) (0.990; 0.983 (0.979 before the twenty-first round's passing mentions declined)
    static final List<String> XQUAD_OVER_SEEDS_CHECK_MIN_WITH_FREEDICT = List.of(
            "abstain_accuracy=0.98",    // 0.985 since the thirty-ninth round's rare words below another article (cross39) and passing mentions in a long story, English too (unans39) (0.978; 0.973 since the thirty-second round's words held one root consonant apart (0.969 since the twenty-fifth round's unheld English names; 0.966 before, 0.961 earlier)
            "en.abstain_accuracy=0.96"); // 0.973 since the thirty-ninth round's passing mentions in a long story, English too (unans39) (0.966; 0.955 since the twenty-fifth round's unheld English names (0.949 before, 0.942 earlier)
    static final List<String> ARCD_OVER_XQUAD_CHECK_MIN = List.of(
            "abstain_accuracy=0.93");   // 0.932 since the sixty-first round (near61: a place or person the lexicon knows, in a complement's slot, that the judged article names in none of its spellings; 0.928 before it); 0.90 before it (0.910 since the fortieth round's question words its judged article holds nowhere (cross40) (0.903 since the thirty-ninth round's rare words below another article (cross39); 0.899 since the thirty-eighth round's rare words unwritten (cross38) (0.881 since the thirty-sixth round's names in passing (cross36b) (0.878 since the thirty-fifth round's wording-only decline (0.860 since the thirty-third round's unwritten known names (0.845 since the thirty-second round's words held one root consonant apart and day-of-the-report decline (0.838 since the twenty-eighth round's sentence ends; 0.835; 0.827; 0.773 before the twenty-first round's passing mentions declined; 0.770 before the nineteenth round's unknown names; 0.766 before the eighteenth round's loosely held asked noun)))))))
    static final List<String> XQUAD_OVER_ARCD_CHECK_MIN = List.of(
            "ar.abstain_accuracy=0.93"); // 0.938 since the fortieth round's question words its judged article holds nowhere (cross40) (0.931 since the thirty-ninth round's rare words below another article (cross39) (0.921 since the thirty-eighth round's rare words unwritten (cross38) (0.917 since the thirty-fifth round's wording-only decline (0.914; 0.893 (0.876 before the twenty-first round's passing mentions declined; 0.869 before the eighteenth round's loosely held asked noun)))))
    static final List<String> XQUAD_OVER_ARCD_CHECK_MIN_WITH_FREEDICT = List.of(
            "abstain_accuracy=0.91",    // 0.914 since the sixty-sixth round's other name asked (xqar66; 0.912 since the sixty-fifth round's dates of another deed, cross65b): raised (0.899 since the forty-ninth round's weak search below another article (cross49): raised (0.875 since the thirty-ninth round's rare words below another article (cross39) (0.869; 0.868 since the thirty-sixth round's English names elsewhere (cross36) (0.861 since the thirty-fifth round's one-sentence articles (0.839; 0.828 since the twenty-fifth round's unheld English names (0.811 before; 0.806, 0.797 before the twenty-first round's passing mentions declined)))
            "en.abstain_accuracy=0.88"); // 0.887 since the sixty-fifth round's dates of another deed (cross65b): raised in the sixty-sixth (0.859 since the forty-ninth round's weak search below another article (cross49): raised (0.818 since the thirty-sixth round's English names elsewhere: capitalised names the judged article does not hold, most weight missing (0.804 since the thirty-fifth round's one-sentence articles: an English question judged in an article of one sentence with no lead declined (0.763; 0.756 since the twenty-eighth round's sentence ends: two English questions answered from sentences the split made shorter (0.763 since the twenty-fifth round's unheld English names; 0.729 before; 0.725 earlier, 0.715 before the twenty-first round's when-check, 0.660 before the ninth round)))

    private static final boolean FREEDICT_INSTALLED =
            Files.exists(Path.of("/usr/share/dictd/freedict-eng-ara.index"));

    /**
     * Asking xquad-dev's check part must stay well under a minute. Measured as CPU time (about 3 s
     * here), since wall time on a shared CI machine depends on the neighbours.
     */
    private static final long XQUAD_CPU_BUDGET_MS = 30_000;

    @Inject
    EvalRunner runner;

    @Test
    void seedsDevMeetsItsThresholds() throws Exception {
        EvalReport report = run(SEEDS, SEEDS_DEV, RankingMode.AS_RETRIEVED);
        assertEquals(List.of(), misses(report, SEEDS_DEV_MIN, SEEDS_DEV_MAX));
        assertEquals(17, report.questions().size());
        assertEquals(Set.of("all", "ar", "en"), report.metrics().keySet());
        assertEquals(5, report.cost().indexedFiles());
        assertEquals(List.of(), report.warnings(), "every expected file of seeds-dev is a seed article");
    }

    @Test
    void questionsTheSeedsDoNotAnswerAreMostlyRefused() throws Exception {
        EvalReport report = run(SEEDS, SEEDS_UNANSWERABLE, RankingMode.AS_RETRIEVED);
        assertEquals(List.of(), misses(report, SEEDS_UNANSWERABLE_MIN, List.of()));
        EvalReport check = run(SEEDS, SEEDS_UNANSWERABLE, DevSplit.Part.CHECK, false);
        assertEquals(605, check.counts().get(EvalReport.ALL).unanswerable(), "the check part of the 1,208 questions");
        assertEquals(List.of(), misses(check, SEEDS_UNANSWERABLE_CHECK_MIN, List.of()));
        if (FREEDICT_INSTALLED) {
            assertEquals(List.of(), misses(check, SEEDS_UNANSWERABLE_CHECK_MIN_WITH_FREEDICT, List.of()));
        }
    }

    @Test
    void seedsOwnCheckPartMeetsItsThresholds() throws Exception {
        EvalReport report = run(SEEDS, SEEDS_OWN, DevSplit.Part.CHECK, false);
        assertEquals(List.of(), misses(report, SEEDS_OWN_CHECK_MIN, SEEDS_OWN_CHECK_MAX));
        if (FREEDICT_INSTALLED) {
            assertEquals(List.of(), misses(report, SEEDS_OWN_CHECK_MIN_WITH_FREEDICT, SEEDS_OWN_CHECK_MAX_WITH_FREEDICT));
        }
        assertEquals(List.of(), report.warnings(), "every expected file is a seed article, every field known");
        assertEquals(Set.of("check"), report.bySplit().keySet());
        assertTrue(report.byGoldType().keySet().containsAll(QuestionSetParser.TYPES.subList(0, 8)),
                "every gold question type is asked in the check part: " + report.byGoldType().keySet());
    }

    @Test
    void seedsFreshCheckPartMeetsItsThresholds() throws Exception {
        EvalReport report = run(SEEDS, SEEDS_FRESH, DevSplit.Part.CHECK, false);
        assertEquals(List.of(), misses(report, SEEDS_FRESH_CHECK_MIN, SEEDS_FRESH_CHECK_MAX));
        assertEquals(List.of(), report.warnings(), "every expected file is a seed article, every field known");
        assertEquals(668, report.questions().size());
        assertEquals(185, report.counts().get(EvalReport.ALL).unanswerable());
        assertTrue(report.byGoldType().keySet().containsAll(QuestionSetParser.TYPES),
                "every gold question type is asked in the check part: " + report.byGoldType().keySet());
    }

    @Test
    void xquadDevCheckPartMeetsItsThresholdsWellUnderAMinute() throws Exception {
        EvalReport report = run(XQUAD_CORPUS, XQUAD_DEV, DevSplit.Part.CHECK, false);
        assertEquals(List.of(), misses(report, XQUAD_CHECK_MIN, XQUAD_CHECK_MAX));
        if (FREEDICT_INSTALLED) {
            assertEquals(List.of(), misses(report, XQUAD_CHECK_MIN_WITH_FREEDICT, XQUAD_CHECK_MAX_WITH_FREEDICT));
        }
        assertEquals(582, report.questions().size());
        assertEquals(120, report.cost().indexedFiles());
        assertTrue(report.cost().questionsCpuMs() < XQUAD_CPU_BUDGET_MS,
                "xquad-dev questions took " + report.cost().questionsCpuMs() + " ms of CPU");
    }

    @Test
    void arcdTrainCheckPartMeetsItsThresholds() throws Exception {
        EvalReport report = run(ARCD_CORPUS, ARCD_TRAIN, DevSplit.Part.CHECK, false);
        assertEquals(List.of(), misses(report, ARCD_CHECK_MIN, ARCD_CHECK_MAX));
        assertEquals(278, report.questions().size());
        assertEquals(184, report.cost().indexedFiles());
    }

    @Test
    void nearMissQuestionsAreDeclinedAsOftenAsBefore() throws Exception {
        EvalReport xquad = run(XQUAD_CORPUS, XQUAD_NEAR_MISS, DevSplit.Part.CHECK, false);
        assertEquals(List.of(), misses(xquad, XQUAD_NEAR_MISS_CHECK_MIN, List.of()));
        if (FREEDICT_INSTALLED) {
            assertEquals(List.of(), misses(xquad, XQUAD_NEAR_MISS_CHECK_MIN_WITH_FREEDICT, List.of()));
        }
        EvalReport arcd = run(ARCD_CORPUS, ARCD_NEAR_MISS, DevSplit.Part.CHECK, false);
        assertEquals(List.of(), misses(arcd, ARCD_NEAR_MISS_CHECK_MIN, List.of()));
    }

    @Test
    void questionsOfAnotherCorpusAreDeclinedAsOftenAsBefore() throws Exception {
        EvalReport overSeeds = run(SEEDS, XQUAD_DEV, DevSplit.Part.CHECK, true);
        assertEquals(List.of(), misses(overSeeds, XQUAD_OVER_SEEDS_CHECK_MIN, List.of()));
        assertEquals(List.of(), overSeeds.warnings(), "expected files of another corpus are not missing files");
        EvalReport overXquad = run(XQUAD_CORPUS, ARCD_TRAIN, DevSplit.Part.CHECK, true);
        assertEquals(List.of(), misses(overXquad, ARCD_OVER_XQUAD_CHECK_MIN, List.of()));
        EvalReport overArcd = run(ARCD_CORPUS, XQUAD_DEV, DevSplit.Part.CHECK, true);
        assertEquals(List.of(), misses(overArcd, XQUAD_OVER_ARCD_CHECK_MIN, List.of()));
        if (FREEDICT_INSTALLED) {
            assertEquals(List.of(), misses(overSeeds, XQUAD_OVER_SEEDS_CHECK_MIN_WITH_FREEDICT, List.of()));
            assertEquals(List.of(), misses(overArcd, XQUAD_OVER_ARCD_CHECK_MIN_WITH_FREEDICT, List.of()));
        }
        assertEquals(582, overSeeds.counts().get(EvalReport.ALL).unanswerable(), "the same check part, all negative");
    }

    @Test
    void aDegradedRankingMissesTheSameThresholds() throws Exception {
        EvalReport report = run(SEEDS, SEEDS_DEV, RankingMode.REVERSED);
        List<String> misses = misses(report, SEEDS_DEV_MIN, SEEDS_DEV_MAX);
        assertTrue(misses.stream().anyMatch(m -> m.startsWith("ar.recall@1 = ")), String.valueOf(misses));
        assertTrue(misses.stream().anyMatch(m -> m.startsWith("ar.mrr@10 = ")), String.valueOf(misses));
        assertEquals("reversed", report.settings().ranking());
    }

    @Test
    void theTemporaryIndexIsDeletedAndTheSettingsRecorded() throws Exception {
        Set<Path> before = temporaryIndexes();
        EvalReport report = run(SEEDS, SEEDS_DEV, RankingMode.AS_RETRIEVED);
        assertEquals(before, temporaryIndexes());
        assertEquals(10, report.settings().k());
        assertEquals("seeds", report.settings().corpus());
        assertTrue(report.settings().config().containsKey("isnad.retrieve.arabic-weight"), "ranking settings are recorded");
        assertTrue(report.settings().config().containsKey("isnad.answer.min-evidence"));
        assertFalse(report.settings().config().containsKey("isnad.index.dir"), "only what affects ranking");
        assertEquals(Path.of("seeds"), runner.defaultCorpus());
    }

    @Test
    void unusableInputIsRefusedBeforeAnyQuestionIsAsked() throws Exception {
        QuestionSet set = QuestionSetParser.read(SEEDS_DEV);
        EvalInputException noFolder = assertThrows(EvalInputException.class,
                () -> runner.run(new EvalPlan(Path.of("no-such-folder"), set, 10, RankingMode.AS_RETRIEVED),
                        ProgressListener.NONE));
        assertEquals("corpus no-such-folder is not a folder", noFolder.getMessage());
        EvalInputException badK = assertThrows(EvalInputException.class,
                () -> runner.run(new EvalPlan(SEEDS, set, 0, RankingMode.AS_RETRIEVED), ProgressListener.NONE));
        assertEquals("k must be between 1 and 50, got 0", badK.getMessage());
    }

    private EvalReport run(Path corpus, Path questions, RankingMode ranking) throws Exception {
        return run(new EvalPlan(corpus, QuestionSetParser.read(questions), EvalRunner.DEFAULT_K, ranking));
    }

    private EvalReport run(Path corpus, Path questions, DevSplit.Part part, boolean crossCorpus) throws Exception {
        return run(new EvalPlan(corpus, QuestionSetParser.read(questions), EvalRunner.DEFAULT_K,
                RankingMode.AS_RETRIEVED, part, crossCorpus));
    }

    private EvalReport run(EvalPlan plan) throws Exception {
        List<Integer> progress = new ArrayList<>();
        EvalReport report = runner.run(plan, (done, total) -> progress.add(done));
        assertEquals(report.questions().size(), progress.size(), "progress is reported after each question");
        System.out.print(ReportTable.render(report));
        return report;
    }

    static List<String> misses(EvalReport report, List<String> minimums, List<String> maximums)
            throws EvalInputException {
        List<String> misses = new ArrayList<>();
        for (String spec : minimums) {
            Threshold.parse(spec, Threshold.Bound.MIN).missedBy(report).ifPresent(misses::add);
        }
        for (String spec : maximums) {
            Threshold.parse(spec, Threshold.Bound.MAX).missedBy(report).ifPresent(misses::add);
        }
        return misses;
    }

    private static Set<Path> temporaryIndexes() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            // This process's own: another process's evaluation may make and remove its folder meanwhile.
            return entries.filter(p -> p.getFileName().toString().startsWith(EvalRunner.TEMPORARY_INDEX_PREFIX))
                    .collect(Collectors.toSet());
        }
    }
}
