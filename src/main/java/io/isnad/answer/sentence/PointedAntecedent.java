package io.isnad.answer.sentence;

import java.util.List;
import java.util.Optional;

import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;

/**
 * The sentence a lead points back to when the lead names the very noun the question asks about only
 * by a pointer: "ما هو الجهاز المستخدم لعلاج… التسمم بأول أكسيد الكربون؟" ranks first "يتم معالجة التسمم
 * بأول أكسيد الكربون… باستخدام هذه الأجهزة", whose "هذه الأجهزة" are the oxygen chambers the sentence
 * before names; "ما هو الحي الكائن غربي الطريق الحرة 41؟" ranks first "ويقع الحي في الجنوب الغربي…
 * وغربي الطريق الحرّة 41", whose bare "الحي" goes on from the sentence before that names the west side. The lead holds the
 * question's words because it tells of the asked thing; the thing's name is in the sentence it points
 * to (docs/answers.md, "sent35"). Unlike any sentence before a lead that refers back (ante34: no
 * tuning answer gained, first sentences lost), the pointer here stands on the asked noun itself.
 */
final class PointedAntecedent {

    private PointedAntecedent() {
    }

    /**
     * The sentence just before {@code lead} in its story and section, among {@code ranked}, when the
     * lead points at the asked noun ({@link #pointsAtAsked}) and does not open by turning away.
     *
     * @param askedNoun per evidence term of {@code scorer}, whether it stands for the noun asked about
     */
    static Optional<SentenceCandidate> of(SentenceCandidate lead, List<SentenceCandidate> ranked,
            EvidenceScorer scorer, boolean[] askedNoun, IndexAnalyzers analyzers) {
        if (!pointsAtAsked(lead.sentence().text(), scorer, askedNoun, analyzers)
                || SentenceChooser.shiftsTopic(lead.sentence().text())) {
            return Optional.empty();
        }
        return ranked.stream().filter(c -> AnswerComposer.atOffset(c, lead, -1)).findFirst();
    }

    /**
     * Whether {@code text} writes the asked noun only as pointed at: each of its words that names the
     * asked noun stands just after a demonstrative (هذه الأجهزة، تلك المدينة), or is the second word,
     * definite and bare (a preposition follows it), after a first word that goes on with و from the
     * sentence before (ويقع الحي في…). A lead that also names the noun unpointed names the thing
     * itself ("إطلاق عملية ردع العدوان… هذه العملية"), and a definite noun with an adjective or a
     * name after it says which one it is ("وكان المتحدث الرسمي… بهرام قاسمي"، "وقال الناطق باسم…").
     */
    static boolean pointsAtAsked(String text, EvidenceScorer scorer, boolean[] askedNoun, IndexAnalyzers analyzers) {
        if (!any(askedNoun)) {
            return false;
        }
        List<String> words = ArabicTextNormalizer.words(text);
        boolean pointed = false;
        for (int n = 0; n < words.size(); n++) {
            if (names(words.get(n), scorer, askedNoun, analyzers)) {
                if (!pointedAt(words, n)) {
                    return false;
                }
                pointed = true;
            }
        }
        return pointed;
    }

    private static boolean pointedAt(List<String> words, int n) {
        if (n > 0 && ArabicStopWords.DEMONSTRATIVES.contains(words.get(n - 1))) {
            return true;
        }
        String first = words.get(0);
        return n == 1 && first.length() > 2 && first.startsWith("و") && words.get(n).startsWith("ال")
                && (n + 1 == words.size() || ArabicStopWords.PREPOSITIONS.contains(words.get(n + 1)));
    }

    private static boolean any(boolean[] marks) {
        for (boolean mark : marks) {
            if (mark) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(String word, EvidenceScorer scorer, boolean[] askedNoun, IndexAnalyzers analyzers) {
        boolean[] found = scorer.foundIn(List.of(ClauseTokens.of(word, analyzers)));
        for (int t = 0; t < askedNoun.length && t < found.length; t++) {
            if (askedNoun[t] && found[t]) {
                return true;
            }
        }
        return false;
    }
}
