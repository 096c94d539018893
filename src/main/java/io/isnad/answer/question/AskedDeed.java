package io.isnad.answer.question;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The verb an Arabic who-question asks the doer of: the first word after the relative pronoun that follows
 * its question word ("من هو الحاكم الألماني الذي دعا الهوغونوتيين…؟" → دعا), or the word right after the
 * question word when no relative pronoun follows and it looks like a conjugated verb ("من يقود الفريق؟" → يقود;
 * not the noun of "من رئيس الوزراء؟") or, right after the question's opening من, a past verb of three letters
 * ("من قتل الحسين؟" → قتل). Arabic opens a sentence with its verb and names the doer right after it
 * ("دعا فريدريك وليام، ناخب براندنبورغ، الهوغونوتيين…"), so a sentence opening with the asked verb names who did
 * it, with or without a title the person finder reads ({@code SentenceChooser.namesDoer}).
 */
public final class AskedDeed {

    /** The glued pronoun that refers back to each relative pronoun, folded (the dialects' اللي to any). */
    private static final Map<String, List<String>> RESUMPTIVE = Map.of("الذي", List.of("ه"), "التي", List.of("ها"),
            "الذين", List.of("هم"), "اللذان", List.of("هما"), "اللذين", List.of("هما"), "اللتان", List.of("هما"),
            "اللتين", List.of("هما"), "اللواتي", List.of("هن"), "اللاتي", List.of("هن"),
            "اللي", List.of("ه", "ها", "هم", "هما", "هن"));

    /** The letters of a past verb of the simple pattern (فعل): قتل، قاد، كتب. */
    private static final int PAST_LETTERS = 3;

    private AskedDeed() {
    }

    /** The folded verb {@code question} asks the doer of; none when it asks no who or names no verb. */
    public static Optional<String> verb(String question) {
        List<String> words = ArabicTextNormalizer.words(question);
        int who = -1;
        for (int i = 0; i < words.size() && who < 0; i++) {
            if (ArabicQuestionWords.WHO.contains(words.get(i))) {
                who = i;
            }
        }
        if (who < 0) {
            return Optional.empty();
        }
        int verb = -1;
        for (int i = who + 1; i < words.size() - 1 && verb < 0; i++) {
            if (ArabicStopWords.opensRelativeClause(words.get(i))) {
                if (pointsBack(words.get(i), words.get(i + 1))) {
                    return Optional.empty();
                }
                verb = i + 1;
            }
        }
        if (verb < 0 && who + 1 < words.size() && (ArabicRootSkeleton.looksConjugated(words.get(who + 1))
                || who == 0 && bareSoundPast(words.get(who + 1)))) {
            verb = who + 1;
        }
        // A stop word there is no deed: كان, a preposition.
        return verb >= 0 && !ArabicStopWords.contains(words.get(verb)) ? Optional.of(words.get(verb))
                : Optional.empty();
    }

    /**
     * Whether a folded word after the who-word opening a question reads as a past verb of three letters, which
     * carries no mark of a verb ("من قتل الحسين بن على؟"): three letters, not opening with ا (the elative أفعل:
     * أول، أهم) and no stop word. A noun of three letters right after the opening من is rare, since a
     * who-question names the asked person's post with the article or a longer word ("من رئيس الوزراء؟").
     */
    private static boolean bareSoundPast(String word) {
        return word.length() == PAST_LETTERS && word.charAt(0) != 'ا' && !ArabicStopWords.contains(word)
                && ArabicTextNormalizer.ARABIC_WORD.matcher(word).matches();
    }

    /**
     * Whether the relative clause's verb carries a glued pronoun that agrees with its relative pronoun: the
     * clause's object is then the relative itself, and the question asks whom the deed befell, not who did it
     * ("من الذين هزمهم البرونكوس…؟": whom the Broncos beat, named after "هزم البرونكوس").
     */
    private static boolean pointsBack(String relative, String verb) {
        return RESUMPTIVE.getOrDefault(ArabicProclitics.withoutConjunction(relative, 3), List.of()).stream()
                .anyMatch(pronoun -> verb.endsWith(pronoun) && verb.length() - pronoun.length() >= 2);
    }
}
