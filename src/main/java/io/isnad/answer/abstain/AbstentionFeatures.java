package io.isnad.answer.abstain;

import java.util.List;

/**
 * What the abstention model looks at, each between 0 and 1.
 *
 * @param coverage weighted share of the question's evidence the answer sentence holds (with its neighbours)
 * @param largestMissing weight share of the heaviest question word missing from the sentence and its neighbours
 * @param articleMissing weight share of the question's evidence found nowhere in the sentence's article
 *        (a name or a number the article never mentions)
 * @param typedMiss 1 when the question asks for a date, number, person or place and the sentence holds none
 * @param margin how far the best passage's score stands above the best passage of another article
 * @param appendix 1 when the sentence belongs to a story appended after "read also"
 * @param followUp 1 when the question is a follow-up made standalone from the conversation and both the
 *        judged and the quoted sentence stand in the previous answer's article; a follow-up answered
 *        from another story is judged as a question of its own
 * @param englishDictionary 1 for an English question translated with a general dictionary (FreeDict)
 *        installed: searched through translation, so its coverage runs lower
 * @param englishBuiltin 1 for an English question translated by the built-in lists alone (no
 *        dictionary installed, the service out of the box): more of its words go untranslated or
 *        transliterated, so its coverage runs lower still; an offset of its own, so that a fit that
 *        sees both installs does not trade one install's English questions for the other's
 * @param mass the idf weight of the question's words found in the sentence, squashed to 0..1 by
 *        {@code w / (w + 10)}: several rare words found weigh more than one common word
 * @param heaviestFound 1 when the question's rarest word is in the sentence itself
 * @param heaviestInArticle 1 when the question's rarest word is anywhere in the sentence's article:
 *        a question that swaps in a name the articles never mention fails here
 * @param unknownWord 1 when a question word is unknown to the whole corpus and the article
 *        ({@link AbsentEvidence}): a swapped-in name or number, or the question's own wording
 * @param strangeShare idf-weight share of the question's unknown words that are not its own wording
 *        ({@link QuestionWording}), each counted by how unfamiliar its letter n-grams are to the corpus
 * @param numberMissing 1 when a number of the question is missing from the article (compared exactly)
 * @param nameMissing 1 when a proper name of the question (a capitalised English word, an Arabic word the
 *        lexicon knows as a place or person) is missing from the article ({@link AbsentEvidence}), a number
 *        of the question no article holds ({@link AbsentEvidence#unknownFigure}) is, or an
 *        unknown Arabic word shaped like a name ({@link AbsentEvidence#unknownNames}) is, while the sentence
 *        holds the rest of the question ({@link SentenceJudge})
 */
public record AbstentionFeatures(double coverage, double largestMissing, double articleMissing, double typedMiss,
        double margin, double appendix, double followUp, double englishDictionary, double englishBuiltin, double mass,
        double heaviestFound, double heaviestInArticle, double unknownWord, double strangeShare, double numberMissing,
        double nameMissing) {

    /** Feature names, in {@link #values()} order, as written in the weights file. */
    public static final List<String> NAMES = List.of("coverage", "largestMissing", "articleMissing", "typedMiss",
            "margin", "appendix", "followUp", "englishDictionary", "englishBuiltin", "mass", "heaviestFound",
            "heaviestInArticle", "unknownWord", "strangeShare", "numberMissing", "nameMissing");

    public double[] values() {
        return new double[] {coverage, largestMissing, articleMissing, typedMiss, margin, appendix, followUp,
            englishDictionary, englishBuiltin, mass, heaviestFound, heaviestInArticle, unknownWord, strangeShare,
            numberMissing, nameMissing};
    }
}
