package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words a question asks a news story's source by: the story itself (الخبر، المقال، التقرير), its
 * source (مصدر), the outlet (موقع، وكالة، جريدة), the verb of publishing (نشر، نقل) and the one who wrote it
 * (كاتب، صحفي، مراسل). Folded as the text is; a word is looked up without a glued و or ف, an article or a
 * Levantine "هال" before it, and without a possessive ه or ها after it (مصدره، هالخبر، والموقع). A verb of
 * publishing with an object pronoun ("الموقع اللي نشرها", the site that published it) is read as the verb, its
 * pronoun standing for the story ({@link #publishesIt}).
 */
public final class ArabicSourceWords {

    /** What a word of a source question names. */
    public enum Kind { STORY, SOURCE, OUTLET, PUBLISHING, AUTHOR }

    private static final Set<String> STORY = foldedSet("خبر", "أخبار", "مقال", "مقالة", "تقرير", "قصة");
    private static final Set<String> SOURCE = foldedSet("مصدر", "مصادر");
    private static final Set<String> OUTLET = foldedSet("موقع", "وكالة", "جريدة", "صحيفة", "قناة");
    /** The outlets that come out in dated issues (newspapers, magazines), whose date a text may give. */
    private static final Set<String> PERIODICALS = foldedSet("جريدة", "صحيفة", "مجلة");
    /**
     * Nouns of the one who wrote a story. Not the verb كتب: "ماذا كتب في تقريره" asks what the report says, and
     * "مكتوب بأي لغة" its language.
     */
    private static final Set<String> AUTHOR = foldedSet("كاتب", "صحفي", "صحافي", "مراسل", "محرر");
    private static final Set<String> PUBLISHING = foldedSet("نشر", "نشرت", "ينشر", "تنشر", "بينشر", "بتنشر", "اتنشر",
            "انشر", "نقل", "نقلت", "أورد", "أوردت");
    /**
     * What may stand glued before the word once its conjunction is off: the Levantine demonstrative or the
     * article, alone or after ب or ل (هالخبر، بالموقع، للوكالة).
     */
    private static final List<String> PREFIXES = Stream.concat(Stream.of(ArabicProclitics.DEMONSTRATIVE),
            ArabicProclitics.ARTICLE_AFTER_PREPOSITION.stream()).toList();
    private static final String[] SUFFIXES = {"ها", "ه"};
    /** Letters a word keeps at least once a prefix or suffix is cut off. */
    private static final int MIN_STEM = 3;

    private ArabicSourceWords() {
    }

    /** What a folded word of a question names when it asks a story's source, if anything. */
    public static Optional<Kind> of(String folded) {
        Kind kind = ofUnglued(folded);
        String unglued = ArabicProclitics.withoutConjunction(folded, MIN_STEM);
        return Optional.ofNullable(kind == null && !unglued.equals(folded) ? ofUnglued(unglued) : kind);
    }

    /**
     * Whether a folded text holds a story word anywhere, glued to other letters or not, or a verb of publishing
     * with a pronoun after it: every word {@link #of} reads as {@link Kind#STORY} holds one whole, and every
     * word {@link #publishesIt} reads holds its verb and pronoun, so a text without any names no story.
     */
    public static boolean namesStory(String folded) {
        for (String story : STORY) {
            if (folded.contains(story)) {
                return true;
            }
        }
        for (String verb : PUBLISHING) {
            // Every place the verb stands, not only the first: "نشر … ثم نشرها" holds it with its pronoun later.
            for (int at = folded.indexOf(verb); at >= 0; at = folded.indexOf(verb, at + 1)) {
                if (folded.startsWith("ه", at + verb.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a folded word is a verb of publishing with an object pronoun (نشرها، نشره، ونشرته): "the site
     * that published it" asks the source of what the pronoun stands for, a story, whatever the question called
     * it before (a letter, a statement).
     */
    public static boolean publishesIt(String folded) {
        String word = ArabicProclitics.withoutConjunction(folded, MIN_STEM);
        String verb = withoutSuffix(word);
        return !verb.equals(word) && PUBLISHING.contains(verb);
    }

    /**
     * Whether a folded word of a text names a periodical ({@link #PERIODICALS}: جريدة المجاهد، الصحيفة، للمجلة), with
     * the article or a preposition before it as {@link #of} reads a source word.
     */
    public static boolean namesPeriodical(String folded) {
        return PERIODICALS.contains(ArabicProclitics.withoutFirst(folded, PREFIXES, MIN_STEM));
    }

    /** The outlet nouns, folded, for building patterns: a sentence names an outlet after one (وكالة "مهر"). */
    public static Set<String> outlets() {
        return OUTLET;
    }

    /** Plain lookups, no streams: every word of a question that names a story is read so. */
    private static Kind ofUnglued(String word) {
        if (PUBLISHING.contains(word) || publishesIt(word)) {
            return Kind.PUBLISHING;
        }
        String bare = ArabicProclitics.withoutFirst(word, PREFIXES, MIN_STEM);
        Kind kind = nounKind(bare);
        return kind != null ? kind : nounKind(withoutSuffix(bare));
    }

    private static Kind nounKind(String noun) {
        if (STORY.contains(noun)) {
            return Kind.STORY;
        }
        if (SOURCE.contains(noun)) {
            return Kind.SOURCE;
        }
        if (OUTLET.contains(noun)) {
            return Kind.OUTLET;
        }
        return AUTHOR.contains(noun) ? Kind.AUTHOR : null;
    }

    private static String withoutSuffix(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

}
