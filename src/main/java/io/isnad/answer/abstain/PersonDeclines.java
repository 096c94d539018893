package io.isnad.answer.abstain;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.followup.FollowUpWords;
import io.isnad.answer.question.EnglishQuestionTyper;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.SpanFinder;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.lexicon.EnglishInflection;

/**
 * The checks of an answer that decline it whatever the abstention model says when the question names a person its
 * judged article names, but not around the judged sentence, or asks a person by the noun of his office and the
 * judged sentence names nobody. One kind of {@link Decline}; the others are in {@link
 * Declines}, {@link YesNoDeclines}, {@link OfficeDeclines}, {@link ReportDeclines} and the other {@code *Declines}.
 */
public final class PersonDeclines {

    /**
     * How many words after an English question word (and "who"'s copula) the office it asks by may stand: "Who was
     * the Syrian army's commander…?" puts it fifth.
     */
    private static final int OFFICE_REACH = 5;
    /** The English question words that ask a person by his office's noun after them, lower-cased. */
    private static final String ENGLISH_WHO = "who";
    /** The Arabic partitive between a who-word and the plural it picks from: "منو من المسؤولين". */
    private static final String PARTITIVE = "من";

    private PersonDeclines() {
    }

    /**
     * Whether a who-question asking for others than the persons it names ({@link FollowUpWords#asksBesides}: "Who
     * else took part in the tense meeting between Netanyahu and Trump's envoy Steve Witkoff?") is given no short
     * answer: the quoted sentence names no one but those the question names ("والاجتماع المتوتر بين نتنياهو ومبعوث
     * ترامب ستيف ويتكوف"), so it gives no one else, and the question is declined whatever the abstention model
     * says, which passed that one at .63. One given a person besides them ("مين كمان من المسؤولين الإيرانيين غير
     * شمخاني اتكلم…؟" answered حسين دهقان) is left to the model (docs/answers.md, "neg66").
     */
    public static boolean noOtherNamed(AskedQuestion question, ShortAnswer shortAnswer) {
        return shortAnswer == null && question.analysis().type() == QuestionType.PERSON
                && FollowUpWords.asksBesides(question.asked());
    }

    /**
     * Whether a question, not a follow-up nor a yes/no question, asks a person by the noun of his office ({@link
     * #asksByOffice}: "Which Iranian official confirmed…?"، "مين المسؤول الإيراني اللي…؟") and neither the judged
     * sentence nor the one before it names anybody ({@link SpanFinder#namesPerson}): "أكدت وزارة الخارجية
     * الإيرانية أن قنصليتها في حلب تعرضت للهجوم" tells what a ministry said, and the person asked is not in it.
     * The abstention model weighs the sentence's words, which hold the question's topic, and passed it at .88. A
     * sentence that goes on with the words of the person the one before it named ("كما شدد على أن…"، "وتابع
     * المسؤول الإيراني…") names him there; the sentence after it tells another deed (docs/answers.md, "names57").
     * An English query typed as into a search box that asks a person ({@link QuestionAnalysis#searchBoxKind}: "homs
     * military academy victims names", "hezbollah secretary general name") asks him as the office's noun after a
     * question word does: its words hold the topic the sentence tells and leave the person to the slot
     * (docs/answers.md, "sbox58").
     *
     * @param before the judged sentence's previous sentence in its article, empty for the first
     */
    public static boolean noneNamed(AskedQuestion question, String judged, String before) {
        return question.previous().isEmpty() && question.analysis().type() != QuestionType.YESNO
                && (asksByOffice(question) || question.analysis().searchBoxKind() == QuestionType.PERSON)
                && !SpanFinder.namesPerson(judged) && !SpanFinder.namesPerson(before);
    }

    /**
     * Whether a question asks a person by the noun of an office or of an official right after its question word:
     * an English "which" or "what" with the noun within {@value #OFFICE_REACH} words ("Which Iranian officials…"),
     * or "who" and a copula before it ("Who was the Syrian army's commander…?"; "Who did the minister call?" asks
     * another); an Arabic who- or which-word, past هو / هي or a partitive من, right before it ("من هو المدير
     * العام…"، "منو من المسؤولين…").
     */
    static boolean asksByOffice(AskedQuestion question) {
        List<String> words = question.analysis().words();
        if (words.size() < 2) {
            return false;
        }
        if (question.english()) {
            int from = ENGLISH_WHO.equals(words.getFirst()) && EnglishQuestionTyper.isCopula(words.get(1)) ? 2
                    : EnglishQuestionTyper.WHICH_WORDS.contains(words.getFirst()) ? 1 : -1;
            return from > 0 && words.subList(from, Math.min(words.size(), from + OFFICE_REACH)).stream()
                    .anyMatch(PersonDeclines::englishOffice);
        }
        String first = ArabicProclitics.withoutConjunction(words.getFirst(), 2);
        if (!ArabicQuestionWords.WHO.contains(first) && !ArabicQuestionWords.WHICH.contains(first)) {
            return false;
        }
        int at = 1;
        while (at < words.size() - 1 && (ArabicQuestionWords.DEFINING_PRONOUNS.contains(words.get(at))
                || PARTITIVE.equals(words.get(at)))) {
            at++;
        }
        return ArabicPersonTitles.office(words.get(at)).isPresent()
                || ArabicPersonTitles.namesAnOfficial(words.get(at));
    }

    /**
     * Whether a lower-case English word, or its singular ({@link EnglishInflection#baseForms}: ministers,
     * secretaries), names an office or an official.
     */
    private static boolean englishOffice(String word) {
        return Stream.concat(Stream.of(word), EnglishInflection.baseForms(word).stream()).anyMatch(
                w -> ArabicPersonTitles.englishOffice(w).isPresent() || ArabicPersonTitles.namesAnyOffice(w));
    }

    /**
     * Whether a question, not a follow-up nor a yes/no question, names a person the lexicon knows ({@link
     * QuestionNames#personWords}) whom the judged article names ({@code inArticle}) and neither the judged sentence
     * nor its neighbours name in any form: "amir-abdollahian blame israel homs academy attack" judged on "…حمل
     * الرئيس الإيراني، إبراهيم رئيسي، مسؤولية مجزرة حمص…", in the article that reports Amir-Abdollahian's own call
     * further on. The article spells the person, so a sentence telling his deed or his words names him or stands
     * next to one that does; a sentence that does not tells another's, and the question is declined whatever the
     * abstention model says, which weighs the name as one word among the topic's and passed that answer at .69. An
     * Arabic person is read by a name of two words (بشار الأسد، إبراهيم رئيسي), as {@link Declines#absentPerson}
     * reads one: a given name alone is as often a common word, and "كم كان عمر بايتون مانينغ…؟" asks an age, not
     * of an Omar its paragraph names away from the answer (an xquad-dev hit lost when one word was read). A
     * person the judged article never names is read by {@link Declines#absentPerson} and the article checks; a
     * yes/no question by {@link YesNoDeclines#personUnnamed}, which asks no article; a follow-up's names are the
     * conversation's (docs/answers.md, "unans56").
     *
     * @param heldAround per term of the question's evidence, whether the judged sentence or a neighbour holds it
     * @param inArticle whether an evidence term is found in the judged article
     */
    public static boolean namedElsewhere(AskedQuestion question, List<EvidenceTerm> evidence,
            Supplier<boolean[]> heldAround, IntPredicate inArticle) {
        if (question.previous().isPresent() || question.analysis().type() == QuestionType.YESNO) {
            return false;
        }
        List<String> words = question.analysis().words();
        List<Integer> persons = QuestionNames.personWords(question);
        List<Integer> names = question.english() ? persons
                : persons.stream().filter(w -> persons.contains(w - 1) || persons.contains(w + 1)).toList();
        if (names.isEmpty()) {
            return false;
        }
        Predicate<EvidenceTerm> named = QuestionNames.wordsAt(words, names);
        boolean[] held = heldAround.get();
        return IntStream.range(0, evidence.size())
                .anyMatch(t -> named.test(evidence.get(t)) && inArticle.test(t) && !held[t]);
    }
}
