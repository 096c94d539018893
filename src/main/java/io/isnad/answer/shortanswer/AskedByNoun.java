package io.isnad.answer.shortanswer;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.isnad.answer.question.EnglishQuestionTyper;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * What a question asks for by the noun that names it, not by a kind a finder reads: which outlet reported it
 * ({@link OutletNames}), a person's nickname ({@link Nicknames}) or military rank ({@link MilitaryRanks}), what a
 * thing is called ({@link CoinedNames}), which body ({@link BodyNames}), a person's post ({@link PersonPosts}) or a
 * language ({@link LanguageNames}). None is a person, place, figure or date, so the question is typed other; news
 * prose writes each right after or before the noun that names it, and that is the short answer. This class reads
 * which kind the question asks, in an order that keeps each kind's questions its own, and lets that kind's class
 * read the sentence.
 */
public final class AskedByNoun {

    /** What the question asks for. */
    enum Asked { OUTLET, NICKNAME, RANK, NAME, BODY, POST, LANGUAGE }

    /** How many modifiers may stand between "which" and the asked noun: "which Iranian news agency". */
    private static final int MODIFIERS = 2;

    private AskedByNoun() {
    }

    /** The name, rank, post or language of {@code sentence} that answers the question, offsets relative to it. */
    public static Optional<Span> find(String sentence, QuestionAnalysis question) {
        if (question.type().typed()) {
            return Optional.empty();
        }
        return asked(question.words()).flatMap(asked -> first(sentence, asked, question.words()));
    }

    /**
     * What a question's folded words ask for: an outlet, a nickname or a rank; failing all three, what a thing is
     * called, read after them so that "what is the nickname" stays a nickname; failing that, the others.
     */
    static Optional<Asked> asked(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (Nicknames.asks(words.get(i))) {
                return Optional.of(Asked.NICKNAME);
            }
            if (MilitaryRanks.asks(words.get(i))) {
                return Optional.of(Asked.RANK);
            }
            if (OutletNames.asks(words, i)) {
                return Optional.of(Asked.OUTLET);
            }
        }
        return CoinedNames.asks(words) ? Optional.of(Asked.NAME) : others(words);
    }

    /** Read after the kinds above, so that none of their questions is read otherwise: a body, a language, a post. */
    private static Optional<Asked> others(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (BodyNames.asks(words, i)) {
                return Optional.of(Asked.BODY);
            }
            if (LanguageNames.asks(words, i)) {
                return Optional.of(Asked.LANGUAGE);
            }
            if (PersonPosts.asksCapacity(words, i)) {
                return Optional.of(Asked.POST);
            }
        }
        return PersonPosts.asks(words) ? Optional.of(Asked.POST) : Optional.empty();
    }

    /**
     * Whether the word at {@code at} is a which-word and the noun it asks by is of a kind: an Arabic one right
     * after it (أي وكالة), or with the article after a what-word (وش الموقع), an English one past its modifiers.
     */
    public static boolean asksWhich(List<String> words, int at, Predicate<String> arabic,
            Predicate<String> english) {
        String word = words.get(at);
        String next = at + 1 < words.size() ? words.get(at + 1) : "";
        return ArabicQuestionWords.WHICH.contains(word) && arabic.test(next)
                || ArabicQuestionWords.WHAT.contains(word) && next.startsWith("ال") && arabic.test(next)
                || EnglishQuestionTyper.WHICH_WORDS.contains(word) && englishNounAfter(words, at, english);
    }

    /** Whether a noun {@code asked} reads follows the which-word at {@code at}, past its modifiers and no auxiliary. */
    static boolean englishNounAfter(List<String> words, int at, Predicate<String> asked) {
        for (int i = at + 1; i < words.size() && i <= at + 1 + MODIFIERS; i++) {
            if (asked.test(words.get(i))) {
                return true;
            }
            if (EnglishQuestionTyper.EN_AUXILIARIES.contains(words.get(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The first name of its kind the question does not itself name; for a name, one in the language the question
     * names first ({@link CoinedNames#inLanguageAsked}).
     */
    private static Optional<Span> first(String sentence, Asked asked, List<String> questionWords) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        if (asked == Asked.NAME) {
            Optional<Span> inLanguage = CoinedNames.inLanguageAsked(folded, questionWords);
            if (inLanguage.isPresent()) {
                return inLanguage;
            }
        }
        List<Span> spans = switch (asked) {
            case OUTLET -> OutletNames.in(folded);
            case NICKNAME -> Nicknames.in(folded);
            case RANK -> MilitaryRanks.in(folded);
            case NAME -> CoinedNames.in(folded);
            case BODY -> BodyNames.in(folded);
            case POST -> PersonPosts.in(folded, questionWords);
            case LANGUAGE -> LanguageNames.in(folded);
        };
        return spans.stream()
                .filter(s -> !questionWords.containsAll(ArabicTextNormalizer.words(s.folded())))
                .findFirst();
    }
}
