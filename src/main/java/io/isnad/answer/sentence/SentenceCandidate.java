package io.isnad.answer.sentence;

import io.isnad.index.SentenceTokens;
import io.isnad.ingest.Article;
import io.isnad.ingest.Sentence;
import io.isnad.retrieve.EvidenceScorer;

/**
 * A sentence that may answer the question.
 *
 * @param coverage weighted share of the question's evidence it holds, 0 to 1
 * @param largestMissing weight share of the heaviest question word found neither in it nor beside it
 * @param typed whether it holds a span of the kind the question asks for (a date for "when"), not
 *        taken from the question itself, or, for a who-question, opens with the verb it asks the doer of
 *        ({@link SentenceChooser#namesDoer}) or names the doer after "by" past the deed's word ({@link
 *        SentenceChooser#namesDoerBy}); true when the question is not typed
 * @param tallies for a how-many question that names what it counts, whether a figure of it counts
 *        that noun ({@link io.isnad.answer.shortanswer.ShortAnswerFinder.Fit#countsTallied})
 * @param retrieved whether it lies in a retrieved passage (false: a neighbour of one)
 * @param passageScore the retrieval score of its passage, scaled to the best passage (0 to 1)
 * @param sentenceScore its score by its own evidence, type and place: what the abstention model's
 *        features were fitted on
 * @param assessment the evidence it holds, in full
 * @param articleCheck the question's evidence its whole article holds (one check per article, shared
 *        by the article's candidates and read again by the abstention features)
 * @param rankShortfall how much less coverage it has as candidates are ranked ({@link EvidenceScorer#ranking}:
 *        a word of a several-word translation counts only as its share, and a translated word weighs
 *        by how common its forms are); 0 for an Arabic question, negative when the words it holds
 *        weigh more that way
 * @param readOnGain for a typed question, the ranking coverage it gains when read together with the
 *        sentence before, which it goes on from and which holds no answer of the asked kind; 0 else
 * @param scatter for a typed question and a sentence longer than {@value SentenceChooser#NEAR}
 *        characters, the ranking coverage it holds beyond what its best run of clauses within that
 *        many characters holds: the question's words stated far apart; 0 else
 * @param opening for a question asking what or who something is ({@link
 *        io.isnad.answer.question.DefinitionQuestion#asks}), the ranking coverage of its first
 *        {@value SentenceChooser#OPENING_WORDS} words: whether it opens with the term asked about; 0 else
 * @param carried for a sentence that refers back with a pronoun ({@link SentenceChooser#refersBack}), the
 *        weight share of the question's evidence that its paragraph's subject names (its first {@value
 *        SentenceChooser#SUBJECT_WORDS} words) and it does not hold itself, weighted ({@link
 *        SentenceChooser#SUBJECT_WEIGHT}, {@link SentenceChooser#PLACE_SUBJECT_WEIGHT}): what it says of
 *        that subject through the pronoun; for a sentence that starts its line and goes on from the line
 *        before or from its speaker's statement ({@link SentenceChooser#speaksOn}), the share that line
 *        holds instead ({@link SentenceChooser#POINTER_SUBJECT_WEIGHT}); 0 else
 * @param kindBonus when the first-ranked sentence gives no answer of the asked kind, a tie-breaker for one
 *        that does: for a where-question, {@link SentenceChooser#KNOWN_PLACE_BONUS} when it stands in that
 *        sentence's article and names a place the lexicon knows after a preposition ({@link
 *        io.isnad.answer.shortanswer.ShortAnswerFinder#givesKnownPlace}); for a when- or how-many question,
 *        {@link SentenceChooser#TIME_OR_FIGURE_BONUS} when it holds a time or a figure ({@code typed}); for a
 *        who-question whose first sentence opens with a subject pronoun, {@link
 *        SentenceChooser#NAMED_SUBJECT_BONUS} when it does not; 0 else
 * @param figureHeld for an English question, whether it holds as written a figure the question writes
 *        ({@link SentenceChooser#QUESTION_FIGURE_BONUS})
 */
public record SentenceCandidate(Article article, Sentence sentence, SentenceTokens tokens, double coverage,
        double largestMissing, boolean typed, boolean tallies, boolean retrieved, double passageScore,
        double sentenceScore, EvidenceScorer.Assessment assessment, EvidenceScorer.ArticleCheck articleCheck,
        double rankShortfall, double readOnGain, double scatter, double opening, double carried,
        double kindBonus, boolean figureHeld) {

    /**
     * The score it is ranked by: {@code sentenceScore} less its shortfall in the coverage candidates
     * are ranked by, plus the share of the question's evidence its article holds, how widely its
     * main story speaks of it, a bonus when its figure counts what a how-many question counts, and
     * part of what it gains when read with the sentence it goes on from, less part of its scatter,
     * plus part of its opening's coverage for a what-is question, part of what its paragraph's
     * subject names for it, where the first sentence gives no answer of the asked kind, a little for
     * one that does, and a little when it holds a figure an English question writes.
     */
    public double rankScore() {
        return sentenceScore - SentenceChooser.RANKING_WEIGHT * rankShortfall
                + SentenceChooser.ARTICLE_WEIGHT * (1 - articleCheck.missingShare())
                + SentenceChooser.SPREAD_WEIGHT * articleCheck.spread()
                + (tallies ? SentenceChooser.TALLY_BONUS : 0)
                + SentenceChooser.READ_ON_WEIGHT * readOnGain - SentenceChooser.SCATTER_WEIGHT * scatter
                + SentenceChooser.OPENING_WEIGHT * opening + carried + kindBonus
                + (figureHeld ? SentenceChooser.QUESTION_FIGURE_BONUS : 0);
    }

    /** This candidate with {@code bonus} as its {@link #kindBonus}. */
    SentenceCandidate withKindBonus(double bonus) {
        return new SentenceCandidate(article, sentence, tokens, coverage, largestMissing, typed, tallies, retrieved,
                passageScore, sentenceScore, assessment, articleCheck, rankShortfall, readOnGain, scatter, opening,
                carried, bonus, figureHeld);
    }

    /** "file#index": one key per sentence of the corpus. */
    public String key() {
        return article.file() + "#" + sentence.index();
    }
}
