package io.isnad.ingest.arabic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Group indices by the root skeleton ({@link ArabicRootSkeleton#of}) of each member. */
    private static final Map<String, Set<Integer>> BY_SKELETON = bySkeleton();

    private ArabicNewsSynonyms() {
    }

    private static Map<String, Set<Integer>> bySkeleton() {
        Map<String, Set<Integer>> map = new HashMap<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            for (String word : GROUPS.get(g)) {
                String skeleton = ArabicRootSkeleton.of(word);
                if (skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH) {
                    map.computeIfAbsent(skeleton, k -> new HashSet<>()).add(g);
                }
            }
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(map);
    }

    /**
     * Whether two words belong to one group, given by their root skeletons ({@link ArabicRootSkeleton#of}
     * of each as it stands in a text, with article, suffixes, case endings): "شهيداً" and "القتلى" do.
     * Words are compared by root skeleton, so the inflected forms of a member count; a caller that
     * compares one word with several has its skeleton at hand already.
     */
    public static boolean sameGroupOfSkeletons(String skeletonA, String skeletonB) {
        Set<Integer> groupsOfA = BY_SKELETON.getOrDefault(skeletonA, Set.of());
        if (groupsOfA.isEmpty()) {
            return false;
        }
        for (int g : BY_SKELETON.getOrDefault(skeletonB, Set.of())) {
            if (groupsOfA.contains(g)) {
                return true;
            }
        }
        return false;
    }
}
