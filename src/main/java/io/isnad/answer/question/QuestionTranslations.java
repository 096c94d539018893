package io.isnad.answer.question;

import java.util.ArrayList;
import java.util.List;

import io.isnad.retrieve.EvidenceTerm;

/**
 * The Arabic forms the words of an English question were translated to, and those of the noun a
 * how-many question counts among them ("how many children" → طفل): a number followed by one of
 * these answers it ({@code ShortAnswerFinder.find}). None for an Arabic question.
 */
public record QuestionTranslations(List<String> focus, List<String> counted) {

    /** An Arabic question's: its words are searched as typed. */
    public static final QuestionTranslations NONE = new QuestionTranslations(List.of(), List.of());

    /**
     * The translations among the evidence terms the user asked, and among those whose label holds
     * the counted noun ({@link QuestionAnalysis#tallied}, empty when the question counts nothing).
     */
    public static QuestionTranslations of(List<EvidenceTerm> asked, String counted) {
        return new QuestionTranslations(arabicForms(asked),
                counted.isEmpty() ? List.of() : arabicForms(asked.stream()
                        .filter(t -> t.labelHolds(counted)).toList()));
    }

    /**
     * The noun a how-many question counts with its translations, as the short answer ties a figure
     * to it; none for another question ({@code noun} empty).
     */
    public List<String> tallied(String noun) {
        if (noun.isEmpty()) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(counted);
        forms.add(noun);
        return forms;
    }

    private static List<String> arabicForms(List<EvidenceTerm> terms) {
        return terms.stream()
                .flatMap(t -> t.forms().stream())
                .filter(f -> !f.isEmpty() && Character.UnicodeBlock.of(f.charAt(0)) == Character.UnicodeBlock.ARABIC)
                .toList();
    }
}
