package io.isnad.answer.sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.ingest.TextSpan;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Cuts a long sentence down to the clauses that answer. Wikipedia and news sentences often run to
 * 300 characters and more, chaining clauses with commas; the reader needs the clauses that hold
 * what the question asked about (and the short answer), not the whole chain. The cut is a
 * contiguous run of clauses, so the quote stays one exact span of the article; or two such runs
 * ({@link #parts}), each its own exact span, when the subject and the asked clause lie far apart.
 */
public final class ClauseCutter {

    /** Marks that end a clause: the Arabic and Latin comma and semicolon. */
    private static final String CLAUSE_ENDS = "،؛,;";
    /** Shorter clauses are joined to the next: a clause of two or three words is rarely a thought. */
    static final int MIN_CLAUSE = 25;
    /** Clauses kept on each side of the run that holds the question's words. */
    static final int CONTEXT_CLAUSES = 1;
    /**
     * A stretch without a comma longer than this (characters) is also cut before a word that opens a
     * clause (والذي، وكان، كما، حيث…): Wikipedia sentences of 400 characters with no comma were quoted
     * whole (docs/answers.md, "Sixteenth round: a long sentence quoted in two parts"). At 100 a
     * tuning answer was lost ("من حيث عدد المسافرين" cut before its حيث).
     */
    static final int LONG_CLAUSE = 110;
    /**
     * Sentences' clauses, a function of the text alone: every candidate sentence of a typed question
     * is cut again by every question that reads it (a seventieth of answering on the seeds), and the
     * text is the article cache's own string, so a look-up costs a hash read and an identity test.
     */
    private static final Cache<String, List<TextSpan>> CLAUSES = Caches.builder().maximumSize(5_000).build();
    /**
     * What a run that opens the sentence keeps of what follows it, when no short answer is given:
     * the clauses said about the subject, up to this many characters from the sentence's start, and
     * at least the run's next clause. No answer was lost at 350; at 325 an xquad one whose gold lay
     * further was ("What kind of forest is the Amazon rainforest?"), at 300 three ARCD ones too (a
     * definition, "ماهو تعريف الأندلس؟").
     */
    static final int ABOUT_THE_SUBJECT = 350;

    private ClauseCutter() {
    }

    /**
     * The clauses of {@code sentence} that answer: the shortest run that holds as much of the
     * question's evidence as the whole sentence and contains {@code [keepStart, keepEnd)} (the short
     * answer; {@code keepStart = sentence.length()} and {@code keepEnd = 0} keep nothing in
     * particular), widened by
     * {@value #CONTEXT_CLAUSES} clause on each side, since the answer is the part the question did
     * not name and often sits in the clause just before or after the words it did ("…كان موموس،
     * أول ملهى أدبي في وارسو"). When the run starts the sentence and no short answer is given, the
     * question named the sentence's subject and the rest is what is said about it ("الكعبة المشرفة
     * هي قبلة المسلمين…، وحولها يطوفون…"): it is kept up to {@value #ABOUT_THE_SUBJECT} characters
     * from the sentence's start. With a short answer (a date,
     * a place) the run holds what was asked, and what follows its next clause is more about the
     * subject ("جمال خاشقجي (13 أكتوبر 1958، المدينة المنورة - …)، صحفي…، رأس عدّة مناصب…"):
     * cut. The whole sentence when the cut would keep more than {@code maxShare} of its length.
     *
     * @param coverage the question's evidence found in a run of clauses (their texts), 0 to 1
     */
    public static Cut cut(String sentence, ToDoubleFunction<List<String>> coverage, int keepStart, int keepEnd,
            double maxShare) {
        return cut(new Read(sentence, coverage), keepStart, keepEnd, maxShare);
    }

    /**
     * A sentence's clauses, their texts and the evidence the whole sentence holds, read once for
     * both {@link #cut} and {@link #parts}. Each run of clauses is scored once: {@link #parts} weighs
     * a run in every pair it may form, and {@link #cut} has scored many of them already.
     */
    private static final class Read {

        private final String sentence;
        private final List<TextSpan> clauses;
        private final List<String> texts;
        private final ToDoubleFunction<List<String>> coverage;
        /** {@code scores[first][last]}: the coverage of the clauses first to last, NaN until scored. */
        private final double[][] scores;
        /** What a run must hold to answer as well as the whole sentence (less a rounding margin). */
        private final double needed;

        Read(String sentence, ToDoubleFunction<List<String>> coverage) {
            this.sentence = sentence;
            this.clauses = ClauseCutter.clauses(sentence);
            this.texts = clauses.stream().map(c -> sentence.substring(c.start(), c.end())).toList();
            this.coverage = coverage;
            this.scores = new double[clauses.size()][clauses.size()];
            for (double[] row : scores) {
                Arrays.fill(row, Double.NaN);
            }
            this.needed = run(0, clauses.size() - 1) - 1e-9;
        }

        /** The coverage of the clauses {@code first} to {@code last}. */
        double run(int first, int last) {
            if (Double.isNaN(scores[first][last])) {
                scores[first][last] = coverage.applyAsDouble(texts.subList(first, last + 1));
            }
            return scores[first][last];
        }
    }

    private static Cut cut(Read read, int keepStart, int keepEnd, double maxShare) {
        String sentence = read.sentence;
        Cut whole = new Cut(0, sentence.length());
        List<TextSpan> clauses = read.clauses;
        if (clauses.size() < 2) {
            return whole;
        }
        int first = 0;
        int last = clauses.size() - 1;
        for (int i = 0; i < clauses.size(); i++) {
            for (int j = i; j < clauses.size(); j++) {
                int start = clauses.get(i).start();
                int end = clauses.get(j).end();
                boolean shorter = end - start < clauses.get(last).end() - clauses.get(first).start();
                if (!shorter || start > keepStart || end < keepEnd) {
                    continue;
                }
                if (read.run(i, j) >= read.needed) {
                    first = i;
                    last = j;
                }
            }
        }
        boolean shortAnswer = keepStart < keepEnd;
        int to = Math.min(clauses.size() - 1, last + CONTEXT_CLAUSES);
        while (first == 0 && !shortAnswer && to + 1 < clauses.size()
                && clauses.get(to + 1).end() <= ABOUT_THE_SUBJECT) {
            to++;
        }
        Cut cut = new Cut(clauses.get(Math.max(0, first - CONTEXT_CLAUSES)).start(), clauses.get(to).end());
        return cut.end() - cut.start() <= maxShare * sentence.length() ? cut : whole;
    }

    /**
     * The parts of {@code sentence} that answer: the run of clauses {@link #cut} gives, or two runs
     * with the clauses between them left out when those are together at least {@code minSaving}
     * characters shorter. A question that names the subject at a long sentence's start and asks about
     * a clause far after it needs a run of every clause between the two ("ألبرت أينشتاين…، …، ولقد
     * حاز في عام 1921 على جائزة نوبل…"); two runs quote the subject and the asked part, each with
     * {@value #CONTEXT_CLAUSES} clause of context on either side, as the one run has. The short answer
     * is inside one of them; the two are split by at least one clause left out.
     */
    public static List<Cut> parts(String sentence, ToDoubleFunction<List<String>> coverage, int keepStart,
            int keepEnd, double maxShare, int minSaving) {
        Read read = new Read(sentence, coverage);
        Cut one = cut(read, keepStart, keepEnd, maxShare);
        List<TextSpan> clauses = read.clauses;
        int n = clauses.size();
        // Two runs of one clause, a clause of context on either side of each and one left out between.
        if (n < 5) {
            return List.of(one);
        }
        List<String> texts = read.texts;
        double needed = read.needed;
        List<Cut> best = List.of(one);
        int bestLength = one.end() - one.start() - minSaving;
        for (int i1 = 0; i1 < n; i1++) {
            for (int j1 = i1; j1 < n; j1++) {
                int aFirst = Math.max(0, i1 - CONTEXT_CLAUSES);
                int aLast = Math.min(n - 1, j1 + CONTEXT_CLAUSES);
                Cut a = new Cut(clauses.get(aFirst).start(), clauses.get(aLast).end());
                for (int i2 = j1 + 1; i2 < n; i2++) {
                    int bFirst = Math.max(0, i2 - CONTEXT_CLAUSES);
                    if (bFirst <= aLast + 1) {
                        continue;
                    }
                    for (int j2 = i2; j2 < n; j2++) {
                        int bLast = Math.min(n - 1, j2 + CONTEXT_CLAUSES);
                        Cut b = new Cut(clauses.get(bFirst).start(), clauses.get(bLast).end());
                        int length = a.end() - a.start() + b.end() - b.start();
                        boolean keeps = keepStart >= keepEnd || a.holds(keepStart, keepEnd)
                                || b.holds(keepStart, keepEnd);
                        if (length >= bestLength || !keeps) {
                            continue;
                        }
                        // Each run must hold what the other lacks: otherwise one run answers alone.
                        if (read.run(i1, j1) >= needed || read.run(i2, j2) >= needed) {
                            continue;
                        }
                        List<String> both = new ArrayList<>(texts.subList(i1, j1 + 1));
                        both.addAll(texts.subList(i2, j2 + 1));
                        if (coverage.applyAsDouble(both) >= needed) {
                            best = List.of(a, b);
                            bestLength = length;
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * The clauses of {@code sentence}: each ends with its comma or
     * semicolon (some gold answers and readers keep it), without the spaces around it; the last at
     * the sentence's end.
     */
    static List<TextSpan> clauses(String sentence) {
        return CLAUSES.get(sentence, ClauseCutter::cutIntoClauses);
    }

    private static List<TextSpan> cutIntoClauses(String sentence) {
        List<TextSpan> clauses = new ArrayList<>();
        int start = 0;
        // Where the clause begun at start reaches its comma, found once per clause, not at each of its
        // spaces: every candidate sentence of a typed question is cut here for every question.
        int stretchEnd = nextEnd(sentence, start);
        for (int i = 0; i < sentence.length(); i++) {
            if (CLAUSE_ENDS.indexOf(sentence.charAt(i)) >= 0 && i - start >= MIN_CLAUSE
                    && sentence.length() - i > MIN_CLAUSE && !betweenDigits(sentence, i)) {
                clauses.add(TextSpan.trimmed(sentence, start, i + 1));
                start = i + 1;
                stretchEnd = nextEnd(sentence, start);
            } else if (sentence.charAt(i) == ' ' && i - start >= MIN_CLAUSE
                    && sentence.length() - i > MIN_CLAUSE && stretchEnd - start > LONG_CLAUSE
                    && opensClause(sentence, i + 1)) {
                clauses.add(TextSpan.trimmed(sentence, start, i));
                start = i + 1;
                stretchEnd = nextEnd(sentence, start);
            }
        }
        clauses.add(TextSpan.trimmed(sentence, start, sentence.length()));
        return List.copyOf(clauses);
    }

    /** Where the stretch from {@code from} reaches its next comma or semicolon, or the sentence's end. */
    private static int nextEnd(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            if (CLAUSE_ENDS.indexOf(sentence.charAt(i)) >= 0 && !betweenDigits(sentence, i)) {
                return i;
            }
        }
        return sentence.length();
    }

    /** Whether the word at {@code at} opens a clause ({@link ArabicStopWords#CLAUSE_OPENERS}). */
    private static boolean opensClause(String sentence, int at) {
        int end = at;
        while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
            end++;
        }
        return ArabicStopWords.CLAUSE_OPENERS.contains(ArabicTextNormalizer.normalize(sentence.substring(at, end)));
    }

    /** "17,786,419" is one number, not two clauses. */
    private static boolean betweenDigits(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }

    /**
     * A run of clauses, {@code [start, end)} in the sentence.
     */
    public record Cut(int start, int end) {

        /** Whether the cut leaves out the sentence's beginning or end. */
        public boolean partOf(String sentence) {
            return start > 0 || end < sentence.length();
        }

        /** Whether {@code [from, to)} lies inside the cut. */
        boolean holds(int from, int to) {
            return start <= from && to <= end;
        }
    }
}
