package io.isnad.answer.abstain;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionType;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The check of an answer that declines it whatever the abstention model says when the question names a person its
 * judged article names, but not around the judged sentence. One kind of {@link Decline}; the others are in {@link
 * Declines}, {@link YesNoDeclines}, {@link OfficeDeclines}, {@link ReportDeclines} and the other {@code *Declines}.
 */
public final class PersonDeclines {

    private PersonDeclines() {
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
