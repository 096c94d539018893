package io.isnad.answer.followup;

import java.util.Optional;

import io.isnad.answer.Citation;
import io.isnad.answer.question.QuestionType;
import io.isnad.index.Snapshot;

/**
 * The sentence the previous turn's answer was chosen for: its lead, also when a typed neighbour is
 * quoted before it (the neighbour that gave the killed may still give the wounded). A follow-up
 * prefers its article and its neighbourhood, and does not quote it again unless it holds another
 * kind of answer than the one it gave ("وكم قتيل سقط؟" after a when-question answered with "قتل ما
 * بين 120 و130 شخصاً") or a word the follow-up asks about that the previous question did not.
 *
 * @param file the article
 * @param sentence the sentence's index in the article
 * @param type what the previous question asked for
 * @param question the previous question as the user asked it
 * @param shown whether the previous question was answered with the sentence; false when it was
 *        declined and the sentence is only the one it would have led with, a guess at the story the
 *        conversation is about that the user never saw
 */
public record PreviousAnswer(String file, int sentence, QuestionType type, String question, boolean shown) {

    /** The sentence the previous question was answered with. */
    public PreviousAnswer(String file, int sentence, QuestionType type, String question) {
        this(file, sentence, type, question, true);
    }

    /** The shown answer whose quote {@code cited} is: the sentence of its article in which the quote starts. */
    public static Optional<PreviousAnswer> quoting(Snapshot corpus, Citation cited, QuestionType type,
            String question) {
        return corpus.article(cited.file()).flatMap(a -> a.sentences().stream()
                .filter(s -> s.start() <= cited.start() && cited.start() < s.end()).findFirst()
                .map(s -> new PreviousAnswer(cited.file(), s.index(), type, question)));
    }
}
