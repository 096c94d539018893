package io.isnad.answer.question;

import java.util.List;
import java.util.Set;

import io.isnad.ingest.arabic.ArabicCalendarWords;

/**
 * What a question asks for.
 *
 * @param type the kind of answer asked for
 * @param focus the question's content words, folded, in order: what the answer is about
 * @param counted the noun a how-many question counts, folded ("كم مقاطعة" → مقاطعه), or "" when
 *        the question names none right after its question word
 * @param tallied the noun a how-many question counts wherever it names it: the noun after عدد (كم
 *        عدد النساء → النساء, كم بلغ عدد الضحايا → الضحايا), else {@code counted}, or the English
 *        noun after "how many", lower-cased (children; forced fumbles → fumbles), "" when none. A
 *        number right after it answers the question, in whatever form the sentence names it (31
 *        امرأة for النساء), but unlike {@code counted} it is not kept with the number
 * @param byNoun whether the type was read from the noun after "what"/"which" (ما نسبة…، أي مدينة،
 *        which year) rather than from a question word that asks for the kind outright (متى، كم، من،
 *        when, how many): such a noun often asks for less than its kind ("ما نسبة شيوع…" for a
 *        phrase, "ما الدرجة…" for a degree, not a figure)
 * @param asksName whether the question asks for the name of a thing (ما اسم القلعة، what is the
 *        name of the castle): one name, that one sentence gives, though no span kind finds it
 * @param asksNameOfHead whether the question asks for the name of its head noun whatever kind that noun types it
 *        as (ما اسم وزير الدفاع is a who-question that asks for a name all the same; what is the name of the
 *        force…), which is declined when its answer gives none ({@code DraftDeclines.givesNoName}). Read with the
 *        type from the same words: that check split every answered question anew for it
 * @param head the noun the question asks about, folded and lower-cased (ما هي العملة… → العمله, who is
 *        the president of… → president, which university… → university, كم عدد الدول… → الدول), or ""
 *        when the question word is followed by a verb (who leads…, ماذا قال…), by a name, or by a noun
 *        of time or quantity that a date or figure answers without repeating it (أي عام، what year)
 * @param searchBoxKind the kind of answer an English question left untyped names by a noun, as typed into a
 *        search box with no question word ("bagheri visit damascus date" → {@link QuestionType#DATE}, "iran
 *        consulate strike casualties" → {@link QuestionType#NUMBER}); {@link QuestionType#OTHER} for an Arabic
 *        question, one typed by its question word, or one that names no kind. The query is not typed by it:
 *        the type also chooses the sentence and the short answer, and such a noun is read only to check the
 *        answer gives what it names (docs/answers.md, "unans42"). Read with the type from the words folded
 *        once: three checks of every question read it, and each folded the question anew
 *        (docs/performance.md, "perf43")
 * @param lateType the figure, date, place or person an English question left untyped asks by a question word
 *        past its lead words ({@link EnglishQuestionTyper#lateType}: "Of Warsaw's inhabitants in 1901, what
 *        percentage was Catholic?" → {@link QuestionType#NUMBER}, "… based in which country" → {@link
 *        QuestionType#PLACE}), read for its short answer only; {@link QuestionType#OTHER} for
 *        any other question, and for one asking a name, which is declined when its answer gives none
 *        ({@code DraftDeclines.givesNoName}). Read with the type from the same words: the short answer split the
 *        question anew for it (docs/answers.md, "em45")
 * @param words the question's words as {@link io.isnad.ingest.arabic.ArabicTextNormalizer#words} folds them,
 *        the unit the word lists read a question in (a day or month named, a reply or a topic asked, a place in
 *        a series, a counted noun): folded once here, where each of these checks folded it anew
 *        (docs/performance.md, "perf44")
 * @param monthsAsked the months (1 to 12) the question names ({@link ArabicCalendarWords#monthsAsked}: تموز،
 *        July), empty when it names none: read off {@code words} here, where finding whether to read the quoted
 *        sentences and the check of the month asked ({@code TimeDeclines.otherMonth}) each worked them out anew
 * @param dayAsked the day of a month (1 to 31) the question names ({@link ArabicCalendarWords#dayOfMonth}: "on
 *        December 5", في الخامس من ديسمبر), 0 when it names none: read off {@code words} here for the same reason,
 *        as {@code Declines.readsQuoted} and the check of the day asked ({@code TimeDeclines.otherDay}) each
 *        worked it out anew
 * @param weekdaysAsked the weekdays (0 Saturday to 6 Friday) the question names ({@link
 *        ArabicCalendarWords#weekdays}: "by Saturday", يوم الأحد), empty when it names none: read off {@code words}
 *        here for the same reason, for {@code Declines.readsQuoted} and the check of the weekday asked
 *        ({@code TimeDeclines.otherWeekday})
 */
public record QuestionAnalysis(QuestionType type, List<String> focus, String counted, String tallied,
        boolean byNoun, boolean asksName, boolean asksNameOfHead, String head, QuestionType searchBoxKind,
        QuestionType lateType, List<String> words, Set<Integer> monthsAsked, int dayAsked,
        Set<Integer> weekdaysAsked) {

    public QuestionAnalysis {
        focus = List.copyOf(focus);
        words = List.copyOf(words);
        monthsAsked = Set.copyOf(monthsAsked);
        weekdaysAsked = Set.copyOf(weekdaysAsked);
    }

    /**
     * The same analysis with other focus words: the short answer looks for the question's own words with their
     * translations and standard forms.
     */
    public QuestionAnalysis withFocus(List<String> otherFocus) {
        return new QuestionAnalysis(type, otherFocus, counted, tallied, byNoun, asksName, asksNameOfHead, head,
                searchBoxKind, lateType, words, monthsAsked, dayAsked, weekdaysAsked);
    }

    /**
     * Whether an English question asks by no question word but "when", as typed into a search box ("iran
     * military advisers commander damascus"). Read only by the checks of such queries, so not kept; the words
     * are already lower-cased ({@link #words}).
     */
    public boolean asksBySearchBox() {
        return EnglishQuestionTyper.asksBySearchBox(words);
    }

    /**
     * Whether an English query typed as into a search box asks what a thing is called ("hamadan air base official
     * name"), not who holds an office ({@link #searchBoxKind} {@link QuestionType#PERSON}: "hezbollah secretary
     * general name"). Read only by the check of the name such a query is answered with, so not kept.
     */
    public boolean asksNameBySearchBox() {
        return searchBoxKind == QuestionType.OTHER && EnglishQuestionTyper.asksNameBySearchBox(words);
    }

    /**
     * Whether the question asks which thing its noun is, not how many or when: the sentence a pointer on the noun
     * refers to names the thing, not its count ("how much money… sunk into Syria" is answered by the figure, not by
     * the sentence before "…نستعيد هذا المال"), and a sentence naming the noun only as what was asked before does
     * not say which other one a follow-up asks for, though it may say how many ("4 دول أوروبية").
     */
    public boolean asksWhich() {
        return type != QuestionType.NUMBER && type != QuestionType.DATE;
    }

    /**
     * Whether a who-question asks for a body of people by its noun ("Which group claimed…?"، "ما
     * الفريق الذي…؟"): a person's name does not answer it.
     */
    public boolean asksForABody() {
        return type == QuestionType.PERSON && byNoun && QuestionAnalyzer.namesABody(head);
    }
}
