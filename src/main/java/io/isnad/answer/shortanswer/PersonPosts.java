package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.PostQuestion;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A person's post (وش كان منصبه، بأي صفة، "position"): the phrase between commas after the name, or the office
 * title before it.
 */
final class PersonPosts {

    /** An appositive after a name: a comma, a definite phrase up to the next comma or the end (…، العضو السابق…،). */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(\\p{L}+)\\s*[،,]\\s*(ال\\p{L}+(?:\\s+[\\p{L}\\d]+){0,11}?)\\s*(?:[،,.]|$)");
    /** The word after a title and its definite words, a comma between or not: its holder's name. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s*[،,]?\\s*(\\p{L}+)");

    private PersonPosts() {
    }

    /** Whether the question's folded words ask at {@code at} in which capacity (بأي صفة). */
    static boolean asksCapacity(List<String> words, int at) {
        String next = at + 1 < words.size() ? words.get(at + 1) : "";
        return ArabicPersonTitles.asksCapacity(next) && (ArabicQuestionWords.WHICH.contains(words.get(at))
                || ArabicQuestionWords.WHICH_AFTER_PREPOSITION.contains(words.get(at)));
    }

    /** Whether the question asks a post by its noun or verb (منصبه، بيشتغل، "position"). */
    static boolean asks(List<String> words) {
        return PostQuestion.asks(words, QuestionType.OTHER);
    }

    /**
     * The post news prose gives a person: the definite phrase set between commas after a name the question
     * names (حشمت الله فلاحت بيشه، العضو السابق في لجنة الأمن القومي…،), or else an office title with the
     * definite words after it (وزير الخارجية الروسي before سيرغي لافروف): the one right before a name the question
     * names, a comma between or not (لوزير الداخلية الفيدرالي الألماني، توماس دي مايزيير), else the first.
     */
    static List<Span> in(ArabicTextNormalizer.Folded folded, List<String> named) {
        String f = folded.text();
        Matcher appositive = APPOSITIVE.matcher(f);
        for (int from = 0; from < f.length() && appositive.find(from); from = appositive.start(2)) {
            if (named.contains(appositive.group(1))) {
                return List.of(NounPhrases.span(folded, appositive.start(2), appositive.end(2)));
            }
        }
        List<Span> titles = new ArrayList<>();
        Matcher words = ArabicTextNormalizer.LETTER_WORD.matcher(f);
        while (words.find()) {
            int start = words.start();
            String word = words.group();
            if (!ArabicPersonTitles.isOffice(word) && ArabicPersonTitles.isOffice(word.substring(1))) {
                start++;
                word = word.substring(1);
            }
            if (ArabicPersonTitles.isOffice(word)) {
                int end = NounPhrases.definiteWordsAfter(f, words.end());
                Span title = NounPhrases.span(folded, start, end);
                Matcher holder = NEXT_WORD.matcher(f).region(end, f.length());
                if (holder.lookingAt() && named.contains(holder.group(1))) {
                    return List.of(title);
                }
                titles.add(title);
            }
        }
        return titles.stream().limit(1).toList();
    }
}
