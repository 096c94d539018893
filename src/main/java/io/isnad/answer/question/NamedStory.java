package io.isnad.answer.question;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicSourceWords;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * How a question names the story it asks of, as a side remark: "حسب خبر مقتل الحاج هاشم" (according to the report
 * of Hajj Hashem's killing), "بخبر …", "في الخبر تبع …", "in the piece on Araghchi's Damascus trip", "according to
 * the report about …". Its words tell which article to read, not which of its sentences answers: the sentence
 * telling the story's event is seldom the one telling what the question asks of it (docs/answers.md, "story54").
 * A story word the question asks about ("which site ran the story on …", "شو قال الخبر عن …") is no side remark:
 * only one after a word of "according to" or "in" is read. Both parts are folded and lower-cased words joined by
 * spaces.
 *
 * @param frame the words saying a story is meant, from "according to" or "in" to the story word and the word
 *        that opens what it tells ("حسب خبر", "في الخبر تبع", "in the afp based piece on"): none is asked about
 * @param story the words naming the story ("مقتل الحاج هاشم", "araghchi s damascus trip"), up to the clause's
 *        end or a question word; none when the side remark names the speaker's words (حسب كلامه), no story
 */
public record NamedStory(String frame, String story) {

    /** What ends a clause of a question: the story's words end with it. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,،;؛:?؟.!]");
    /** "According to", "in" before an Arabic story word (حسب خبر، بحسب التقرير، في خبر، ف الخبر). */
    private static final Set<String> ACCORDING_TO = foldedSet("حسب", "بحسب", "وفق", "وفقا", "في", "ف");
    /** The preposition glued to a story word that puts the question in it (بخبر، بالخبر). */
    private static final String IN_GLUED = "ب";
    /** After a definite story word, what names it by its story: "الخبر تبع / بتاع / حق / عن / حول …". */
    private static final Set<String> OF = foldedSet("تبع", "بتاع", "تاع", "حق", "عن", "حول", "بخصوص");
    /** The English words before a story word that make it a side remark ("in the …", "according to the …"). */
    private static final Set<String> ENGLISH_IN = Set.of("in", "according");
    /** The English words after a story word that open what it tells ("the piece on …", "the story about …"). */
    private static final Set<String> ENGLISH_ABOUT = Set.of("on", "about");
    /** How many words (the article, an adjective: "the AFP-based") may stand between "in" and the story word. */
    private static final int ENGLISH_GAP = 4;
    /** Letters a word keeps once its conjunction is cut off. */
    private static final int MIN_STEM = 3;

    /** How {@code question} names the story it asks of, if it does so as a side remark. */
    public static Optional<NamedStory> of(String question) {
        String folded = ArabicTextNormalizer.normalize(question).toLowerCase(Locale.ROOT);
        for (String clause : CLAUSE_END.split(folded)) {
            List<String> words = ArabicTextNormalizer.LETTER_WORD.matcher(clause).results()
                    .map(MatchResult::group).toList();
            Optional<NamedStory> named = arabic(words).or(() -> english(words)).filter(n -> !n.story().isEmpty())
                    .or(() -> speakersWords(words));
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * An Arabic story word read as a side remark, with the words naming its story: those right after an indefinite
     * one (خبر مقتل …), those after تبع / عن … after a definite one (الخبر تبع …). A bare "حسب الخبر" names no
     * story: it is the question's frame, which the abstention already sets aside ({@code QuestionFrame}), and
     * set aside in the sentence's choice too it lost a hit (seeds-own check).
     */
    private static Optional<NamedStory> arabic(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = ArabicProclitics.withoutConjunction(words.get(i), MIN_STEM);
            boolean glued = word.startsWith(IN_GLUED) && story(word.substring(IN_GLUED.length()));
            boolean after = i > 0 && ACCORDING_TO.contains(words.get(i - 1)) && story(word);
            if (glued || after) {
                int from = glued ? i : i - 1;
                String noun = glued ? word.substring(IN_GLUED.length()) : word;
                if (!ArabicProclitics.startsWithArticle(noun)) {
                    return Optional.of(of(words, from, i + 1));
                }
                if (i + 1 < words.size() && OF.contains(words.get(i + 1))) {
                    return Optional.of(of(words, from, i + 2));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "According to his words" (حسب كلامه، بحسب قوله، في تصريحاته): what the one the conversation speaks of said, named
     * as where the question asks, with no story of its own. The words weigh high (كلام is rare in news, which
     * reports speech by its verbs), and a sentence holds them by any "قوله إن…" of the speaker, not by what the
     * question asks of his words: "وإيران وش دورها بالعمليات اللي على الأرض حسب كلامه؟" was answered by the line
     * quoting Shamkhani's "قوله", not by the one telling Iran's part.
     */
    private static Optional<NamedStory> speakersWords(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (ACCORDING_TO.contains(words.get(i - 1)) && ArabicSpeechVerbs.namesSpeakersWords(
                    ArabicProclitics.withoutConjunction(words.get(i), MIN_STEM))) {
                return Optional.of(new NamedStory(joined(words, i - 1, i + 1), ""));
            }
        }
        return Optional.empty();
    }

    /** "In / according to the … piece on …", from "in" or "according" to the end of what the piece tells. */
    private static Optional<NamedStory> english(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!SourceQuestion.ENGLISH_STORY.contains(words.get(i)) || !ENGLISH_ABOUT.contains(words.get(i + 1))) {
                continue;
            }
            for (int from = Math.max(0, i - ENGLISH_GAP); from < i; from++) {
                if (ENGLISH_IN.contains(words.get(from))) {
                    return Optional.of(of(words, from, i + 2));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The frame from {@code from} to {@code start}, and the story from there up to the first question word, which
     * opens what is asked.
     */
    private static NamedStory of(List<String> words, int from, int start) {
        int end = start;
        while (end < words.size() && !ArabicQuestionWords.ALL.contains(words.get(end))
                && !EnglishQuestionTyper.EN_QUESTION_WORDS.contains(words.get(end))) {
            end++;
        }
        return new NamedStory(joined(words, from, start), joined(words, start, end));
    }

    private static String joined(List<String> words, int from, int to) {
        return String.join(" ", words.subList(from, to));
    }

    private static boolean story(String word) {
        return ArabicSourceWords.of(word).filter(k -> k == ArabicSourceWords.Kind.STORY).isPresent();
    }

}
