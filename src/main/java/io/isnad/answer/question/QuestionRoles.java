package io.isnad.answer.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicStopWords;

/**
 * The part each word of a question plays: the question word, the head (the first content words
 * after it: what the question is about, "How many <b>interceptions</b>…", "متى غادر <b>خاشقجي</b>…"),
 * the rest of its core, or a qualifier: a date (a year, a month, a weekday) or a word of the
 * prepositional phrase that follows the question's head ("… in 2015", "… خلال الحرب"). A word the
 * articles lack is, as a qualifier, more often context the asker adds than a thing the question
 * asks about.
 *
 * @param words the question's words, folded and lower-cased ({@link QuestionAnalyzer#words})
 * @param roles each word's part, in the same order
 */
public record QuestionRoles(List<String> words, List<Role> roles) {

    /** The part a word plays. */
    public enum Role {
        QUESTION, HEAD, CORE, QUALIFIER
    }

    /** How many content words after the question word make its head. */
    private static final int HEAD_WORDS = 2;

    private static final Set<String> EN_QUESTION_WORDS = Set.of("what", "which", "who", "whom", "whose", "when",
            "where", "why", "how");
    private static final Set<String> EN_PREPOSITIONS = Set.of("in", "on", "at", "during", "since", "after", "before",
            "until", "between", "within", "from", "against", "throughout", "near", "under", "over", "by", "for",
            "with", "about", "into", "through");

    public QuestionRoles {
        words = List.copyOf(words);
        roles = List.copyOf(roles);
    }

    /** The roles of {@code question}'s words. */
    public static QuestionRoles of(String question) {
        List<String> words = QuestionAnalyzer.words(question);
        List<Role> roles = new ArrayList<>();
        int asking = -1;
        for (int i = 0; i < Math.min(QuestionAnalyzer.LEAD_WORDS, words.size()) && asking < 0; i++) {
            if (questionWord(words.get(i))) {
                asking = i;
            }
        }
        int heads = 0;
        boolean qualifying = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i <= asking) {
                roles.add(i == asking ? Role.QUESTION : Role.CORE);
                continue;
            }
            // A phrase opened by a preposition after the head has started runs to the question's end.
            qualifying |= heads > 0 && opensPhrase(w);
            boolean content = !QuestionAnalyzer.stopWord(w);
            if (qualifying || date(w, i > 0 ? words.get(i - 1) : "")) {
                roles.add(Role.QUALIFIER);
            } else if (content && heads < HEAD_WORDS) {
                heads++;
                roles.add(Role.HEAD);
            } else {
                roles.add(Role.CORE);
            }
        }
        return new QuestionRoles(words, roles);
    }

    private static boolean questionWord(String w) {
        return EN_QUESTION_WORDS.contains(w) || ArabicQuestionWords.ALL.contains(QuestionAnalyzer.withoutConjunction(w));
    }

    /** A preposition, or an Arabic noun with a preposition and the article glued on (بالمدينة، للحرب). */
    private static boolean opensPhrase(String w) {
        return EN_PREPOSITIONS.contains(w) || ArabicStopWords.PREPOSITIONS.contains(w)
                || w.length() > 4 && (w.startsWith("بال") || w.startsWith("لل") || w.startsWith("وبال"));
    }

    /** A year (four digits from 1000, or any number after a time noun), a month or a weekday. */
    private static boolean date(String w, String previous) {
        if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
            return w.length() == 4 && (w.startsWith("1") || w.startsWith("2"))
                    || ArabicQuestionWords.TIME_NOUNS.contains(previous) || QuestionAnalyzer.EN_TIME_NOUNS.contains(previous);
        }
        return ArabicCalendarWords.MONTHS.containsKey(w) || ArabicCalendarWords.WEEKDAYS.contains(w);
    }
}
