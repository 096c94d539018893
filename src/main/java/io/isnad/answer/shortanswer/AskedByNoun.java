package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.EnglishQuestionTyper;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicSourceWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * What a question asks for by the noun that names it, not by a kind a finder reads: which outlet reported it
 * (أي وكالة، "which news agency"), a person's nickname (شو لقبه، "what is the nickname") or military rank (ما رتبته،
 * "what was his military rank"), or what a thing is called (ما اسم العملية، ماذا سمت إيران قواتها، "what label").
 * None is a person, place, figure or date, so the question is typed other; news prose sets an outlet's name, a
 * nickname and a coined name in quotes right after the word that names them (نقلت وكالة "فارس"، الملقب بـ"الحاج
 * هاشم"، لقب "المدافعين عن الحرم"، عملية "ردع العدوان") and a rank right before the name (اللواء محمد باقري), and
 * that is the short answer.
 */
public final class AskedByNoun {

    /** What the question asks for. */
    enum Asked { OUTLET, NICKNAME, RANK, NAME }

    /** One to three words in quotes, as {@link PersonSpans} reads a quoted name. */
    private static final String QUOTED = "\\s*[\"«“]((?:[\\p{L}]{2,}\\s?){1,3})[\"»”]";
    /** An outlet noun, with a glued و، ف، ب or ل, and "أنباء" after it: بحسب وكالة "مهر"، وكالة الأنباء "X". */
    private static final Pattern OUTLET_THEN_QUOTED = Pattern.compile("(?<![\\p{L}])[وفبل]?(?:"
            + String.join("|", ArabicSourceWords.outlets()) + ")(?:\\s+(?:ال)?انباء)?" + QUOTED);
    /** A nickname phrase and the ب before the name: الملقب بـ"الحاج هاشم". */
    private static final Pattern NICKNAME_THEN_QUOTED = Pattern.compile("(?<![\\p{L}])(?:"
            + String.join("|", ArabicPersonTitles.nicknamePhrases()) + ")(?:\\s*ب)?" + QUOTED);
    /**
     * A question word of the nickname's root, folded, with what glues to it (لقب، لقبه، بيلقبوا، الملقب) and
     * nothing else: "القبض" and "للقبول" hold the letters too.
     */
    private static final Pattern NICKNAME_WORD = Pattern.compile(
            "[وف]?[بل]?(?:ال)?(?:بي|بت|ي|ت|ن|م)?لقب(?:ه|ها|هم|وا|وه|وها|ون|ونه)?");
    /**
     * A word of naming ({@link ArabicNamingWords#namingWords()}, اسم، or a noun a coined name follows: عملية), glued
     * to و، ف، ب or ل, and the ب before the name: لقب "المدافعين عن الحرم"، المعروف بـ"…"، بعملية "ردع العدوان".
     */
    private static final Pattern NAMING_THEN_QUOTED = Pattern.compile("(?<![\\p{L}])[وفبل]?(?:ال)?(?:"
            + String.join("|", ArabicNamingWords.namingWords()) + "|اسم|"
            + String.join("|", ArabicNamingWords.namedNouns()) + ")(?:\\s*ب)?" + QUOTED);
    /** A coined name whose quotes open with the noun it names: "عملية ردع العدوان" names the operation ردع العدوان. */
    private static final Pattern QUOTED_AFTER_NOUN = Pattern.compile("[\"«“](?:ال)?(?:"
            + String.join("|", ArabicNamingWords.namedNouns()) + ")\\s+((?:[\\p{L}]{2,}\\s?){1,3})[\"»”]");
    /**
     * A question word asking what something is called, folded: اسم with its article or pronoun (ما اسم العملية،
     * شو اسمها) and the verb سمّى with what glues to it (سمت، سميتهم، يسمون، سموها). Not باسم (الناطق باسم) nor
     * سمو and سموه (His Highness).
     */
    private static final Pattern NAMING_QUESTION_WORD = Pattern.compile(
            "(?:ال)?اسم(?:ه|ها|هم)?|[وف]?(?:بي|بت|ي|ت|ن)?(?:سم(?:ي|يت|ت|وا|ون|ين)(?:ه|ها|هم)?|سمو(?:ها|هم))");
    /** English words asking what something is called; "call" asks a name unless a call for or on something. */
    private static final Set<String> ENGLISH_NAMING = Set.of("call", "called", "calls", "name", "named", "label",
            "dubbed");
    private static final Set<String> ENGLISH_CALL_FOR = Set.of("for", "on", "upon");
    private static final Set<String> ENGLISH_OUTLETS = Set.of("agency", "outlet");
    private static final Set<String> ENGLISH_WHICH = Set.of("which", "what");
    /** How many modifiers may stand between "which" and the outlet noun: "which Iranian news agency". */
    private static final int MODIFIERS = 2;

    private AskedByNoun() {
    }

    /** The quoted name or the rank of {@code sentence} that answers the question, offsets relative to it, or empty. */
    public static Optional<Span> find(String sentence, QuestionAnalysis question) {
        if (question.type().typed()) {
            return Optional.empty();
        }
        return asked(question.words()).flatMap(asked -> first(sentence, asked, question.words()));
    }

    /**
     * What a question's folded words ask for: an outlet noun right after a which-word or after its
     * modifiers ("أي وكالة"، "which Iranian outlet"), or after a what-word with the article ("وش الموقع"); a
     * word of the nickname; or a word asking a rank (رتبته، "rank"). An outlet named any other way is what the
     * question is about, not what it asks ("ماذا قالت وكالة فارس"). Failing all three, a word asking what a thing
     * is called (اسم، سمّت، "called", "label"), read last so that "what is the nickname" stays a nickname.
     */
    static Optional<Asked> asked(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("nickname") || NICKNAME_WORD.matcher(word).matches()) {
                return Optional.of(Asked.NICKNAME);
            }
            if (word.equals("rank") || ArabicPersonTitles.asksRank(word)) {
                return Optional.of(Asked.RANK);
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (ArabicQuestionWords.WHICH.contains(word) && outlet(next)
                    || ArabicQuestionWords.WHAT.contains(word) && next.startsWith("ال") && outlet(next)
                    || ENGLISH_WHICH.contains(word) && englishOutletAfter(words, i)) {
                return Optional.of(Asked.OUTLET);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (NAMING_QUESTION_WORD.matcher(words.get(i)).matches()
                    || ENGLISH_NAMING.contains(words.get(i)) && !ENGLISH_CALL_FOR.contains(next)) {
                return Optional.of(Asked.NAME);
            }
        }
        return Optional.empty();
    }

    /** Whether an outlet noun follows the which-word at {@code at}, past its modifiers and no auxiliary. */
    private static boolean englishOutletAfter(List<String> words, int at) {
        for (int i = at + 1; i < words.size() && i <= at + 1 + MODIFIERS; i++) {
            if (ENGLISH_OUTLETS.contains(words.get(i))) {
                return true;
            }
            if (EnglishQuestionTyper.EN_AUXILIARIES.contains(words.get(i))) {
                return false;
            }
        }
        return false;
    }

    private static boolean outlet(String folded) {
        return ArabicSourceWords.of(folded).filter(k -> k == ArabicSourceWords.Kind.OUTLET).isPresent();
    }

    /** The first quoted name or rank of its kind the question does not itself name. */
    private static Optional<Span> first(String sentence, Asked asked, List<String> questionWords) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        if (asked == Asked.RANK) {
            ranks(spans, folded, f);
        } else if (asked == Asked.NAME) {
            SpanFinder.addAll(spans, NAMING_THEN_QUOTED.matcher(f), folded, f, 1);
            SpanFinder.addAll(spans, QUOTED_AFTER_NOUN.matcher(f), folded, f, 1);
            spans.sort(Comparator.comparingInt(Span::start));
        } else {
            SpanFinder.addAll(spans, (asked == Asked.OUTLET ? OUTLET_THEN_QUOTED : NICKNAME_THEN_QUOTED).matcher(f),
                    folded, f, 1);
        }
        return spans.stream()
                .filter(s -> !questionWords.containsAll(ArabicTextNormalizer.words(s.folded())))
                .findFirst();
    }

    /** Each word of the text that is a military rank with its article, as a title before a name is (العميد). */
    private static void ranks(List<Span> spans, ArabicTextNormalizer.Folded folded, String f) {
        Matcher words = ArabicTextNormalizer.LETTER_WORD.matcher(f);
        while (words.find()) {
            int start = words.start();
            String word = words.group();
            if (!word.startsWith("ال") && word.length() > 2 && word.substring(1).startsWith("ال")) {
                start++;
                word = word.substring(1);
            }
            if (word.startsWith("ال") && ArabicPersonTitles.namesMilitaryRank(List.of(word))) {
                spans.add(new Span(folded.start(start), folded.end(words.end()), word));
            }
        }
    }
}
