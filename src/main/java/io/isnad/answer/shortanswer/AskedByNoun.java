package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.EnglishQuestionTyper;
import io.isnad.answer.question.PostQuestion;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicSourceWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.Lexicon;

/**
 * What a question asks for by the noun that names it, not by a kind a finder reads: which outlet reported it
 * (أي وكالة، "which news agency"), a person's nickname (شو لقبه، "what is the nickname") or military rank (ما رتبته،
 * "what was his military rank"), or what a thing is called (ما اسم العملية، ماذا سمت إيران قواتها، "what label").
 * None is a person, place, figure or date, so the question is typed other; news prose sets an outlet's name, a
 * nickname and a coined name in quotes right after the word that names them (نقلت وكالة "فارس"، الملقب بـ"الحاج
 * هاشم"، لقب "المدافعين عن الحرم"، عملية "ردع العدوان") and a rank right before the name (اللواء محمد باقري), and
 * that is the short answer. So too for which body (أي وزارة، "Which Iranian ministry": وزارة الخارجية الإيرانية, the
 * noun with its definite words), a person's post (وش كان منصبه، بأي صفة: the phrase between commas after the name,
 * or the office title before it) and a language (بيا لغة: الفارسية of باللغة الفارسية).
 */
public final class AskedByNoun {

    /** What the question asks for. */
    enum Asked { OUTLET, NICKNAME, RANK, NAME, BODY, POST, LANGUAGE }

    /** One to three words in quotes, as {@link PersonSpans} reads a quoted name. */
    private static final String QUOTED = "\\s*[\"«“]((?:[\\p{L}]{2,}\\s?){1,3})[\"»”]";
    private static final Pattern QUOTED_NAME = Pattern.compile(QUOTED);
    /** An outlet noun, with a glued و، ف، ب or ل, and "أنباء" after it: بحسب وكالة "مهر"، وكالة الأنباء "X". */
    private static final Pattern OUTLET_THEN_QUOTED = Pattern.compile("(?<![\\p{L}])[وفبل]?(?:"
            + String.join("|", ArabicSourceWords.outlets()) + ")(?:\\s+(?:ال)?انباء)?" + QUOTED);
    /**
     * An outlet noun and its name unquoted, one to three words of no article up to a stop: "(بحسب وكالة فرانس برس)".
     * News writes a foreign agency's name so; a name with the article (وكالة الأنباء الرسمية) is a description.
     */
    private static final Pattern OUTLET_THEN_NAME = Pattern.compile("(?<![\\p{L}])[وفبل]?(?:"
            + String.join("|", ArabicSourceWords.outlets()) + ")\\s+((?:(?!ال)\\p{L}{2,}\\s?){1,3})(?=[\\p{P}]|$)");
    /** A nickname phrase and the ب before the name: الملقب بـ"الحاج هاشم". */
    private static final Pattern NICKNAME_THEN_QUOTED = Pattern.compile("(?<![\\p{L}])(?:"
            + String.join("|", ArabicNamingWords.nicknamePhrases()) + ")(?:\\s*ب)?" + QUOTED);
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
     * شو اسمها) or with ما glued to it as it is often typed (مااسم، ماسم), and the verb سمّى with what glues to it
     * (سمت، سميتهم، يسمون، سموها). Not باسم (الناطق باسم) nor سمو and سموه (His Highness).
     */
    private static final Pattern NAMING_QUESTION_WORD = Pattern.compile(
            nameNoun() + "|[وف]?(?:بي|بت|ي|ت|ن)?(?:سم(?:ي|يت|ت|وا|ون|ين)(?:ه|ها|هم)?|سمو(?:ها|هم))");
    /**
     * A language with ب and the article, or after باللغة, a glued و or ف before either, then a colon and the name in
     * that language up to a comma, semicolon or bracket: (بالإنجليزية: Paracetamol)، (باللغة الفرنسية: Mona Lisa، …).
     */
    private static final Pattern NAME_IN_LANGUAGE = Pattern.compile(
            "(?<![\\p{L}])[وف]?(?:بال|باللغه\\s+ال)(\\p{L}{3,})\\s*:\\s*([^،؛,;()\\[\\]]*[^،؛,;()\\[\\]\\s])");
    /** A body noun with a glued و، ف، ب or ل, no article, its name after it ({@link ArabicNamingWords#bodyNouns()}). */
    private static final Pattern BODY_NOUN = Pattern.compile("(?<![\\p{L}])[وفبل]?("
            + String.join("|", ArabicNamingWords.bodyNouns()) + ")(?![\\p{L}])");
    /**
     * A language after its noun with the article, the ب of "in" glued or not: باللغة الفارسية، اللغة الإنجليزية.
     * The noun without it is the name's own first word, its genitive after it (بلغة الإشارة الأمريكية): {@link
     * #INDEFINITE_LANGUAGE}.
     */
    private static final Pattern LANGUAGE_AFTER_NOUN = Pattern.compile(
            "(?<![\\p{L}])[وف]?(?:بال|ال)لغه\\s+(ال\\p{L}{3,})");
    private static final Pattern INDEFINITE_LANGUAGE = Pattern.compile("(?<![\\p{L}])[وف]?ب?(لغه)(?=\\s+ال)");
    /**
     * A question word asking a language, folded: لغة with the article or a glued ب (بيا لغة، باللغة), or with a
     * pronoun (لغته). Not بلغته, which is also "reached it" (المستوى الذي بلغته).
     */
    private static final Pattern LANGUAGE_WORD = Pattern.compile("[وف]?(?:(?:بال|ال|ب)?لغه|لغت(?:ه|ها))");
    /** An appositive after a name: a comma, a definite phrase up to the next comma or the end (…، العضو السابق…،). */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(\\p{L}+)\\s*[،,]\\s*(ال\\p{L}+(?:\\s+[\\p{L}\\d]+){0,11}?)\\s*(?:[،,.]|$)");
    /** A word with the article after a space: the next word of a noun's definite genitive or adjectives. */
    private static final Pattern DEFINITE_WORD = Pattern.compile("\\s+(ال\\p{L}{2,})");
    /** The word after a title and its definite words, a comma between or not: its holder's name. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s*[،,]?\\s*(\\p{L}+)");
    private static final Lexicon POLITICS = Lexicon.builtin(Lexicon.POLITICS);
    /** English words asking what something is called; "call" asks a name unless a call for or on something. */
    private static final Set<String> ENGLISH_NAMING = Set.of("call", "called", "calls", "name", "named", "label",
            "dubbed");
    private static final Set<String> ENGLISH_CALL_FOR = Set.of("for", "on", "upon");
    private static final Set<String> ENGLISH_OUTLETS = Set.of("agency", "outlet");
    private static final Set<String> ENGLISH_WHICH = Set.of("which", "what");
    private static final String ENGLISH_LANGUAGE = "language";
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
                    || ENGLISH_WHICH.contains(word) && englishNounAfter(words, i, ENGLISH_OUTLETS::contains)) {
                return Optional.of(Asked.OUTLET);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (namingWord(words.get(i))
                    || ENGLISH_NAMING.contains(words.get(i)) && !ENGLISH_CALL_FOR.contains(next)) {
                return Optional.of(Asked.NAME);
            }
        }
        return others(words);
    }

    /**
     * Read after the kinds above, so that none of their questions is read otherwise: a body asked by its noun
     * after a which-word (أي وزارة، وش التنظيم، "Which Iranian ministry"), a post (منصبه، بيشتغل، "position",
     * بأي صفة) or a language (بيا لغة، "what language"; not "Persian-language outlets" nor "did sign language").
     */
    private static Optional<Asked> others(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (ArabicQuestionWords.WHICH.contains(word) && body(next)
                    || ArabicQuestionWords.WHAT.contains(word) && next.startsWith("ال") && body(next)
                    || ENGLISH_WHICH.contains(word) && englishNounAfter(words, i, AskedByNoun::englishBody)) {
                return Optional.of(Asked.BODY);
            }
            if (LANGUAGE_WORD.matcher(word).matches()
                    || ENGLISH_WHICH.contains(word) && englishNounAfter(words, i, ENGLISH_LANGUAGE::equals)) {
                return Optional.of(Asked.LANGUAGE);
            }
            if (ArabicPersonTitles.asksCapacity(next) && (ArabicQuestionWords.WHICH.contains(word)
                    || ArabicQuestionWords.WHICH_AFTER_PREPOSITION.contains(word))) {
                return Optional.of(Asked.POST);
            }
        }
        return PostQuestion.asks(words, QuestionType.OTHER) ? Optional.of(Asked.POST) : Optional.empty();
    }

    /** The noun اسم as a question writes it, folded: with the article or a pronoun, or with ما glued (ماسم، مااسم). */
    static String nameNoun() {
        return "(?:ال|ما|ماا)?اسم(?:ه|ها|هم)?|ماسم";
    }

    /** Whether a folded question word asks what something is called (اسم، ماسم، تسمى), an English one not. */
    static boolean namingWord(String folded) {
        return NAMING_QUESTION_WORD.matcher(folded).matches();
    }

    private static boolean body(String folded) {
        return ArabicNamingWords.bodyNouns().contains(ArabicTextNormalizer.withoutArticle(folded));
    }

    /** Whether the lexicon translates an English noun by a body noun (ministry → وزارة). */
    private static boolean englishBody(String english) {
        return POLITICS.lookup(english).stream()
                .anyMatch(arabic -> body(ArabicTextNormalizer.normalize(arabic)));
    }

    /** Whether a noun {@code asked} reads follows the which-word at {@code at}, past its modifiers and no auxiliary. */
    private static boolean englishNounAfter(List<String> words, int at, Predicate<String> asked) {
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
        } else if (asked == Asked.BODY) {
            bodies(spans, folded, f);
        } else if (asked == Asked.POST) {
            posts(spans, folded, f, questionWords);
        } else if (asked == Asked.LANGUAGE) {
            languages(spans, folded, f);
        } else if (asked == Asked.OUTLET) {
            outlets(spans, folded, f);
        } else if (asked == Asked.NAME) {
            inLanguageAsked(spans, folded, f, questionWords);
            if (!spans.isEmpty()) {
                return Optional.of(spans.getFirst());
            }
            SpanFinder.addAll(spans, NAMING_THEN_QUOTED.matcher(f), folded, f, 1);
            SpanFinder.addAll(spans, QUOTED_AFTER_NOUN.matcher(f), folded, f, 1);
            spans.sort(Comparator.comparingInt(Span::start));
        } else {
            SpanFinder.addAll(spans, NICKNAME_THEN_QUOTED.matcher(f), folded, f, 1);
        }
        return spans.stream()
                .filter(s -> !questionWords.containsAll(ArabicTextNormalizer.words(s.folded())))
                .findFirst();
    }

    /** Each language the text names after its noun: الفارسية of باللغة الفارسية، لغة الإشارة الأمريكية whole. */
    private static void languages(List<Span> spans, ArabicTextNormalizer.Folded folded, String f) {
        SpanFinder.addAll(spans, LANGUAGE_AFTER_NOUN.matcher(f), folded, f, 1);
        Matcher indefinite = INDEFINITE_LANGUAGE.matcher(f);
        while (indefinite.find()) {
            spans.add(span(folded, f, indefinite.start(1), definiteWordsAfter(f, indefinite.end(1))));
        }
        spans.sort(Comparator.comparingInt(Span::start));
    }

    /**
     * The name in the language the question names, as encyclopaedia prose gives it in brackets after the language
     * and a colon: "ما اسم الموناليزا بالفرنسية؟" of "الموناليزا (باللغة الفرنسية: Mona Lisa، …)", "في اللغة اليونانية"
     * of "(باليونانية: Ἀλέξανδρος ὁ Μέγας؛ …)".
     */
    private static void inLanguageAsked(List<Span> spans, ArabicTextNormalizer.Folded folded, String f,
            List<String> questionWords) {
        Matcher named = NAME_IN_LANGUAGE.matcher(f);
        while (named.find()) {
            String language = named.group(1);
            if (questionWords.stream().anyMatch(w -> language.equals(ArabicProclitics.withoutArticle(w)))) {
                spans.add(span(folded, f, named.start(2), named.end(2)));
            }
        }
    }

    /**
     * Each outlet's name of the text: in quotes right after its noun (وكالة "مهر"), then unquoted (بحسب وكالة
     * فرانس برس), neither with a stop word.
     */
    static void outlets(List<Span> spans, ArabicTextNormalizer.Folded folded, String f) {
        SpanFinder.addAll(spans, OUTLET_THEN_QUOTED.matcher(f), folded, f, 1);
        SpanFinder.addAll(spans, OUTLET_THEN_NAME.matcher(f), folded, f, 1);
        spans.removeIf(s -> ArabicTextNormalizer.words(s.folded()).stream().anyMatch(ArabicStopWords::contains));
    }

    /**
     * Each body noun of the text with its name: the name in quotes right after it (تنظيم "داعش" → داعش), or else
     * the noun with the definite words after it, its genitive and adjectives (وزارة الخارجية الإيرانية). A noun
     * with the article names a body already named (الوزارة), and one with no definite word after it none.
     */
    private static void bodies(List<Span> spans, ArabicTextNormalizer.Folded folded, String f) {
        Matcher nouns = BODY_NOUN.matcher(f);
        while (nouns.find()) {
            Matcher quoted = QUOTED_NAME.matcher(f).region(nouns.end(), f.length());
            int end = definiteWordsAfter(f, nouns.end());
            if (quoted.lookingAt()) {
                spans.add(span(folded, f, quoted.start(1), quoted.end(1)));
            } else if (end > nouns.end()) {
                spans.add(span(folded, f, nouns.start(1), end));
            }
        }
    }

    /**
     * The post news prose gives a person: the definite phrase set between commas after a name the question
     * names (حشمت الله فلاحت بيشه، العضو السابق في لجنة الأمن القومي…،), or else an office title with the
     * definite words after it (وزير الخارجية الروسي before سيرغي لافروف): the one right before a name the question
     * names, a comma between or not (لوزير الداخلية الفيدرالي الألماني، توماس دي مايزيير), else the first.
     */
    private static void posts(List<Span> spans, ArabicTextNormalizer.Folded folded, String f, List<String> named) {
        Matcher appositive = APPOSITIVE.matcher(f);
        for (int from = 0; from < f.length() && appositive.find(from); from = appositive.start(2)) {
            if (named.contains(appositive.group(1))) {
                spans.add(span(folded, f, appositive.start(2), appositive.end(2)));
                return;
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
                int end = definiteWordsAfter(f, words.end());
                Span title = span(folded, f, start, end);
                Matcher holder = NEXT_WORD.matcher(f).region(end, f.length());
                if (holder.lookingAt() && named.contains(holder.group(1))) {
                    spans.add(title);
                    return;
                }
                titles.add(title);
            }
        }
        titles.stream().findFirst().ifPresent(spans::add);
    }

    private static Span span(ArabicTextNormalizer.Folded folded, String f, int start, int end) {
        return new Span(folded.start(start), folded.end(end), f.substring(start, end));
    }

    /** The end of the run of words with the article and no stop word right after {@code from}; {@code from} if none. */
    private static int definiteWordsAfter(String f, int from) {
        Matcher next = DEFINITE_WORD.matcher(f);
        int end = from;
        while (next.region(end, f.length()).lookingAt() && !ArabicStopWords.contains(next.group(1))) {
            end = next.end();
        }
        return end;
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
