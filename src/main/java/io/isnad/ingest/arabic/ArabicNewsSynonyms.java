package io.isnad.ingest.arabic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, curated table of words news prose uses for the same thing (killed/dead/martyrs,
 * wounded/injured, attack/assault, announced/declared/said, carried out/launched,
 * visited/travelled, academy/college), so that a question worded one way finds a sentence worded
 * the other. English questions reach it through their Arabic translations. Each group was kept
 * only after the dev sets showed it helps (docs/answers.md); general synonym lists were not, as
 * they drift off meaning. Every entry is one word: a phrase would be split into words that each
 * mean something else.
 */
public final class ArabicNewsSynonyms {

    /** Groups of interchangeable words, as written; callers analyse them like any text. */
    public static final List<List<String>> GROUPS = List.of(
            List.of("قتل", "مقتل", "قتلى", "قتيل", "ضحايا", "مصرع", "حتفه", "شهيد", "شهداء", "استشهد", "مات", "توفي",
                    "وفاة"),
            List.of("جرحى", "جريح", "مصاب", "مصابين", "إصابة", "إصابات", "أصيب", "أصيبوا", "جرح", "جروح"),
            List.of("هجوم", "هجمات", "اعتداء", "غارة", "هاجم", "استهدف", "استهداف"),
            List.of("أعلن", "أكد", "صرح", "أفاد"),
            // Not "زار": it is also the stem of وزارة (ministry), which would make every ministry a visit.
            List.of("زيارة", "يزور", "سيزور", "توجه", "سافر"),
            List.of("الأكاديمية", "الكلية", "المعهد"),
            List.of("ناقش", "بحث", "تناول", "ناقشا", "بحثا"));

    /**
     * What news figures count, each as words of its own: the killed and the wounded (the first two
     * groups above: news reports both tolls of one event, each with its own figure) and the people
     * who live in a place. A sentence that names one of them and not another gives a figure of the
     * one it names. The residents are no synonym group: a population sentence is not matched by them.
     */
    private static final List<List<String>> COUNTED = List.of(GROUPS.get(0), GROUPS.get(1),
            List.of("سكان", "نسمة", "يعيش", "يعيشون", "عاش", "عيش", "يقطن", "يسكن", "قاطن"));
    private static final Map<String, Set<Integer>> COUNTED_BY_SKELETON = countedIndex();
    private static final Pattern WORD = Pattern.compile("\\p{IsArabic}+");

    /** Group indices by the root skeleton ({@link ArabicRootSkeleton#of}) of each member long enough to count. */
    private static final Map<String, Set<Integer>> BY_SKELETON = index(true);
    /**
     * Group indices by the folded form, without the article, of each member whose skeleton is too
     * short to match on (ضحايا → ضح of a weak root، توفي، أكد، غارة): such a member is matched as
     * written, never by its two letters, which would tie أضحى ("became") to the victims.
     */
    private static final Map<String, Set<Integer>> BY_FORM = index(false);

    private ArabicNewsSynonyms() {
    }

    private static Map<String, Set<Integer>> index(boolean bySkeleton) {
        Map<String, Set<Integer>> map = new HashMap<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            for (String word : GROUPS.get(g)) {
                String skeleton = ArabicRootSkeleton.of(word);
                boolean longEnough = skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH;
                if (longEnough == bySkeleton) {
                    map.computeIfAbsent(bySkeleton ? skeleton : form(word), k -> new HashSet<>()).add(g);
                }
            }
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(map);
    }

    /**
     * A word folded, without the article (also after a glued proclitic: والضحايا، للضحايا) when two
     * letters or more are left.
     */
    private static String form(String word) {
        return ArabicRootSkeleton.withoutArticle(ArabicTextNormalizer.normalize(word), 2);
    }

    /**
     * Whether two words, each as it stands in a text (with article, suffixes, case endings) and with
     * its root skeleton ({@link ArabicRootSkeleton#of}), belong to one group: "شهيداً" and "القتلى" do,
     * "الضحايا" and "شهيداً" too. Members are compared by root skeleton, so the inflected forms of a
     * member count; a member whose skeleton is too short counts only as written. A caller that
     * compares one word with several has its skeleton at hand already.
     */
    public static boolean sameGroup(String wordA, String skeletonA, String wordB, String skeletonB) {
        Set<Integer> groupsOfA = groups(wordA, skeletonA);
        if (groupsOfA.isEmpty()) {
            return false;
        }
        for (int g : groups(wordB, skeletonB)) {
            if (groupsOfA.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the Arabic words of {@code text} count ({@link #COUNTED}), as indices: "عدد الجرحى بلغ
     * 277" the wounded, "قُتل 120 شخصًا" the killed, "يبلغ عدد سكانها" the residents. Words are
     * compared by root skeleton, those whose skeleton is too short as written.
     */
    public static Set<Integer> counted(String text) {
        Set<Integer> counted = new TreeSet<>();
        Matcher m = WORD.matcher(ArabicTextNormalizer.normalize(text));
        while (m.find()) {
            String skeleton = ArabicRootSkeleton.of(m.group());
            counted.addAll(COUNTED_BY_SKELETON.getOrDefault(
                    skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH ? skeleton : "=" + form(m.group()), Set.of()));
        }
        return counted;
    }

    private static Map<String, Set<Integer>> countedIndex() {
        Map<String, Set<Integer>> map = new HashMap<>();
        for (int c = 0; c < COUNTED.size(); c++) {
            for (String word : COUNTED.get(c)) {
                String skeleton = ArabicRootSkeleton.of(word);
                // A short skeleton is kept as the folded form, marked apart from the skeletons.
                map.computeIfAbsent(skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH ? skeleton : "=" + form(word),
                        k -> new HashSet<>()).add(c);
            }
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(map);
    }

    private static Set<Integer> groups(String word, String skeleton) {
        return skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH ? BY_SKELETON.getOrDefault(skeleton, Set.of())
                : BY_FORM.getOrDefault(form(word), Set.of());
    }
}
