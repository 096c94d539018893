package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNewsSynonyms;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicPlurals;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * How a figure of a sentence is tied to the words of a how-many question: by the noun it counts
 * (after it) or the noun that governs it (before it), matched by first letters, root skeleton,
 * singular and plural or the news synonym table.
 */
final class FigureTies {

    /** Shortest prefix of a question word looked for in the sentence; Arabic glues affixes on. */
    private static final int STEM_PREFIX = 4;
    /** The tie of a figure to the noun the question counts, right after it ({@link #tie}). */
    private static final int COUNTED_TIE = 3;
    /** How many words after a number may name what it counts ("89 قتيلاً", "3 ملايين نسمة"). */
    private static final int COUNTED_NOUN_WINDOW = 2;

    private FigureTies() {
    }

    /**
     * {@link ShortAnswerFinder.Fit#countsTallied} for the figures a how-many question keeps of a
     * sentence ({@code spans}): one is tied to the noun the question counts, and no year word
     * stands before it.
     */
    static boolean countsTallied(String sentence, List<Span> spans, List<String> tallied) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        List<int[]> words = words(folded);
        List<FocusWord> nouns = tallied.stream().map(FocusWord::of).toList();
        return spans.stream().anyMatch(s -> !afterYearWord(s, words, folded)
                && (tie(s, words, folded, nouns, nouns) > 0 || unitTiesTo(s, nouns)));
    }

    /**
     * Whether a span names its unit after its figure and the unit is one of {@code nouns}: a length
     * of time is found with it ("600 سنة", "ثلاث سنوات").
     */
    private static boolean unitTiesTo(Span s, List<FocusWord> nouns) {
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(s.folded());
        boolean first = true;
        while (m.find()) {
            // A word after the figure, or after the first word of a figure in words (ثلاث).
            boolean afterFigure = !first || s.folded().substring(0, m.start()).chars().anyMatch(Character::isDigit);
            first = false;
            if (afterFigure && tiesTo(m.group(), ArabicRootSkeleton.of(m.group()), nouns)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word right before a figure is a year word: "سنة 1308" dates an event, it counts no
     * years, though its word before would tie it to "كم سنة".
     */
    private static boolean afterYearWord(Span s, List<int[]> words, ArabicTextNormalizer.Folded folded) {
        return ArabicCalendarWords.YEAR_WORDS.contains(wordBefore(s, words, folded));
    }

    /** The folded word right before a span, or "" at the start of the sentence. */
    private static String wordBefore(Span s, List<int[]> words, ArabicTextNormalizer.Folded folded) {
        int[] before = null;
        for (int[] w : words) {
            if (w[1] > s.start()) {
                break;
            }
            before = w;
        }
        return before == null ? "" : folded.text().substring(before[2], before[3]);
    }

    /**
     * A how-many question counts something: of numbers in a sentence, the one whose counted noun
     * (the word after it) or governing noun (the word before it) is a focus word of the question
     * answers it, as "89 قتيلاً" does for "كم عدد القتلى" beside "277 جريحاً". The counted noun
     * weighs more: in "89 قتيلاً و277 جريحاً" the word before 277 is قتيلاً. The governing noun may
     * stand a verb away ("عدد الجرحى بلغ 277"); neither noun is looked for across another figure. Matching is by stem
     * prefix, by root skeleton (القتلى / قتيلاً) or as singular and plural (قارة / قارات). The noun the question
     * counts ({@link QuestionAnalysis#tallied}: كم مرة، كم عدد النساء; an English question's through
     * its Arabic translations: "how many children" ties "5 أطفال"), right after a number, weighs
     * most. All spans when none is tied.
     */
    static List<Span> tiedToFocus(List<Span> spans, ArabicTextNormalizer.Folded folded, List<String> focus,
            List<String> counted) {
        List<int[]> words = words(folded);
        List<FocusWord> asked = focus.stream().map(FocusWord::of).toList();
        List<FocusWord> countedNoun = counted.stream().map(FocusWord::of).toList();
        int best = 0;
        int previous = 0;
        List<Span> tied = new ArrayList<>();
        for (Span s : spans) {
            // A unit the span holds is the word right after its figure: "646 ميلاً" is tied to "كم ميلاً"
            // as "646" followed by ميلاً would be.
            int own = unitTiesTo(s, countedNoun) ? COUNTED_TIE : tie(s, words, folded, asked, countedNoun);
            int tie = partOfPrevious(s, words, folded) ? Math.max(own, previous) : own;
            previous = tie;
            if (tie > best) {
                best = tie;
                tied.clear();
            }
            if (tie == best) {
                tied.add(s);
            }
        }
        return tied;
    }

    /**
     * Whether a figure follows "منها"/"منهم" (of which, of whom): "158349 عائلة منها 68511 لديها
     * أطفال" counts a part of the families, so the second figure counts what the first does, and
     * the words of the question around each decide between them.
     */
    private static boolean partOfPrevious(Span s, List<int[]> words, ArabicTextNormalizer.Folded folded) {
        return ArabicNumberWords.PARTITIVES.contains(wordBefore(s, words, folded));
    }

    /** Each word of the folded text: its original start and end, its folded start and end. */
    private static List<int[]> words(ArabicTextNormalizer.Folded folded) {
        List<int[]> words = new ArrayList<>();
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(folded.text());
        while (m.find()) {
            words.add(new int[] {folded.start(m.start()), folded.end(m.end()), m.start(), m.end()});
        }
        return words;
    }

    /**
     * How a number is tied to the question's words ({@link #tiedToFocus}): 3 when the word right
     * after it is the noun the question counts, in the singular or the plural ("ثماني مرات" for "كم
     * مرة", beside "مرة واحدة وكأس…" whose next clause names another asked word), 2 by its counted
     * noun, 1 by its governing noun, 0 not at all.
     */
    private static int tie(Span s, List<int[]> words, ArabicTextNormalizer.Folded folded, List<FocusWord> focus,
            List<FocusWord> counted) {
        int tie = 0;
        int after = 0;
        int before = -1;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            if (w[1] <= s.start()) {
                before = i;
            } else if (w[0] >= s.end() && after < COUNTED_NOUN_WINDOW) {
                after++;
                if (figureAfter(folded, s, w[2])) {
                    after = COUNTED_NOUN_WINDOW;
                    continue;
                }
                String word = folded.text().substring(w[2], w[3]);
                if (after > 1 && opensNextClause(word, focus, counted)) {
                    after = COUNTED_NOUN_WINDOW;
                    continue;
                }
                String skeleton = ArabicRootSkeleton.of(word);
                if (after == 1 && tiesTo(word, skeleton, counted)) {
                    tie = COUNTED_TIE;
                } else if (tie < 2 && tiesTo(word, skeleton, focus)) {
                    tie = 2;
                }
            }
        }
        for (int i = before; tie == 0 && i >= 0 && i > before - COUNTED_NOUN_WINDOW; i--) {
            int[] w = words.get(i);
            if (figureBetween(folded.text(), w[3], s, folded)) {
                break;
            }
            String word = folded.text().substring(w[2], w[3]);
            tie = tiesTo(word, ArabicRootSkeleton.of(word), focus) ? 1 : 0;
        }
        return tie;
    }

    /**
     * Whether a word after a figure's first next word opens the next clause with a glued و: in "يبلغ
     * تعداد سكانها 320,000 نسمة ومساحتها 103,000 كم2" the area is the next figure's, not what 320,000
     * counts. A word that opens with the letters of a question word (وزارية of "كم وزارة") is not so
     * cut off.
     */
    private static boolean opensNextClause(String word, List<FocusWord> focus, List<FocusWord> counted) {
        return word.length() > 3 && word.startsWith("و")
                && Stream.concat(focus.stream(), counted.stream())
                        .noneMatch(f -> !f.probe().isEmpty() && word.startsWith(f.probe()));
    }

    /**
     * Whether a figure stands between a word (its end in the folded text) and the span: "عدد
     * الجرحى بلغ 277" names the wounded two words before their number, but in "89 قتيلاً و277" the
     * noun before 277 belongs to 89.
     */
    private static boolean figureBetween(String foldedText, int wordEnd, Span span, ArabicTextNormalizer.Folded folded) {
        int spanStart = wordEnd;
        while (spanStart < foldedText.length() && folded.start(spanStart) < span.start()) {
            spanStart++;
        }
        return foldedText.substring(wordEnd, spanStart).chars().anyMatch(Character::isDigit);
    }

    /**
     * Whether a figure stands between the span and a word after it (the word's start in the folded
     * text): in "23–16، بتسجيله 11 نقطة" the points are 11's, not 23's or 16's.
     */
    private static boolean figureAfter(ArabicTextNormalizer.Folded folded, Span span, int wordStart) {
        String text = folded.text();
        for (int i = wordStart - 1; i >= 0 && folded.start(i) >= span.end(); i--) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number's noun is one the question asks about ({@link FocusWord#matches}), also in the
     * plural where the question has the singular or the other way round ("7 قارات" for "كم قارة"، "27
     * دولة" for "كم عدد الدول"), or in other words of the news synonym table: "89 شهيداً" counts the
     * dead of "كم عدد القتلى".
     *
     * @param skeleton the root skeleton of {@code word}, compared with each focus word's
     */
    private static boolean tiesTo(String word, String skeleton, List<FocusWord> focus) {
        if (focus.isEmpty()) {
            return false;
        }
        ArabicPlurals.Noun noun = ArabicPlurals.Noun.of(word);
        for (FocusWord f : focus) {
            if (f.sameWord(word, skeleton, noun)
                    || ArabicNewsSynonyms.sameGroup(word, skeleton, f.word(), f.skeleton())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A focus word with what a word of the sentence is compared with, each read once: its first
     * letters, its root skeleton and its bare noun. A number's nearby words are compared with every
     * focus word, and each focus word with the words near every number.
     */
    record FocusWord(String word, String probe, String skeleton, ArabicPlurals.Noun noun) {

        static FocusWord of(String word) {
            return new FocusWord(word, FigureTies.probe(word), ArabicRootSkeleton.of(word),
                    ArabicPlurals.Noun.of(word));
        }

        /**
         * Whether {@code word} (of root skeleton {@code skeleton}) holds this word's first letters, or
         * shares its skeleton when that is long enough to count ({@link ArabicRootSkeleton#same}).
         */
        boolean matches(String word, String skeleton) {
            return probe.length() >= 3 && word.contains(probe)
                    || skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH && skeleton.equals(this.skeleton);
        }

        /**
         * Whether {@code word} is this word in another form: {@link #matches}, or its singular or
         * plural ({@link ArabicPlurals#sameNoun}).
         *
         * @param noun {@code word} read as a noun ({@link ArabicPlurals.Noun#of}), once for all the focus words
         */
        boolean sameWord(String word, String skeleton, ArabicPlurals.Noun noun) {
            return matches(word, skeleton) || noun.same(this.noun);
        }
    }

    /** The first letters of a focus word, without the article, looked for in the sentence. */
    static String probe(String word) {
        String bare = ArabicTextNormalizer.withoutArticle(word);
        return bare.length() > STEM_PREFIX ? bare.substring(0, STEM_PREFIX) : bare;
    }
}
