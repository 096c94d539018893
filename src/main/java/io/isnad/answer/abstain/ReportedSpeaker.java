package io.isnad.answer.abstain;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionType;
import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.retrieve.EvidenceTerm;

/**
 * A who-question's verb of saying ("منو من المسؤولين علّق عليه؟"، "مين صرّح إن…؟") held by any word a sentence
 * reports speech with ({@link ArabicSpeechVerbs#reportingIn}: قال، أكد، اعتبر، مؤكداً…). News prose names its
 * speakers with a handful of reporting verbs in turn, and the one a reader picks is often not the article's
 * (علّق against "حمّل … مسؤولية المجزرة …، مؤكداً أن…"); what the question asks is the speaker, which such a
 * sentence gives. Only a who-question: one asking what a named speaker said ("الحوثيين قالوا إيه عن…؟") needs
 * that speaker, and its verb held by another speaker's line made that line look answered (docs/answers.md, "fa44").
 */
final class ReportedSpeaker {

    private ReportedSpeaker() {
    }

    /**
     * The question's evidence with each term that stands for its verb of saying ({@link
     * ArabicSpeechVerbs#asksAboutWords}) also matched by the words {@code sentence} reports speech with, as the
     * sentence writes them; empty unless the question is an Arabic who-question, not a follow-up, with such a
     * verb, and the sentence reports speech.
     */
    static Optional<List<EvidenceTerm>> widened(AskedQuestion question, QuestionWords words,
            List<EvidenceTerm> evidence, IndexAnalyzers analyzers, boolean english, String sentence) {
        if (english || question.previous().isPresent() || question.analysis().type() != QuestionType.PERSON) {
            return Optional.empty();
        }
        Set<String> saying = QuestionNames.arabicStems(words, analyzers, ArabicSpeechVerbs::asksAboutWords);
        if (saying.isEmpty() || evidence.stream().allMatch(t -> Collections.disjoint(t.forms(), saying))) {
            return Optional.empty();
        }
        Set<String> reporting = ArabicSpeechVerbs.reportingIn(sentence).stream()
                .flatMap(word -> analyzers.wordStems(word).stream()).collect(Collectors.toUnmodifiableSet());
        if (reporting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(evidence.stream()
                .map(t -> Collections.disjoint(t.forms(), saying) ? t : t.withFormsAdded(reporting)).toList());
    }
}
