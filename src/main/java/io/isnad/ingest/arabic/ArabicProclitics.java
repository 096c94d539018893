package io.isnad.ingest.arabic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What Arabic writes glued before a word, folded: the conjunctions و and ف, the prepositions ب ل ك, the
 * article ال bare or after one of them (والطيار، بالرد، للفريق) and the spoken demonstrative هال. The one home
 * of their spellings and of taking them off; a reader that takes off fewer names the forms it takes and why.
 */
public final class ArabicProclitics {

    /** The conjunctions glued to a word: وقال، فقد. */
    public static final String CONJUNCTIONS = "وف";
    /** Every one-letter proclitic (و ف ب ل ك): "بلقب" is "لقب" after "by". */
    public static final String LETTERS = CONJUNCTIONS + "بلك";
    /**
     * The one-letter proclitics the date and figure spans leave out before their span (وثمانينيات، بشهر،
     * بـ104): all but the conjunction ف, which those spans have never taken off.
     */
    public static final String BEFORE_DATES_AND_FIGURES = "وبلك";
    /** The article alone, for a reader that leaves a word's glued preposition or conjunction on it. */
    public static final List<String> ARTICLE_ALONE = List.of("ال");
    /** The article, alone or after a glued preposition or conjunction (والطيار، للفريق), folded. */
    public static final List<String> ARTICLE_FORMS = List.of("وال", "فال", "بال", "كال", "لل", "ال");
    /**
     * The article alone or after the prepositions ب and ل (الرد، بالرد، للرد): the forms a reader takes
     * off a word whose conjunction it reads apart, or not at all (ورد is "came", not "and the reply").
     */
    public static final List<String> ARTICLE_AFTER_PREPOSITION = List.of("بال", "لل", "ال");
    /**
     * What may stand glued before a word after its conjunction is taken off: the article with or without
     * ب or ل, or ب or ل alone (بالأمس، للعام، لرده، بعشرات).
     */
    public static final List<String> PREPOSITION_OR_ARTICLE = List.of("بال", "لل", "ال", "ب", "ل");
    /**
     * The Levantine, Iraqi and Gulf "this", glued to a noun's article as it is said: هالحكي "this
     * talk" (Standard هذا الحكي), هالشي، هالمرة.
     */
    public static final String DEMONSTRATIVE = "هال";

    private ArabicProclitics() {
    }

    /** A folded word without a glued و or ف, when it is longer than {@code longerThan} letters. */
    public static String withoutConjunction(String folded, int longerThan) {
        return folded.length() > longerThan && CONJUNCTIONS.indexOf(folded.charAt(0)) >= 0
                ? folded.substring(1) : folded;
    }

    /**
     * A folded word as written, without a glued و or ف (a word of over three letters), without the article, and
     * without a glued conjunction and preposition: the forms a noun list of bare words is read against (سلاح،
     * والفصائل، بالأسلحة), one reading for the lists of asked nouns.
     */
    public static Stream<String> bareForms(String folded) {
        return Stream.of(folded, withoutConjunction(folded, 3), withoutArticle(folded),
                withoutConjunctionAndPreposition(folded));
    }

    /**
     * Whether a folded word is one of {@code words} as written or without a glued و or ف (a word of over three
     * letters): the word lists of question and speech words hold bare forms, and a question glues the
     * conjunction to them ("ومين"، "وقال").
     */
    public static boolean oneOfWithOrWithoutConjunction(Set<String> words, String folded) {
        return words.contains(folded) || words.contains(withoutConjunction(folded, 3));
    }

    /**
     * A folded word without the one-letter proclitic glued to its front (و ف ب ل ك: "وباريس",
     * "بلقب"), when more than {@value ArabicRootSkeleton#MIN_LENGTH} letters are left; empty when it
     * starts with none.
     */
    public static Optional<String> withoutProclitic(String folded) {
        return withoutProclitic(folded, ArabicRootSkeleton.MIN_LENGTH);
    }

    /**
     * A folded word without the one-letter proclitic glued to its front (و ف ب ل ك), when it is longer than
     * {@code longerThan} letters; empty when it starts with none. A reader of short function words takes it off
     * a three-letter word too (بمن، لما، وفي), where a content word's reading keeps such a word whole.
     */
    public static Optional<String> withoutProclitic(String folded, int longerThan) {
        return folded.length() > longerThan && LETTERS.indexOf(folded.charAt(0)) >= 0
                ? Optional.of(folded.substring(1)) : Optional.empty();
    }

    /**
     * A folded word without a glued conjunction, then without the article (with or without ب or ل) or
     * ب or ل alone, whatever is left: وبالأمس → أمس، وللعام → عام، لرده → رده, the way a time or a reply
     * word stands glued in a sentence.
     */
    public static String withoutConjunctionAndPreposition(String folded) {
        return withoutFirst(withoutConjunction(folded, 0), PREPOSITION_OR_ARTICLE, 0);
    }

    /**
     * A folded word without its article, also after a glued proclitic ({@link #ARTICLE_FORMS}: الولايات،
     * بالولايات، للولايات → ولايات), when at least {@value ArabicRootSkeleton#MIN_LENGTH} letters are left;
     * the word itself otherwise.
     */
    public static String withoutArticle(String folded) {
        return withoutArticle(folded, ArabicRootSkeleton.MIN_LENGTH);
    }

    /**
     * A folded word without its article, also after a glued proclitic (الدول، بالدول، للدول), when
     * at least {@code minLeft} letters are left; the word itself otherwise.
     */
    public static String withoutArticle(String folded, int minLeft) {
        return withoutFirst(folded, ARTICLE_FORMS, minLeft);
    }

    /** Whether a folded word starts with one of the {@link #ARTICLE_FORMS}, however short the rest. */
    public static boolean startsWithArticle(String folded) {
        for (String article : ARTICLE_FORMS) {
            if (folded.startsWith(article)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code folded} without the first of {@code prefixes} it starts with, when at least {@code minLeft}
     * letters are left after it; the word itself when none is.
     */
    public static String withoutFirst(String folded, List<String> prefixes, int minLeft) {
        for (String prefix : prefixes) {
            if (folded.startsWith(prefix) && folded.length() - prefix.length() >= minLeft) {
                return folded.substring(prefix.length());
            }
        }
        return folded;
    }

    /**
     * Every way a text writes a folded bare word (no article, no proclitic) as one token: as it is,
     * with the article, with a one-letter proclitic (و ف ب ل ك) before either, and ل before the article
     * as لل. A name a text mentions stands in one of them: لبنان، ولبنان، بلبنان، للبنان.
     */
    public static Set<String> gluedForms(String bare) {
        Set<String> forms = new LinkedHashSet<>();
        for (String base : List.of(bare, "ال" + bare)) {
            forms.add(base);
            for (char proclitic : LETTERS.toCharArray()) {
                forms.add(proclitic + base);
            }
        }
        forms.add("لل" + bare);
        return forms;
    }

    /**
     * A regular-expression lookbehind for the start of a word, or for one of {@code proclitics} glued on
     * before it and left out of the match: after no letter, or after one of them that itself follows no
     * letter (وثمانينيات، بشهر; not the رئيس of الرئيس).
     */
    public static String wordStartAfter(String proclitics) {
        return "(?<![\\p{L}&&[^" + proclitics + "]])(?<!\\p{L}[" + proclitics + "])";
    }
}
