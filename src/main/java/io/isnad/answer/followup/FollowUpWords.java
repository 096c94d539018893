package io.isnad.answer.followup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.PostQuestion;
import io.isnad.answer.shortanswer.KnownNames;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Which of a question's evidence terms the user typed: in a follow-up its own words, not those carried into
 * the text it was searched by from the earlier question. The extractive answerer weighs the evidence and ranks
 * the new words by it; the follow-up declines read it too.
 */
public final class FollowUpWords {

    /** "Else", "besides": with {@link ArabicStopWords#BESIDES}, what {@link #asksBesides} reads. */
    private static final Set<String> ENGLISH_BESIDES = Set.of("else", "besides");

    private FollowUpWords() {
    }

    /**
     * Whether the user typed a term: in a follow-up, not one carried from an earlier question. So also in
     * a follow-up answered alone after its earlier question was declined
     * ({@link io.isnad.answer.ExtractiveAnswerer#answer}): it has no previous answer, but its searched text
     * still carries the earlier question's words, and "And how many were wounded?" must tie its number to
     * the wounded there too, not to the carried "killed".
     */
    public static Predicate<EvidenceTerm> typedIn(AskedQuestion question) {
        return question.previous().isEmpty() && question.text().equals(question.asked()) ? term -> true
                : mentionedIn(asksPost(question) ? PostQuestion.withoutAskingWords(question.asked())
                        : question.asked());
    }

    /**
     * Per evidence term, whether the user typed it in a follow-up and the previous question did not
     * ask it ({@link #askedIn}): the follow-up's own verb or focus ("What did he accuse?"), by which a sentence
     * answers something the previous answer did not. None outside a follow-up.
     */
    public static boolean[] newWords(List<EvidenceTerm> evidence, AskedQuestion question) {
        boolean[] asked = new boolean[evidence.size()];
        if (question.previous().isEmpty()) {
            return asked;
        }
        Predicate<EvidenceTerm> typed = typedIn(question);
        Predicate<EvidenceTerm> askedBefore = askedIn(evidence, question.previous().get().question());
        for (int t = 0; t < asked.length; t++) {
            asked[t] = typed.test(evidence.get(t)) && !askedBefore.test(evidence.get(t));
        }
        return asked;
    }

    /**
     * {@code newWords} less the places a follow-up names in place of one its previous question named ("and
     * russia's role?" after Iran's part, "وفي حمص؟" after Aleppo): a place the lexicon knows that the user typed
     * anew, when the previous question named a place the follow-up does not name again. The follow-up asks the
     * same of another party, and the sentence the user was shown names the new one, if at all, beside the one it
     * answered for ("…بين إيران وروسيا وسوريا…"): holding it says nothing of the new party's part.
     */
    public static boolean[] withoutContrastedPlaces(boolean[] newWords, List<EvidenceTerm> evidence,
            AskedQuestion question) {
        if (question.previous().isEmpty()) {
            return newWords;
        }
        Set<String> typed = Set.copyOf(placeWords(question.asked()));
        boolean replaced = placeWords(question.previous().get().question()).stream().anyMatch(w -> !typed.contains(w));
        if (!replaced) {
            return newWords;
        }
        boolean[] kept = newWords.clone();
        for (int t = 0; t < kept.length; t++) {
            kept[t] &= !isPlace(evidence.get(t).label());
        }
        return kept;
    }

    /** The words of {@code text}, folded and lower-cased, that name a place the lexicon knows. */
    private static List<String> placeWords(String text) {
        return ArabicTextNormalizer.words(text).stream().map(FollowUpWords::bare).filter(FollowUpWords::isPlace)
                .toList();
    }

    /** Whether a term's label is a place or demonym the lexicon knows, English or Arabic. */
    private static boolean isPlace(String label) {
        String word = bare(label);
        return KnownNames.englishPlace(word) || KnownNames.place(word);
    }

    /** A word lower-cased, without an English possessive ("russia's" → russia). */
    private static String bare(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /**
     * Whether a follow-up asks for the post of the person the previous answer named ("وهو بيشتغل ايه؟"):
     * its asking word (بيشتغل, searched as يعمل) is not a word the user wants found, so it weighs as the
     * carried words do, and the sentence that named the person may answer again by the title it gives
     * ({@link io.isnad.answer.sentence.SentenceChooser#rank}). Without this the word drew any line that
     * holds يعمل.
     */
    public static boolean asksPost(AskedQuestion question) {
        return question.previous().isPresent() && PostQuestion.asks(question.asked(), question.analysis().type());
    }

    /**
     * Whether a follow-up asks for more of what it names ("what else did they grab besides the depots",
     * "ماذا أخذوا سوى المخازن؟"): the rest of a list the shown answer began, which the sentence the user was
     * shown may hold ("…استولت على مخازن أسلحة وعدد من المركبات المدرعة"), so it may be quoted again
     * ({@link io.isnad.answer.sentence.SentenceChooser#rank}).
     */
    public static boolean asksForMore(AskedQuestion question) {
        return question.previous().isPresent() && asksBesides(question.asked());
    }

    /**
     * Whether a question asks for others than the ones it names, by "else", "besides" or {@link
     * ArabicStopWords#BESIDES} (سوى، عدا، بخلاف): "Who else took part in…?", "ماذا أخذوا سوى المخازن؟".
     */
    public static boolean asksBesides(String question) {
        return ArabicTextNormalizer.words(question).stream().map(w -> w.toLowerCase(Locale.ROOT))
                .anyMatch(w -> ENGLISH_BESIDES.contains(w) || ArabicStopWords.BESIDES.contains(w));
    }

    /**
     * Whether {@code earlier}, a previous question of the conversation, asked a term: it names the term
     * ({@link #mentionedIn}), or a term it names is searched by one of the term's forms, so the follow-up only
     * calls the thing asked before by another word. "and which rebel faction did those fighters belong to?" after
     * whose vehicle the opposition fighters drove searches its "rebel" as معارض، مقاتل, as the opposition and the
     * fighters were: the shown "مقاتلون من المعارضة السورية يقودون مركبة…" writing it answers nothing new, and
     * names no faction. "why did the rebels pick that day to strike?" after the truce that came into force the
     * day the rebels launched their attack asks why that day, and its "strike", searched as هجوم, is the attack
     * asked before: a sentence holding it does not say why the day was picked. The joins of two neighbouring
     * words the search adds to a word's forms ("بور هاشمي" as بورهاشمي) are left out: every word shares one with
     * the word beside it.
     *
     * @param evidence the query's evidence terms, among them those {@code earlier} names
     */
    public static Predicate<EvidenceTerm> askedIn(List<EvidenceTerm> evidence, String earlier) {
        Predicate<EvidenceTerm> named = mentionedIn(earlier);
        Set<String> labels = evidence.stream().map(EvidenceTerm::label).collect(Collectors.toSet());
        Set<String> searched = evidence.stream().filter(named).flatMap(t -> t.forms().stream())
                .filter(form -> !joinsTwo(form, labels)).collect(Collectors.toSet());
        return named.or(term -> term.forms().stream().anyMatch(searched::contains));
    }

    /** Whether {@code form} is two of {@code labels}, two neighbouring words' stems, written together. */
    private static boolean joinsTwo(String form, Set<String> labels) {
        for (int i = 1; i < form.length(); i++) {
            if (labels.contains(form.substring(0, i)) && labels.contains(form.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a question's text names a term, by its label: the text is folded once, not once per term.
     * Also as the question was searched ({@link ArabicDialectWords#inStandard}): a dialect word's
     * Standard word ("يروح" searched as ذهب, "رح يزور" as سيزور) is a word the user typed.
     */
    public static Predicate<EvidenceTerm> mentionedIn(String text) {
        String normalized = ArabicTextNormalizer.normalize(text);
        String folded = (normalized + " " + ArabicDialectWords.inStandard(normalized)).toLowerCase(Locale.ROOT);
        return term -> folded.contains(term.label().toLowerCase(Locale.ROOT));
    }
}
