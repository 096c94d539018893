package io.isnad.answer.question;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * An Arabic question's type, head noun and counted noun, from its question words (Standard and
 * dialect, {@link ArabicQuestionWords}) and the nouns after or before them.
 */
final class ArabicQuestionTyper {

    /** أي, folded: the which-word the glued forms stand for, and one that also asks late ({@link #lateArabicType}). */
    private static final String ANY_WHICH = "اي";

    private ArabicQuestionTyper() {
    }

    /**
     * The noun right after an Arabic how-many word (كم مقاطعة، كم من محافظة): what the answer
     * counts, so "22 مقاطعة" answers it whole. "" after "كم عدد…" (the noun after عدد is not
     * repeated after the number) and in English.
     */
    static String counted(List<String> words) {
        for (int i = 0; i < Math.min(QuestionAnalyzer.LEAD_WORDS, words.size() - 1); i++) {
            if (ArabicQuestionWords.HOW_MANY.contains(questionWord(words.get(i)))) {
                int at = ArabicQuestionWords.COUNT_PARTITIVES.contains(words.get(i + 1)) && i + 2 < words.size()
                        ? i + 2 : i + 1;
                String next = words.get(at);
                return ArabicStopWords.contains(next) || ArabicQuestionWords.QUANTITY_NOUNS.contains(next)
                        || next.equals(ArabicQuestionWords.ONE) || beforeQuantity(words, at) ? "" : next;
            }
        }
        return "";
    }

    /**
     * Whether the word at {@code at} stands before a quantity noun: "كم تصل نسبة العرب"، "كم تبلغ
     * مساحة…"، "كم يبلغ عدد…" put a verb between كم and the quantity it asks, and the verb is no noun
     * the answer counts (a counted noun is followed by its verb or complement, never by a quantity).
     */
    private static boolean beforeQuantity(List<String> words, int at) {
        return at + 1 < words.size() && ArabicQuestionWords.QUANTITY_NOUNS.contains(words.get(at + 1));
    }

    /** The noun after عدد (كم عدد النساء), else the noun right after كم (كم امرأة). */
    static String tallied(List<String> words, String counted) {
        String afterCount = afterCountNoun(words);
        return afterCount.isEmpty() ? counted : afterCount;
    }

    /**
     * The noun after عدد among the lead words (كم عدد النساء، ما هو عدد الدول، كم بلغ عدد الضحايا,
     * where the word after كم is a verb), "" when none.
     */
    private static String afterCountNoun(List<String> words) {
        for (int i = 0; i < Math.min(QuestionAnalyzer.LEAD_WORDS + 1, words.size() - 1); i++) {
            if (ArabicQuestionWords.COUNT_NOUNS.contains(words.get(i))) {
                String next = words.get(i + 1);
                return ArabicStopWords.contains(next) ? "" : next;
            }
        }
        return "";
    }

    static Typing type(List<String> words) {
        for (int i = 0; i < Math.min(QuestionAnalyzer.LEAD_WORDS, words.size()); i++) {
            String w = questionWord(words.get(i));
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            // لم after the first word is "did not" (ولم يعد…), not "why".
            Optional<QuestionType> asked = w.equals("لم") && i > 0 ? Optional.empty() : askedBy(w);
            Optional<QuestionType> byNounBefore = nounBefore(words, i, w);
            if (byNounBefore.isPresent()) {
                return new Typing(byNounBefore.get(), true);
            }
            if (asked.isPresent()) {
                return new Typing(asked.get());
            }
            if (ArabicQuestionWords.YES_NO.contains(w)) {
                return new Typing(QuestionType.YESNO);
            }
            if (ArabicQuestionWords.WHICH.contains(w) || ArabicQuestionWords.WHAT.contains(w)) {
                // ما هو عدد… / ما هي عاصمة… / أي عام…: the noun after the pronoun decides, and after
                // اسم the named noun (ما اسم القلعة asks for a castle's name, ما اسم قائد… for a person's).
                int at = ArabicStopWords.PRONOUNS.contains(next) ? i + 2 : i + 1;
                if (hisNameAt(words, at)) {
                    return new Typing(QuestionType.PERSON);
                }
                boolean named = at < words.size()
                        && ArabicQuestionWords.NAME.equals(ArabicTextNormalizer.withoutArticle(words.get(at)));
                if (named) {
                    at++;
                }
                QuestionType byNoun = at < words.size() ? arabicNounType(words.get(at)) : QuestionType.OTHER;
                if (byNoun != QuestionType.OTHER) {
                    return new Typing(byNoun, true);
                }
                if (named) {
                    return new Typing(QuestionType.OTHER, false, true);
                }
                if (namesFinalResult(words)) {
                    return new Typing(QuestionType.NUMBER, true);
                }
                return new Typing(ArabicQuestionWords.WHICH.contains(w) ? QuestionType.OTHER : whatType(next));
            }
            if (ArabicQuestionWords.WHO.contains(w)) {
                // "من أين" asks where; otherwise من opens a who-question unless it is a preposition.
                if (ArabicQuestionWords.WHERE.contains(next)) {
                    return new Typing(QuestionType.PLACE);
                }
                if (prepositionBefore(next)) {
                    continue;
                }
                // "من هي الدول…؟"، "شكون هوما الدول…؟": a who-word before a pronoun and a noun of places asks which
                // places, as "ما هي الدول" does; Arabic asks of states with من as of people.
                if (ArabicStopWords.PRONOUNS.contains(next) && i + 2 < words.size()
                        && arabicNounType(words.get(i + 2)) == QuestionType.PLACE) {
                    return new Typing(QuestionType.PLACE, true);
                }
                // The dialect who-words (مين، منو، شكون) are never a preposition: "عراقجي قابل مين في
                // دمشق؟" asks who as surely as a question that opens with them.
                if (i == 0 || ArabicStopWords.PRONOUNS.contains(next) || ArabicQuestionWords.ANYWHERE.contains(w)) {
                    return new Typing(QuestionType.PERSON);
                }
            }
        }
        Typing late = lateArabicType(words);
        return late.type() == QuestionType.OTHER && ArabicQuestionWords.closesOnOrNot(words)
                ? new Typing(QuestionType.YESNO) : late;
    }

    /**
     * Whether a what-question names "the final result" ({@link ArabicQuestionWords#FINAL_RESULT}) anywhere, also past
     * its verb (ماذا كانت النتيجة النهائية للمباراة): it asks the score, a figure.
     */
    private static boolean namesFinalResult(List<String> words) {
        List<String> bare = words.stream().map(ArabicTextNormalizer::withoutArticle).toList();
        return Collections.indexOfSubList(bare, ArabicQuestionWords.FINAL_RESULT) >= 0;
    }


    /**
     * The type the question word {@code w} at {@code i} takes from the noun before it, empty when it
     * takes none: a how-many word after a noun of time ("ابتدت سنة كام؟" asks which year, as "أي سنة"
     * does, where "كم سنة" asks how many years), and the Egyptian إيه after any noun that types a
     * question (يوم إيه asks when, بلد إيه where, as أي يوم and أي بلد do).
     */
    private static Optional<QuestionType> nounBefore(List<String> words, int i, String w) {
        if (i == 0) {
            return Optional.empty();
        }
        QuestionType noun = arabicNounType(words.get(i - 1));
        boolean typed = ArabicQuestionWords.HOW_MANY.contains(w) ? noun == QuestionType.DATE
                : ArabicQuestionWords.WHICH_AFTER_NOUN.contains(w) && noun != QuestionType.OTHER;
        return typed ? Optional.of(noun) : Optional.empty();
    }

    /**
     * Whether من before {@code next} is the preposition, not "who": before another question word
     * (من أي، من كم محافظة، من ماذا، من متى), which types the question, or in "من بين" (among).
     */
    private static boolean prepositionBefore(String next) {
        return ArabicQuestionWords.ALL.contains(next) || next.equals("بين");
    }

    /**
     * A question with no question word among its first words may hold one further on: the dialects put
     * it last ("الفصائل بدأت العملية إمتى؟"), and a long preamble may come first ("من بين سكان وارسو في
     * عام 1901، كم كانت النسبة"). Only words that are nothing but question words count there
     * ({@link ArabicQuestionWords#ANYWHERE}), and أي (بأي، في أي) before a noun that types a question: "الطيران
     * ضرب بحلب، بأي تاريخ؟" asks when as "في أي تاريخ ضرب…" does. Not after a negation, where أي is "any" ("لم
     * يحدد أي موعد").
     */
    private static Typing lateArabicType(List<String> words) {
        for (int i = QuestionAnalyzer.LEAD_WORDS; i < words.size(); i++) {
            String w = questionWord(words.get(i));
            Optional<QuestionType> byNounBefore = nounBefore(words, i, w);
            if (byNounBefore.isPresent()) {
                return new Typing(byNounBefore.get(), true);
            }
            QuestionType byNounAfter = ANY_WHICH.equals(w) && i + 1 < words.size() && !negatedBefore(words, i)
                    ? arabicNounType(words.get(i + 1)) : QuestionType.OTHER;
            if (byNounAfter != QuestionType.OTHER) {
                return new Typing(byNounAfter, true);
            }
            if (ArabicQuestionWords.WHAT.contains(w) && hisNameAt(words, i + 1)
                    && arabicNounType(topic(words)) == QuestionType.PERSON) {
                return new Typing(QuestionType.PERSON, true);
            }
            if (!ArabicQuestionWords.ANYWHERE.contains(w)) {
                continue;
            }
            // The rest of ANYWHERE are the dialect who-words (مين، منو، شكون).
            return new Typing(askedBy(w).orElse(QuestionType.PERSON));
        }
        return new Typing(QuestionType.OTHER);
    }

    /**
     * Whether "his name" ({@link ArabicQuestionWords#HIS_NAME}) stands at {@code at}, or after a "was" there ({@link
     * ArabicDialectWords#isWas}): "شو اسمه؟" and "وش كان اسمه؟" both ask the name of someone named before.
     */
    private static boolean hisNameAt(List<String> words, int at) {
        int name = at < words.size() && ArabicDialectWords.isWas(at > 0 ? words.get(at - 1) : "", words.get(at))
                ? at + 1 : at;
        return name < words.size() && ArabicQuestionWords.HIS_NAME.contains(words.get(name));
    }

    /**
     * The noun a question opens on, past a turn's "well" ({@link ArabicStopWords#TURN_OPENERS}) and without a glued
     * conjunction: the one a "his name" put last points back at ("طيب ووزير خارجية إيران ذاك الوقت، وش كان
     * اسمه؟" asks a minister's name, "الطريق السريع… وش اسمه؟" a road's); "" when the question opens on none.
     */
    private static String topic(List<String> words) {
        int first = !words.isEmpty() && ArabicStopWords.TURN_OPENERS.contains(words.getFirst()) ? 1 : 0;
        return first < words.size() ? ArabicProclitics.withoutConjunction(words.get(first), 2) : "";
    }

    /** Whether a negation ({@link ArabicStopWords#NEGATIONS}) stands among the words before {@code at}. */
    private static boolean negatedBefore(List<String> words, int at) {
        return words.subList(0, at).stream().anyMatch(ArabicStopWords.NEGATIONS::contains);
    }

    /** The type a question word asks for by itself: when, where, how many, why, how. */
    private static Optional<QuestionType> askedBy(String word) {
        if (ArabicQuestionWords.WHEN.contains(word)) {
            return Optional.of(QuestionType.DATE);
        }
        if (ArabicQuestionWords.WHERE.contains(word)) {
            return Optional.of(QuestionType.PLACE);
        }
        if (ArabicQuestionWords.HOW_MANY.contains(word)) {
            return Optional.of(QuestionType.NUMBER);
        }
        if (ArabicQuestionWords.WHY.contains(word)) {
            return Optional.of(QuestionType.REASON);
        }
        if (ArabicQuestionWords.HOW.contains(word)) {
            return Optional.of(QuestionType.DESCRIPTION);
        }
        return Optional.empty();
    }

    /** ما هو/ما هي + a plain noun asks for a definition; ماذا asks for something done or said. */
    private static QuestionType whatType(String next) {
        return ArabicStopWords.PRONOUNS.contains(next) ? QuestionType.DESCRIPTION : QuestionType.OTHER;
    }

    private static QuestionType arabicNounType(String noun) {
        String bare = ArabicProclitics.withoutFirst(noun, ArabicProclitics.ARTICLE_ALONE, 2);
        if (ArabicQuestionWords.TIME_NOUNS.contains(noun) || ArabicQuestionWords.TIME_NOUNS.contains(bare)) {
            return QuestionType.DATE;
        }
        if (ArabicQuestionWords.PLACE_NOUNS.contains(noun) || ArabicQuestionWords.PLACE_NOUNS.contains(bare)) {
            return QuestionType.PLACE;
        }
        if (ArabicQuestionWords.QUANTITY_NOUNS.contains(noun) || ArabicQuestionWords.QUANTITY_NOUNS.contains(bare)) {
            return QuestionType.NUMBER;
        }
        if (ArabicQuestionWords.PERSON_NOUNS.contains(noun) || ArabicQuestionWords.PERSON_NOUNS.contains(bare)) {
            return QuestionType.PERSON;
        }
        if (ArabicQuestionWords.REASON_NOUNS.contains(noun) || ArabicQuestionWords.REASON_NOUNS.contains(bare)) {
            return QuestionType.REASON;
        }
        return QuestionType.OTHER;
    }

    /**
     * The noun an Arabic question asks about: after كم (كم عدد) the noun counted; after ما/شو with or
     * without هو/هي the noun that follows (past اسم and a quantity noun: ما اسم المطار، ما عدد
     * الدول); after أي its noun; after من/مين the definite noun, or any noun after هو/هي (من هو
     * رئيس…). ماذا and a من without a pronoun open a question about a deed (ماذا قال، من قتل), and a
     * word that looks like a conjugated verb is no head either.
     */
    static String head(List<String> words) {
        for (int i = 0; i < Math.min(QuestionAnalyzer.LEAD_WORDS, words.size()); i++) {
            String w = questionWord(words.get(i));
            int j = i + 1;
            boolean pronoun = j < words.size() && ArabicStopWords.PRONOUNS.contains(words.get(j));
            if (ArabicQuestionWords.HOW_MANY.contains(w)) {
                j += j < words.size() && ArabicQuestionWords.COUNT_PARTITIVES.contains(words.get(j)) ? 1 : 0;
                return arabicNoun(words, pastNameOrQuantity(words, j));
            }
            if (ArabicQuestionWords.WHICH.contains(w) && !ArabicQuestionWords.WHAT.contains(w)) {
                return arabicNoun(words, j);
            }
            if (ArabicQuestionWords.WHAT.contains(w)) {
                boolean deed = ArabicQuestionWords.WHAT_DEED.contains(w) && !pronoun;
                return deed ? "" : arabicNoun(words, pastNameOrQuantity(words, pronoun ? j + 1 : j));
            }
            if (ArabicQuestionWords.WHO.contains(w) && (i == 0 || pronoun)) {
                if (j < words.size() && prepositionBefore(words.get(j))) {
                    continue;
                }
                int at = pronoun ? j + 1 : j;
                boolean definite = at < words.size() && words.get(at).startsWith("ال");
                return pronoun || definite ? arabicNoun(words, at) : "";
            }
            if (ArabicQuestionWords.ALL.contains(w)) {
                return "";
            }
        }
        return "";
    }

    /** Whether a what-word, with or without هو/هي, is followed by اسم (ما اسم…، شو اسم…، ما هو اسم…). */
    static boolean asksNameOf(List<String> words) {
        for (int i = 0; i < Math.min(QuestionAnalyzer.LEAD_WORDS, words.size()); i++) {
            if (ArabicQuestionWords.WHAT.contains(questionWord(words.get(i)))) {
                int at = i + 1 < words.size() && ArabicStopWords.PRONOUNS.contains(words.get(i + 1)) ? i + 2 : i + 1;
                return at < words.size()
                        && ArabicQuestionWords.NAME.equals(ArabicTextNormalizer.withoutArticle(words.get(at)));
            }
        }
        return false;
    }

    /** Past اسم or a quantity noun (ما اسم…، كم عدد…، ما نسبة…): the noun after it is what is asked. */
    private static int pastNameOrQuantity(List<String> words, int at) {
        if (at + 1 < words.size()) {
            String bare = ArabicTextNormalizer.withoutArticle(words.get(at));
            if (bare.equals(ArabicQuestionWords.NAME) || ArabicQuestionWords.QUANTITY_NOUNS.contains(bare)) {
                return at + 1;
            }
        }
        return at;
    }

    /**
     * The word at {@code at} if it is a content noun: no stop or question word, no conjugated verb,
     * no noun of time or quantity (كم يبلغ، كم توجد: a verb after كم asks for the figure alone).
     */
    private static String arabicNoun(List<String> words, int at) {
        if (at >= words.size()) {
            return "";
        }
        String w = words.get(at);
        String bare = ArabicTextNormalizer.withoutArticle(w);
        boolean kind = ArabicQuestionWords.TIME_NOUNS.contains(w) || ArabicQuestionWords.TIME_NOUNS.contains(bare)
                || ArabicQuestionWords.QUANTITY_NOUNS.contains(bare);
        boolean function = ArabicStopWords.contains(w) || ArabicQuestionWords.ALL.contains(w)
                || !Character.isLetter(w.charAt(0));
        // The dialects' "one" counts people (كم واحد), and "his name" names no noun (شو اسمه).
        boolean pointer = w.equals(ArabicQuestionWords.ONE) || ArabicQuestionWords.HIS_NAME.contains(w);
        boolean verb = ArabicRootSkeleton.looksConjugated(w);
        return kind || function || verb || pointer ? "" : w;
    }

    /**
     * The question word {@code word} is, without the conjunction و/ف glued to it (ومتى، فأين); أي also for the
     * forms with a glued preposition ({@link ArabicQuestionWords#WHICH_AFTER_PREPOSITION}: بأي، لأي، وبيا), which
     * ask "which" of the noun after them as أي does.
     */
    static String questionWord(String word) {
        String rest = ArabicProclitics.withoutConjunction(word, 2);
        String bare = ArabicQuestionWords.ALL.contains(rest) ? rest : word;
        return ArabicQuestionWords.WHICH_AFTER_PREPOSITION.contains(bare) ? ANY_WHICH : bare;
    }
}
