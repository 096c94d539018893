package io.isnad.answer.abstain;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.shortanswer.AskedByNoun;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicWeaponWords;
import io.isnad.retrieve.lexicon.Lexicon;

/**
 * The check of an answer that declines it whatever the abstention model says when the question asks which weapon
 * and no sentence the answer quotes names one by its kind, one kind of {@link Decline} (the others are in {@link
 * Declines}, {@link PlaceDeclines} and the other {@code *Declines}).
 */
public final class WeaponDeclines {

    private static final Lexicon POLITICS = Lexicon.builtin(Lexicon.POLITICS);

    private WeaponDeclines() {
    }

    /**
     * Whether a question asks which weapon ({@link #asksWeapon}: "What weapons did HTS find in the Syrian army
     * depots it seized?"، "…بدقه كبيره بايه؟ صواريخ ولا مسيرات") and no quoted sentence names a weapon by its kind
     * ({@link ArabicWeaponWords#namesKind}). A sentence that writes only the general noun ("استولت على مخازن أسلحة
     * وعدد من المركبات المدرعة") or none ("استهدفت بدقة كبيرة مواقع قيادية") tells the deed the question takes as
     * given, which the abstention model weighs, and not the weapon it asks (docs/answers.md, "neg61").
     */
    public static boolean noneNamed(AskedQuestion question, List<String> quoted) {
        // Tested first: none is quoted unless Declines.readsQuoted, which read the question's words, found a check.
        if (quoted.isEmpty()) {
            return false;
        }
        return asksWeapon(question) && quoted.stream().noneMatch(ArabicWeaponWords::namesKind);
    }

    /**
     * Whether a question asks which weapon: a which-word before a weapon's general noun ({@link
     * ArabicWeaponWords#GENERAL}; an English word read by its Arabic translations: weapons, arms, ammunition), as
     * {@link AskedByNoun#asksWhich} reads one ("ما الأسلحة…"، "what weapons…"), or أي glued to a preposition before
     * it (بأي سلاح) or the Egyptian إيه after it (سلاح إيه); or two weapon kinds as alternatives ("صواريخ ولا
     * مسيرات"، "rockets or drones").
     */
    static boolean asksWeapon(AskedQuestion question) {
        List<String> words = question.analysis().words();
        Predicate<String> kind = question.english() ? w -> translated(w, ArabicWeaponWords::kind)
                : ArabicWeaponWords::kind;
        return asksWhich(question, ArabicWeaponWords::general)
                || IntStream.range(1, words.size() - 1).anyMatch(i -> ArabicQuestionWords.OR.contains(words.get(i))
                        && kind.test(words.get(i - 1)) && kind.test(words.get(i + 1)));
    }

    /**
     * Whether a question asks which one of a noun {@code arabic} reads (an English word by its Arabic
     * translations): a which-word before it, as {@link AskedByNoun#asksWhich} reads one, or أي glued to a
     * preposition before it (بأي سلاح) or the Egyptian إيه after it (سلاح إيه). Read for a weapon here and for a
     * faction by {@link FactionDeclines}.
     */
    static boolean asksWhich(AskedQuestion question, Predicate<String> arabic) {
        List<String> words = question.analysis().words();
        Predicate<String> noun = question.english() ? w -> translated(w, arabic) : arabic;
        return IntStream.range(0, words.size()).anyMatch(i -> AskedByNoun.asksWhich(words, i, noun, noun)
                || i + 1 < words.size() && (ArabicQuestionWords.WHICH_AFTER_PREPOSITION.contains(words.get(i))
                        && noun.test(words.get(i + 1))
                        || noun.test(words.get(i)) && ArabicQuestionWords.WHICH_AFTER_NOUN.contains(words.get(i + 1))));
    }

    /** Whether a translation of an English word the politics lexicon gives is a word {@code arabic} reads. */
    private static boolean translated(String english, Predicate<String> arabic) {
        return POLITICS.translatedWords(english).stream().anyMatch(arabic);
    }
}
