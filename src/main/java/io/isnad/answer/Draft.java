package io.isnad.answer;

import java.util.List;

/**
 * An extractive answer: text with {@code [n]} markers, the citations they refer to, the short answer
 * or null, and the index in {@code citations} of the sentence chosen to answer (the lead): not always
 * the first, as a typed neighbour, an antecedent or a related sentence may go before it. A follow-up
 * is read from this one.
 */
public record Draft(String text, List<Citation> citations, ShortAnswer shortAnswer, int leadCitation) {
}
