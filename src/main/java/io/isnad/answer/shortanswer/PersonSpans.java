package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The names of persons in a text ({@link SpanFinder}): a name after its title, a name in news
 * apposition before a title or nickname, a quoted name before its title; cut before the first
 * function word or title a pattern swept in.
 */
final class PersonSpans {

    /**
     * The article, alone or after a glued preposition or conjunction ({@link ArabicProclitics#ARTICLE_FORMS}):
     * a name does not open with it; after a title such a word is the title's qualifier or complement.
     */
    private static final String ARTICLE_START = "(?:" + String.join("|", ArabicProclitics.ARTICLE_FORMS) + ")";
    private static final String NO_ARTICLE = "(?!" + ARTICLE_START + ")";
    /**
     * The preposition ل glued to a noun right after a title opens the title's complement, not a name:
     * "نائب الرئيس التنفيذي لعمليات كرة القدم"، "رئيس وزراء لجمهورية ألمانيا". A foreign name that starts
     * with ل has a long vowel after it (لوثار، ليدي، لاري); an Arabic one such as لطفي is given up.
     */
    private static final String NO_GLUED_LAM = "(?!ل[^اوي\\s])";
    private static final Pattern ARTICLE = Pattern.compile(ARTICLE_START);
    /**
     * Where a title may start: after no letter or after a one-letter proclitic (والرئيس، ووزير)
     * alone, not inside a word ("رئيس" of "الرئيس").
     */
    private static final String WORD_START = ArabicProclitics.wordStartAfter(ArabicProclitics.LETTERS);
    /** A title as a whole word. */
    private static final String TITLE = WORD_START + "(?:" + String.join("|", ArabicPersonTitles.all()) + ")(?![\\p{L}])";
    /**
     * A title without the article (رئيس، وزير) stands in a construct with the noun after it, which
     * is part of the title and no name when it is indefinite too: "رئيس وزراء…"، "رئيس منظمة
     * الرصد"، "وزير خارجية…". With the article the title is followed by its name directly.
     */
    private static final String TITLE_WITH_CONSTRUCT = WORD_START + "(?:(?:"
            + String.join("|", ArabicPersonTitles.all().stream().filter(t -> t.startsWith("ال")).toList()) + ")(?![\\p{L}])|(?:"
            + String.join("|", ArabicPersonTitles.all().stream().filter(t -> !t.startsWith("ال")).toList())
            + ")(?![\\p{L}])(?>(?:\\s+(?!ال)[\\p{L}]{2,})?))";
    /**
     * A title, the words qualifying it, then the name. The qualifiers agree with the title and so
     * carry the article (الرئيس السوري، وزير الدفاع الإيراني), also after a glued ل (أمين المجلس الأعلى
     * للأمن القومي الإيراني علي شمخاني), except the noun after "باسم"
     * ("المتحدث باسم وزارة الخارجية"); they are taken whole, since a name is never what is left by
     * giving one back: "رئيس منظمة الرصد." names nobody, and neither does "المتحدث الإيراني في أول
     * تعليق". The name's words are no title (the next title starts another name: "عباس عراقجي
     * الرئيس السوري بشار الأسد"), and it does not open with a preposition glued to the article
     * ("المدير العام للفريق").
     */
    private static final String TITLE_WITH_QUALIFIERS = TITLE_WITH_CONSTRUCT
            + "(?:\\s+(?:باسم(?:\\s+(?!ال)[\\p{L}]{2,})?|ال[\\p{L}]+|لل[\\p{L}]+))*+";
    private static final Pattern TITLED_NAME = Pattern.compile(TITLE_WITH_QUALIFIERS
            + "\\s+" + NO_ARTICLE + NO_GLUED_LAM + "((?:(?!" + TITLE + ")[\\p{L}]{2,}\\s?){1,3})");
    /**
     * A name in quotes after its title and the title's qualifiers, as {@link #TITLED_NAME} reads one unquoted: الناطق
     * باسم الغرفة "حسن عبد الغني"، العميد "كيومرث بورهاشمي". The quote closes right after one to three name words.
     */
    private static final Pattern TITLE_THEN_QUOTED_NAME = Pattern.compile(TITLE_WITH_QUALIFIERS
            + "\\s+[\"«“]" + NO_ARTICLE + "((?:(?!" + TITLE + ")[\\p{L}]{2,}\\s?){1,3})[\"»”]");
    /**
     * A name set off by commas after a title whose own words run on: "آخر رئيس وزراء لجمهورية ألمانيا
     * الديمقراطية (الشرقية)، لوثار دي ميزيير، وهو…". Two to four words that are neither a title nor
     * open with the article, closed by a second comma, within six words of the title.
     */
    private static final Pattern TITLE_THEN_NAME_IN_COMMAS = Pattern.compile(TITLE_WITH_CONSTRUCT
            + "(?:\\s+[^\\s،.:؟?!]+){0,6}?\\s*،\\s*(" + NO_ARTICLE + "(?!" + TITLE + ")[\\p{L}]{2,}"
            + "(?:\\s+(?!" + TITLE + ")[\\p{L}]{2,}){1,3})(?=\\s*،)");
    /**
     * The words right before a comma that a title or a nickname phrase follows, the name of news
     * apposition: "وفقاً لمعلومات من رامي عبد الرحمن، رئيس منظمة الرصد"، "بأن كيومرث بور هاشمي، المعروف
     * بلقب…". Up to three words; {@link #nameBeforeApposition}
     * keeps those after the last function word or title, when two or more are left.
     */
    private static final Pattern WORDS_BEFORE_APPOSITION = Pattern.compile(
            "((?:[\\p{L}]+\\s+){0,2}[\\p{L}]+)\\s*،\\s*(?:" + TITLE + "|(?:"
                    + String.join("|", ArabicNamingWords.nicknamePhrases()) + ")(?![\\p{L}]))");
    /**
     * A name in quotes that a title follows, the other order of news apposition: اعتبر "إسماعيل بقائي"
     * المتحدث باسم الوزارة.
     */
    private static final Pattern QUOTED_NAME_BEFORE_TITLE = Pattern.compile("[\"«“]((?:[\\p{L}]{2,}\\s?){1,3})[\"»”]\\s*،?\\s*(?:"
            + String.join("|", ArabicPersonTitles.all()) + ")(?![\\p{L}])");

    /**
     * A word opening with the preposition ل glued before a consonant (لخطة، لمعارضي): a noun's phrase, not a name's
     * word, as {@link #NO_GLUED_LAM} reads it after a title.
     */
    private static final Pattern GLUED_LAM = Pattern.compile("ل[^اوي]\\p{L}*");
    /**
     * The prepositions ب and ك, glued: before a word the lexicon translates a common English word by (بالتعاون has
     * the article; بهجوم، كشريك) they open a noun's phrase; before another word they are as often a name's first
     * letter (كريستوفر، براون).
     */
    private static final String GLUED_BA_KAF = "بك";

    /** The alif of the article, written bare: a hamza's alif folds to it. */
    private static final char ALIF = 'ا';

    /** How many words a leader after "led by" may have ({@link #ledBy}). */
    private static final int LEADER_WORDS = 3;

    private PersonSpans() {
    }

    /** The names of a text, in text order, one span per name. */
    static List<Span> find(String text, ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, TITLED_NAME.matcher(f), folded, f, 1);
        SpanFinder.addAll(spans, QUOTED_NAME_BEFORE_TITLE.matcher(f), folded, f, 1);
        SpanFinder.addAll(spans, TITLE_THEN_NAME_IN_COMMAS.matcher(f), folded, f, 1);
        nameBeforeApposition(spans, f, folded);
        spans.sort(Comparator.comparingInt(Span::start));
        spans.replaceAll(s -> withoutStopWords(s, text, folded));
        spans.removeIf(s -> s.start() == s.end());
        withoutRepeats(spans);
        return spans;
    }

    /**
     * The names of a text set in quotes after their title ({@link #TITLE_THEN_QUOTED_NAME}), in text order: the
     * short answer's fallback in a sentence naming nobody otherwise, not among {@link #find}'s names, which rank
     * sentences and tell the declines that a sentence names someone. Counted there, they moved which sentences
     * three person questions of the seed sets were answered with (docs/answers.md, "short57").
     */
    static List<Span> quotedAfterTitle(String text) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, TITLE_THEN_QUOTED_NAME.matcher(f), folded, f, 1);
        spans.replaceAll(s -> withoutStopWords(s, text, folded));
        spans.removeIf(s -> s.start() == s.end());
        return spans;
    }

    /**
     * The leaders a text names after "led by" ({@link ArabicPersonTitles#isLedBy}: "المتمردين بقيادة إسلاميين
     * سيطروا…"): up to three words, ended by a function word, a title or a word shaped like a conjugated verb. A
     * group's leader is as often a movement, a state or a people as a person, so only a question asking who led
     * reads them ({@link ShortAnswerFinder}).
     */
    static List<Span> ledBy(String text) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        String f = folded.text();
        List<MatchResult> words = ArabicTextNormalizer.LETTER_WORD.matcher(f).results().toList();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!ArabicPersonTitles.isLedBy(words.get(i).group())) {
                continue;
            }
            int last = i;
            for (int j = i + 1; j < words.size() && j <= i + LEADER_WORDS; j++) {
                String word = words.get(j).group();
                boolean apart = !f.substring(words.get(j - 1).end(), words.get(j).start()).isBlank();
                if (apart || endsName(word) || ArabicRootSkeleton.looksConjugated(word)) {
                    break;
                }
                last = j;
            }
            if (last > i) {
                int start = words.get(i + 1).start();
                int end = words.get(last).end();
                spans.add(new Span(folded.start(start), folded.end(end), f.substring(start, end)));
            }
        }
        return spans;
    }

    /**
     * Whether a text names a person without a title before it: a leader after "led by" ({@link #ledBy}), a person
     * the lexicon knows (رئيسي، ترامب; {@link KnownNames#knownPerson}), or two words in a row, no punctuation
     * between them, neither of which any word list reads as something else ({@link #nameWord}) and not both words
     * the lexicon translates common English words by ({@link KnownNames#commonWord}): "جون إلواي"، "ويليام
     * فاريل"، "كريستوفر كولومبوس". An encyclopedia names its people bare and a foreign name is in no list; news prose
     * that names only an office or a body is made of function words, titles, verbs of saying, words with the
     * article, places, units of time, nouns with a glued pronoun or preposition, and common nouns side by side
     * ("قالت وكالة أنباء إيرانية"، "أكدت وزارة الخارجية الإيرانية… لكن موظفيها بخير").
     */
    static boolean namesUntitled(String text) {
        if (!ledBy(text).isEmpty()) {
            return true;
        }
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        String f = folded.text();
        List<MatchResult> words = ArabicTextNormalizer.LETTER_WORD.matcher(f).results().toList();
        boolean previousNameWord = false;
        boolean previousCommon = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).group();
            if (!ArabicStopWords.containsGlued(word) && knownPerson(word)) {
                return true;
            }
            boolean nameWord = nameWord(word) && !writtenWithArticle(text, folded, words.get(i));
            boolean common = KnownNames.commonWord(word);
            boolean adjacent = i > 0 && f.substring(words.get(i - 1).end(), words.get(i).start()).isBlank();
            if (nameWord && previousNameWord && adjacent && !(common && previousCommon)) {
                return true;
            }
            previousNameWord = nameWord;
            previousCommon = common;
        }
        return false;
    }

    /**
     * Whether a word is written with the article, also after a glued proclitic: its folded form opens with one
     * ({@link ArabicProclitics#ARTICLE_FORMS}) whose alif is written bare. A name opening with a hamza's alif
     * (إلواي، إليزابيث) folds alike but is no noun with the article.
     */
    private static boolean writtenWithArticle(String text, ArabicTextNormalizer.Folded folded, MatchResult word) {
        for (String article : ArabicProclitics.ARTICLE_FORMS) {
            if (word.group().startsWith(article)) {
                return text.charAt(folded.start(word.start() + article.indexOf(ALIF))) == ALIF;
            }
        }
        return false;
    }

    /** Whether a folded word, or it without a glued و or ف, is a person the lexicon knows. */
    private static boolean knownPerson(String word) {
        return KnownNames.knownPerson(word) || KnownNames.knownPerson(ArabicProclitics.withoutConjunction(word, 3));
    }

    /**
     * Whether a folded word may be a word of a name no list knows ({@link #namesUntitled}): not a function word, a
     * title or a verb of saying ({@link #endsName}), nor a place the lexicon knows (also with a glued preposition:
     * بسوريا), a unit of time or a relative
     * day, a noun with a glued pronoun of two letters (موظفيها، قادتهم), nor one with a glued preposition ({@link
     * #GLUED_LAM}, {@link #GLUED_BA_KAF}).
     */
    private static boolean nameWord(String word) {
        return !endsName(word) && !KnownNames.known(word)
                && !KnownNames.known(ArabicProclitics.withoutConjunctionAndPreposition(word))
                && !ArabicCalendarWords.DURATION_UNITS.contains(word)
                && !ArabicCalendarWords.RELATIVE_DAYS.contains(word)
                && ArabicRootSkeleton.withoutTwoLetterThirdPersonPronoun(word).isEmpty()
                && !GLUED_LAM.matcher(word).matches()
                && !(GLUED_BA_KAF.indexOf(word.charAt(0)) >= 0 && KnownNames.commonWord(word.substring(1)));
    }

    /**
     * A name of two or three words before a comma and a title or nickname phrase ({@link #WORDS_BEFORE_APPOSITION}):
     * what follows the last function word or title among the three words before the comma, less the
     * words with the article that open it (the title before a name: "المتحدث باسم الوزارة سمير
     * خليل، المتحدث…"), when it is two words or more and holds the article once at most ("عبد
     * الرحمن"): "أكدت القوات المسلحة، اللواء…" is a verb and its subject.
     */
    private static void nameBeforeApposition(List<Span> spans, String f, ArabicTextNormalizer.Folded folded) {
        Matcher m = WORDS_BEFORE_APPOSITION.matcher(f);
        while (m.find()) {
            List<Integer> starts = new ArrayList<>();
            Matcher w = ArabicTextNormalizer.LETTER_WORD.matcher(f).region(m.start(1), m.end(1));
            while (w.find()) {
                if (endsName(w.group())) {
                    starts.clear();
                } else {
                    starts.add(w.start());
                }
            }
            while (!starts.isEmpty() && ARTICLE.matcher(f).region(starts.getFirst(), f.length()).lookingAt()) {
                starts.removeFirst();
            }
            if (starts.size() >= 2 && starts.stream().filter(start -> f.startsWith("ال", start)).count() < 2) {
                int start = starts.get(0);
                spans.add(new Span(folded.start(start), folded.end(m.end(1)), f.substring(start, m.end(1))));
            }
        }
    }

    /**
     * A function word (also with a glued و or ف: وهذا), a title or a speech verb, folded: no word of a
     * name, so a name ends (or starts after) it.
     */
    private static boolean endsName(String word) {
        return ArabicStopWords.containsGlued(word) || ArabicPersonTitles.contains(word) || ArabicSpeechVerbs.contains(word);
    }

    /**
     * Whether a word the folding made "علي" is written with a dotted ي, the name Ali ("أمين المجلس… علي
     * شمخاني"), not the preposition على, which the folding spells alike.
     */
    private static boolean ali(String folded, String written) {
        return folded.equals("علي") && written.endsWith("ي");
    }

    /** One name found by two patterns ("المتحدث باسم الوزارة سمير خليل، المتحدث…") is one span. */
    private static void withoutRepeats(List<Span> spans) {
        for (int i = spans.size() - 1; i > 0; i--) {
            if (spans.get(i).start() == spans.get(i - 1).start()) {
                spans.remove(spans.get(i).end() < spans.get(i - 1).end() ? i : i - 1);
            }
        }
    }

    /** A name ends before the first function word or title the pattern swept in ("بقائي إن", "عراقجي الرئيس"). */
    private static Span withoutStopWords(Span span, String text, ArabicTextNormalizer.Folded folded) {
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(span.folded());
        int keep = 0;
        int foldedStart = SpanFinder.indexOf(folded, span.start());
        while (m.find()) {
            String written = text.substring(folded.start(foldedStart + m.start()), folded.end(foldedStart + m.end()));
            if (endsName(m.group()) && !ali(m.group(), written)) {
                break;
            }
            keep = m.end();
        }
        return new Span(span.start(), folded.end(foldedStart + keep), span.folded().substring(0, keep));
    }
}
