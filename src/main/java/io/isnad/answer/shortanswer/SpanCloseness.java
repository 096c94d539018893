package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicPlurals;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Of several spans of the asked kind in one sentence, which the question's words stand closest
 * around ({@link #closeness}), and which names stand in a relative clause on another noun
 * ({@link #outsideOtherRelativeClauses}).
 */
final class SpanCloseness {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\d]+");
    /**
     * The first focus word the sentence holds is most often the question's verb or event (متى
     * انتهت، متى ولد، كم عدد الاستحواذات): it counts this many times another word.
     */
    private static final double LEAD_WEIGHT = 2;
    /**
     * A question word after the span counts this share of one before it; so does one before it in an
     * earlier clause that the span's clause is joined to by و ({@link #inEarlierClause}).
     */
    private static final double AFTER_WEIGHT = 0.5;
    /** A word that joins a clause on: a focus word after it is the next clause's, no clue for the span before. */
    private static final Set<String> CONJUNCTIONS = Set.of("و", "and");
    /** The conjunction glued to the word that opens a clause joined on: "، و11698". */
    private static final char CONJUNCTION = 'و';
    /** Words a relative clause may run from its pronoun to a name in it: "التي شنها معارضو الرئيس السوري بشار". */
    private static final int RELATIVE_REACH = 6;
    /** How many words may open a clause before the date that opens it: "وفي", "بين عامي". */
    private static final int OPENING_REACH = 2;
    /** What ends a clause between two words. */
    private static final Pattern CLAUSE_END = Pattern.compile("[،,.؛;:]");

    private SpanCloseness() {
    }

    /**
     * Whether the character at {@code at} ends a clause: a comma, full stop or semicolon, not the
     * point or comma inside a figure (6.9، 17,786,419).
     */
    static boolean endsClause(String sentence, int at) {
        boolean inFigure = at > 0 && at + 1 < sentence.length() && Character.isDigit(sentence.charAt(at - 1))
                && Character.isDigit(sentence.charAt(at + 1));
        return !inFigure && CLAUSE_END.matcher(sentence.substring(at, at + 1)).matches();
    }

    /**
     * A name inside a relative clause on a noun the question does not name does what that clause
     * says, not what the question asks: in "قد قُتل خلال الهجمات التي شنها معارضو الرئيس السوري بشار
     * الأسد" the killed is not al-Assad, who stands in the clause on الهجمات, while in "الهجوم الذي
     * شنته قوات…" the clause is on the attack the question asks about. Such names are dropped while
     * another candidate is left. A clause runs back from the name to its relative pronoun within
     * {@value #RELATIVE_REACH} words, and no further than a comma or full stop.
     */
    static List<Span> outsideOtherRelativeClauses(String sentence, List<Span> spans, List<Token> tokens,
            List<String> focus) {
        List<String> probes = focus.stream().map(FigureTies::probe).filter(p -> p.length() >= 3).toList();
        List<Span> kept = spans.stream().filter(s -> !inOtherRelativeClause(sentence, s, tokens, probes)).toList();
        return kept.isEmpty() ? spans : kept;
    }

    private static boolean inOtherRelativeClause(String sentence, Span span, List<Token> tokens, List<String> probes) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= span.start()) {
            first++;
        }
        for (int j = first - 1; j >= Math.max(0, first - RELATIVE_REACH); j--) {
            if (CLAUSE_END.matcher(sentence.substring(tokens.get(j).end(), tokens.get(j + 1).start())).find()) {
                return false;
            }
            if (ArabicStopWords.isRelativePronoun(tokens.get(j).folded())) {
                // The head noun opens with a question word's first letters: "مات" (died) is inside الهجمات.
                String head = j > 0 ? ArabicTextNormalizer.withoutArticle(tokens.get(j - 1).folded()) : "";
                return probes.stream().noneMatch(head::startsWith);
            }
        }
        return false;
    }

    /** A word or figure of the sentence: its original offsets, its folded text and its root skeleton. */
    record Token(int start, int end, String folded, String skeleton) {
    }

    static List<Token> tokens(ArabicTextNormalizer.Folded sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence.text());
        while (m.find()) {
            tokens.add(new Token(sentence.start(m.start()), sentence.end(m.end()), m.group(),
                    ArabicRootSkeleton.of(m.group())));
        }
        return tokens;
    }

    /**
     * How closely the question's words surround a span: for each focus word, the nearest of its
     * occurrences counts 1/(1 + the number of words between it and the span), a word after the
     * span half as much (Arabic puts the event and its subject before the date or figure: "توفي …
     * في 1943"), and the first of the question's own words ({@code ownWords}, not an English
     * question's translations) found in the sentence {@value #LEAD_WEIGHT} times. Summed over the
     * focus words, so the span that the verb, the subject and the object all stand near wins over
     * one that stands right next to a single word. Occurrences inside a candidate span do not
     * count: "عام" of "في أي عام" is not a clue that "عام 1990" is meant. A focus word is found in
     * another form of the same noun or root ({@link FigureTies.FocusWord#sameWord}: "ودرجات" for
     * "درجة"), as the figure's ties find it, but not as a news synonym: "شهيداً" beside 89 is no clue
     * for the dead of "How many of the dead were children?", whose answer counts the children.
     */
    static double closeness(String sentence, Span span, List<Token> tokens, FocusHits hits, List<String> ownWords,
            List<Span> candidates) {
        return closeness(sentence, span, tokens, hits, ownWords, candidates, AFTER_WEIGHT);
    }

    /**
     * {@link #closeness} of a date that opens its clause ({@link #opensClause}): Arabic fronts a time
     * before the event it dates ("وفي 23 يوليو، أصدرت النمسا-المجر إنذاراً"), so the words after it
     * count as much as words before.
     */
    static double closenessOfDate(String sentence, Span span, List<Token> tokens, FocusHits hits,
            List<String> ownWords, List<Span> candidates) {
        return closeness(sentence, span, tokens, hits, ownWords, candidates,
                opensClause(sentence, span, tokens) ? 1 : AFTER_WEIGHT);
    }

    private static double closeness(String sentence, Span span, List<Token> tokens, FocusHits hits,
            List<String> ownWords, List<Span> candidates, double afterWeight) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > span.start() && t.start() < span.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return 0;
        }
        double sum = 0;
        boolean lead = true;
        for (FocusHit hit : hits.words()) {
            double best = 0;
            for (int i : hit.at()) {
                if ((i >= first && i <= last) || inside(tokens.get(i), candidates)
                        || i > last && inNextClause(tokens, last, i, hit.probe())) {
                    continue;
                }
                double before = inEarlierClause(sentence, tokens.get(i), span) ? AFTER_WEIGHT : 1;
                best = Math.max(best, i < first ? before / (first - i) : afterWeight / (i - last));
            }
            boolean leads = lead && best > 0 && ownWords.contains(hit.word());
            sum += (leads ? LEAD_WEIGHT : 1) * best;
            lead &= best == 0;
        }
        return sum;
    }

    /**
     * Whether a span opens its clause: between it and the sentence's start or the last clause end
     * stand at most {@value #OPENING_REACH} words, each a stop word (في، منذ، بين, with a glued و or ف)
     * or a year word (عام، عامي): "وفي عام 2016 استعادت…"، "بين عامي 1908 و1914، كانت…".
     */
    static boolean opensClause(String sentence, Span span, List<Token> tokens) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= span.start()) {
            first++;
        }
        int gapEnd = span.start();
        for (int j = first - 1; j >= first - 1 - OPENING_REACH; j--) {
            int gapStart = j < 0 ? 0 : tokens.get(j).end();
            for (int at = gapStart; at < gapEnd; at++) {
                if (endsClause(sentence, at)) {
                    return true;
                }
            }
            if (j < 0) {
                return true;
            }
            if (j == first - 1 - OPENING_REACH || !openingWord(tokens.get(j).folded())) {
                return false;
            }
            gapEnd = tokens.get(j).start();
        }
        return false;
    }

    private static boolean openingWord(String folded) {
        return ArabicStopWords.containsGlued(folded) || ArabicCalendarWords.YEAR_WORDS.contains(folded)
                || ArabicCalendarWords.YEAR_PAIRS.contains(folded);
    }

    /**
     * Where in a sentence each focus word long enough to probe for is found ({@link
     * FigureTies.FocusWord#sameWord}), in the focus words' order: found once per sentence, since
     * every candidate span of it is weighed against the same words, and comparing a word with each
     * token (its plural, its skeleton) is the costly part of {@link #closeness}.
     */
    record FocusHits(List<FocusHit> words) {

        static FocusHits of(List<Token> tokens, List<String> focus) {
            List<FocusHit> words = new ArrayList<>();
            // Each token read as a noun once, for all the focus words, and only when one is probed for.
            ArabicPlurals.Noun[] nouns = new ArabicPlurals.Noun[tokens.size()];
            for (String word : new LinkedHashSet<>(focus)) {
                String probe = FigureTies.probe(word);
                if (probe.length() < 3) {
                    continue;
                }
                FigureTies.FocusWord asked = FigureTies.FocusWord.of(word);
                int[] at = IntStream.range(0, tokens.size()).filter(i -> asked.sameWord(tokens.get(i).folded(),
                        tokens.get(i).skeleton(), noun(tokens, nouns, i))).toArray();
                words.add(new FocusHit(word, probe, at));
            }
            return new FocusHits(List.copyOf(words));
        }

        private static ArabicPlurals.Noun noun(List<Token> tokens, ArabicPlurals.Noun[] nouns, int i) {
            if (nouns[i] == null) {
                nouns[i] = ArabicPlurals.Noun.of(tokens.get(i).folded());
            }
            return nouns[i];
        }
    }

    /** A focus word, its probe, and the indices of the sentence's tokens that are that word in some form. */
    record FocusHit(String word, String probe, int[] at) {
    }

    /**
     * Whether the focus word at {@code at}, after a span ending at token {@code last}, belongs to a
     * clause joined on by و: glued to it ("بدأت في 1914 وانتهت في 1918": انتهت is 1918's verb, not
     * 1914's) or standing alone between them.
     */
    private static boolean inNextClause(List<Token> tokens, int last, int at, String probe) {
        String word = tokens.get(at).folded();
        if (word.startsWith("و") && !word.startsWith(probe)) {
            return true;
        }
        for (int i = last + 1; i < at; i++) {
            if (CONJUNCTIONS.contains(tokens.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word before a span stands in an earlier clause that the span's is joined to by و: a
     * clause mark, then و opening the next clause, stand between them. In "و30547 (19.3%) من العائلات
     * بها ربة بيت بلا زوج، و11698 (7.4%) بها رب بيت" the words before the comma describe 19.3%, not
     * 7.4%, as the words after a span in the next clause ({@link #inNextClause}) describe another. A
     * comma alone does not part them: "وجوزيف بريستلي في ويلتشاير، في 1774" dates Priestley.
     */
    private static boolean inEarlierClause(String sentence, Token word, Span span) {
        for (int at = word.end(); at < span.start(); at++) {
            if (endsClause(sentence, at)) {
                int next = at + 1;
                while (next < span.start() && Character.isWhitespace(sentence.charAt(next))) {
                    next++;
                }
                if (next < sentence.length() && sentence.charAt(next) == CONJUNCTION) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(Token token, List<Span> spans) {
        return spans.stream().anyMatch(s -> token.start() >= s.start() && token.end() <= s.end());
    }
}
