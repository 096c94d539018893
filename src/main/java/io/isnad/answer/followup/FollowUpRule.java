package io.isnad.answer.followup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.LanguageDetector;

/**
 * Makes a follow-up question standalone without a model: when it points back ("Where will he go
 * next?", "وماذا ناقشا؟") it carries forward the names, numbers and topic words of the latest
 * earlier questions. The rules look at the form of words (capitals, digits, pronouns, function
 * words), never at lists of particular names.
 */
final class FollowUpRule {

    /**
     * How many earlier questions lend their terms; older ones have usually changed subject. Fewer when the
     * latest stood alone: "and the wounded?" after "Who met Assad?" and "How many died in the Homs attack?"
     * asks about Homs, and Assad's words carried too drew the toll sentence under the bar.
     */
    private static final int CARRY_TURNS = 2;
    /** A question with fewer words of its own than this cannot stand alone. */
    private static final int MIN_OWN_WORDS = 3;
    /** Shorter lower-case English words are mostly verbs and particles ("met", "say"), not a topic. */
    private static final int MIN_ENGLISH_CONTENT = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\p{Nd}+");

    /**
     * Words that refer back to something named earlier, with the dialects' demonstratives (ده، هاد، هيدا);
     * the one glued to a noun (هالحكي) is {@link ArabicStopWords#hasGluedDemonstrative}. Among them the
     * English adverbs of relative time: "a day later", "two hours earlier", "afterwards" count from a time the
     * conversation named, as "then" and Arabic's بعدها do ("and which parts of the city were still out of HTS
     * hands a day later?" after when the Observatory said the rebels held most of Aleppo).
     */
    private static final Set<String> REFERENCES = Stream.concat(Stream.of(
            "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs", "there",
            "then", "that", "this", "those", "these", "former", "latter", "later", "earlier", "afterwards",
            "هو", "هي", "هم", "هما", "هن", "ذلك", "تلك", "هناك", "هنالك", "هنا", "هذا", "هذه", "حينها", "عندها",
            "آنذاك", "وهو", "وهي", "وهم", "وهناك", "وذلك"), ArabicStopWords.DIALECT_DEMONSTRATIVES.stream())
            .collect(Collectors.toUnmodifiableSet());

    /** The prepositions by which a question names what a reply was to ("respond to", "رد على"), folded. */
    private static final Set<String> REPLIED_TO = Set.of("to", "علي");

    /** English function and question words: neither a name nor a topic (Arabic ones: {@link ArabicStopWords}). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "about",
            "after", "before", "is", "are", "was", "were", "be", "been", "will", "would", "did", "do", "does",
            "has", "have", "had", "can", "could", "should", "what", "which", "who", "whom", "whose", "when",
            "where", "why", "how", "many", "much", "also", "next", "else", "more", "other", "tell", "me");

    /**
     * Arabic writes "after it", "about them" as one word: a preposition or adverb with an attached
     * pronoun (بعدها, عنه, معهم; in the dialects بيها، معاه، وياه). Such a word refers back as surely
     * as "he" does.
     */
    private static final Set<String> ATTACHED_REFERENCES = attachedReferences();

    private FollowUpRule() {
    }

    private static Set<String> attachedReferences() {
        Set<String> words = new java.util.HashSet<>();
        for (String base : List.of("بعد", "قبل", "عن", "من", "مع", "إلي", "الي", "علي", "عند", "لدي", "في", "ل", "ب")) {
            for (String pronoun : ArabicRootSkeleton.THIRD_PERSON_PRONOUNS) {
                words.add(base + pronoun);
            }
        }
        words.addAll(ArabicStopWords.DIALECT_ATTACHED);
        return Set.copyOf(words);
    }

    /**
     * The standalone question, or empty when the question stands alone or nothing can be carried. An Arabic
     * follow-up to an English question carries that question's words as {@code inArabic} translates them: it is
     * searched as Arabic, whose path reads Latin words as names only. An English follow-up to an Arabic question
     * carries its Arabic words as they are, which the English path keeps untranslated.
     *
     * @param language the question's language ({@link LanguageDetector#detect}), as the service searches it
     */
    static Optional<String> rewrite(String question, String language, List<String> history,
            UnaryOperator<String> inArabic) {
        if (history.isEmpty() || !pointsBack(question)) {
            return Optional.empty();
        }
        boolean arabic = LanguageDetector.ARABIC.equals(language);
        Set<String> own = new LinkedHashSet<>(lower(words(question)));
        Set<String> carried = new LinkedHashSet<>();
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - CARRY_TURNS); i--) {
            String earlier = history.get(i);
            boolean translated = arabic && LanguageDetector.ENGLISH.equals(LanguageDetector.detect(earlier));
            for (String term : anchors(translated ? inArabic.apply(earlier) : earlier)) {
                if (!own.contains(term.toLowerCase(Locale.ROOT))) {
                    carried.add(term);
                }
            }
            // A question that stood alone opened its topic: the ones before it asked about another one.
            if (!pointsBack(earlier)) {
                break;
            }
        }
        if (carried.isEmpty()) {
            return Optional.empty();
        }
        // A closing "one" stands for the noun carried over ("and the Iranian one?"): searched, it is the number.
        String body = question.strip().replaceAll("[?؟]+$", "").strip().replaceAll("(?i)(?<=\\S)\\s+ones?$", "");
        String mark = question.strip().endsWith("؟") ? "؟" : question.strip().endsWith("?") ? "?" : "";
        return Optional.of(body + " (" + String.join(" ", carried) + ")" + mark);
    }

    /**
     * Whether the question refers back, goes on from the one before ({@link #opensOnAnd}), or has too few words of
     * its own to be understood alone.
     */
    static boolean pointsBack(String question) {
        List<String> words = words(question);
        if (words.stream().map(FollowUpRule::withoutConjunction).anyMatch(w -> REFERENCES.contains(w)
                || ATTACHED_REFERENCES.contains(w)) || hasPronounOfEarlierName(words)
                || words.stream().map(ArabicTextNormalizer::normalize)
                        .anyMatch(ArabicStopWords::hasGluedDemonstrative)) {
            return true;
        }
        if (asksReplyToNothingNamed(question, words) || opensOnAnd(words)) {
            return true;
        }
        // The dialects' "one" after a how-many word ("طيب والمصابين كم واحد؟", how many people?) is part of the
        // question word, not a word of the question's own.
        List<String> folded = words.stream().map(ArabicTextNormalizer::normalize).toList();
        List<String> content = IntStream.range(0, words.size())
                .filter(i -> !isFunctionWord(words.get(i)) && !ArabicQuestionWords.countsPeopleAt(folded, i))
                .mapToObj(words::get).toList();
        boolean latin = content.stream().anyMatch(FollowUpRule::isLatin);
        boolean named = content.stream().anyMatch(w -> isNumber(w) || isLatin(w) && isCapitalised(w) && !isFirst(words, w));
        return content.size() < MIN_OWN_WORDS || latin && !named;
    }

    /**
     * Whether the question opens on "and" before its question or function word (وبأي شرط…، ومتى…، "And which
     * weekday…"): a question joined so goes on from the one asked before it, however many words of its own it has.
     * "وبأي شرط يسمح إن طيارات مقاتلة تنباع لإيران؟" after what the resolution 2231 the news cited is about asks
     * the resolution's condition, and its sentence names the resolution. A first word that merely opens on و
     * (وزير، وين) or on "and" (Andrew) joins nothing. The dialects' "well" or "okay" before the joined word
     * ({@link ArabicStopWords#TURN_OPENERS}) opens the user's turn and leaves it joined: "زين ومنو من المسؤولين
     * الإيرانيين اللي دخّل إسرائيل بالسالفة؟" after whether Abdollahian blamed Israel for the strike on the war college
     * asks which Iranian official blamed Israel for that strike.
     */
    private static boolean opensOnAnd(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        boolean opened = words.size() > 1
                && ArabicStopWords.TURN_OPENERS.contains(ArabicTextNormalizer.normalize(words.getFirst()));
        String first = words.get(opened ? 1 : 0).toLowerCase(Locale.ROOT);
        String rest = ArabicProclitics.withoutConjunction(first, 2);
        return "and".equals(first) || rest.length() < first.length()
                && (isFunctionWord(rest) || ArabicQuestionWords.ALL.contains(ArabicTextNormalizer.normalize(rest)));
    }

    /**
     * Whether the question asks how someone replied or reacted ({@link ArabicSpeechVerbs#asksReply}) without
     * naming what to ("how did the Syrian army respond?"، "وكيف رد الجيش السوري؟"): a reply is always to
     * something, and left unnamed that is what the conversation was about, as surely as a pronoun says so.
     */
    private static boolean asksReplyToNothingNamed(String question, List<String> words) {
        return ArabicSpeechVerbs.asksReply(ArabicTextNormalizer.words(question))
                && words.stream().map(ArabicTextNormalizer::normalize)
                .map(w -> w.toLowerCase(Locale.ROOT)).noneMatch(REPLIED_TO::contains);
    }

    /**
     * Whether a noun or verb carries a third person's pronoun, which in a follow-up stands for
     * someone named before: "وشو اسم نظيره السوري؟" (his counterpart), "ومين بيصنفها جماعة
     * إرهابية؟" (classes it). Not the first word of a relative clause, whose pronoun stands for the
     * noun the clause describes ("العملية التي أطلقتها الفصائل", "نظيره اللي عزّاه").
     */
    private static boolean hasPronounOfEarlierName(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            boolean resumptive = i > 0 && ArabicStopWords.opensRelativeClause(
                    ArabicTextNormalizer.normalize(words.get(i - 1)));
            if (!resumptive && ArabicRootSkeleton.endsInThirdPersonPronoun(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The terms of an earlier question worth carrying: its names (in English capitalised words past
     * the first), numbers and content words ("the spokesman of the foreign ministry" is who "he" is
     * as much as a name would be); English words need four letters, Arabic ones three.
     */
    static List<String> anchors(String question) {
        List<String> words = words(question);
        List<String> anchors = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isFunctionWord(w)) {
                continue;
            }
            boolean keep = isNumber(w) || (isLatin(w) ? isCapitalised(w) && i > 0 || w.length() >= MIN_ENGLISH_CONTENT
                    : w.length() >= 3);
            if (keep) {
                anchors.add(w);
            }
        }
        return anchors;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean isFunctionWord(String word) {
        String w = withoutConjunction(word);
        return FUNCTION_WORDS.contains(w) || ArabicStopWords.contains(ArabicTextNormalizer.normalize(w))
                || REFERENCES.contains(w) || ATTACHED_REFERENCES.contains(w);
    }

    /** Lower case, and without the Arabic "and"/"so" (و, ف) that joins the next word. */
    private static String withoutConjunction(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String rest = ArabicProclitics.withoutConjunction(w, 2);
        return rest.length() < w.length() && isFunctionWord(rest) ? rest : w;
    }

    private static boolean isFirst(List<String> words, String word) {
        return !words.isEmpty() && words.get(0).equals(word);
    }

    private static boolean isNumber(String word) {
        return Character.isDigit(word.charAt(0));
    }

    private static boolean isLatin(String word) {
        char c = word.charAt(0);
        return c < 0x250 && Character.isLetter(c);
    }

    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }
}
