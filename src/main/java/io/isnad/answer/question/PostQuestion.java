package io.isnad.answer.question;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A question that asks what post or job a person holds ("وهو بيشتغل ايه؟"، "وما منصبه؟"، "What post did
 * he hold?"): its answer is a sentence that gives the person's title (وزير الخارجية الروسي سيرغي
 * لافروف), which never holds the asking word itself, so that word is no evidence to find in it.
 */
public final class PostQuestion {

    /** The English noun a question asks a person's rank by (Arabic ones: {@link ArabicPersonTitles#asksRank}). */
    private static final String RANK = "rank";
    /**
     * English nouns a question asks a post by (Arabic ones: {@link ArabicPersonTitles#asksPost}). Not
     * "role" or "title": "his role in the attack" asks what he did, "the title of his book" a name.
     */
    private static final Set<String> ENGLISH = Set.of("job", "post", "position", "occupation", "profession", RANK);

    /** English words that place the asked post before another: "before he became…", "his previous post". */
    private static final Set<String> ENGLISH_EARLIER = Set.of("before", "previous", "previously", "prior", "former",
            "formerly", "earlier");

    /**
     * English words that ask for the one who held a post before or after another, or in another's place: "Who
     * led them before Pourhashemi?", "Prior to Manning, who…?", "Who was his successor?", "Who should govern
     * Gaza instead of Hamas?". Not "former", "previous" or "earlier", which qualify the post the question names
     * ("the former lead guitarist of") as often as they ask another's.
     */
    private static final Set<String> ENGLISH_OTHER_HOLDER = Set.of("before", "prior", "predecessor", "predecessors",
            "successor", "successors", "succeeded", "preceded", "replaced", "instead");

    private PostQuestion() {
    }

    /**
     * Whether a question asks for a post: it holds a word that asks one, and asks no time, figure or
     * place ("when did he take the job?" and "How long has he held that job?" ask when and how long).
     */
    public static boolean asks(String question, QuestionType type) {
        return asks(QuestionAnalyzer.words(question), type);
    }

    /**
     * Whether a question's folded, lower-cased words ask for a post ({@link #asks}) held before another, by a word
     * that places it earlier ("What post did he hold before he became commander…?"، "وش كان منصبه قبل ما يصير
     * أمين…؟").
     */
    public static boolean asksEarlier(List<String> words, QuestionType type) {
        return asks(words, type) && words.stream()
                .anyMatch(word -> ENGLISH_EARLIER.contains(word) || ArabicPersonTitles.placesPostEarlier(word));
    }

    /**
     * Whether a who-question's folded, lower-cased words ask for the one who held a post before or after another
     * person, or in his place: a word that places the holding earlier ({@link ArabicPersonTitles#placesPostEarlier}:
     * "مين كان قائد المستشارين بحلب قبل ما يستلم بورهاشمي؟"; {@link #ENGLISH_OTHER_HOLDER}), asks the successor
     * ({@link ArabicPersonTitles#asksSuccessor}: "من خلف العميد…؟") or asks instead of whom ({@link
     * ArabicPersonTitles#asksInstead}: "من يحكم غزة بدلاً من حماس؟"). Its answer is another than the one it names.
     */
    public static boolean asksOtherHolder(List<String> words, QuestionType type) {
        if (type != QuestionType.PERSON) {
            return false;
        }
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (ENGLISH_OTHER_HOLDER.contains(word) || ArabicPersonTitles.placesPostEarlier(word)
                    || ArabicPersonTitles.asksSuccessor(words, w) || ArabicPersonTitles.asksInstead(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a question's folded, lower-cased words ask for a person's rank: "rank" ("What is Hassan Abdul
     * Ghani's military rank?") or Arabic رتبة ({@link ArabicPersonTitles#asksRank}: "وشو رتبتو بالجيش؟"), and no
     * time, figure or place. A rank is given by its own titles (العميد، اللواء), which no other post writes.
     */
    public static boolean asksRank(List<String> words, QuestionType type) {
        return !type.typed() && words.stream().anyMatch(word -> RANK.equals(word) || ArabicPersonTitles.asksRank(word));
    }

    /**
     * The word among a question's folded, lower-cased words that asks a person's post or rank (منصبه، الرتبة,
     * job, rank), when it asks one ({@link #asks}, {@link #asksRank}); empty otherwise. It names the kind of thing
     * the answer is, a title, which news gives by its own word (العميد، وزير الخارجية), seldom by this one.
     */
    public static String askingWord(List<String> words, QuestionType type) {
        return type.typed() ? "" : words.stream()
                .filter(word -> asksPost(word) || ArabicPersonTitles.asksRank(word)).findFirst().orElse("");
    }

    /** Whether folded, lower-cased words ask for a post, and no time, figure or place. */
    public static boolean asks(List<String> words, QuestionType type) {
        return !type.typed() && words.stream().anyMatch(PostQuestion::asksPost);
    }

    /** The question without the words that ask for a post, as written otherwise. */
    public static String withoutAskingWords(String question) {
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(question);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(kept, asksPost(ArabicTextNormalizer.normalize(m.group()).toLowerCase(Locale.ROOT))
                    ? "" : Matcher.quoteReplacement(m.group()));
        }
        return m.appendTail(kept).toString();
    }

    private static boolean asksPost(String folded) {
        return ENGLISH.contains(folded) || ArabicPersonTitles.asksPost(folded);
    }
}
