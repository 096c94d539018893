package io.isnad.ingest.arabic;

import java.util.List;

/**
 * A small, curated table of words news prose uses for the same thing (killed/dead, wounded/injured,
 * attack/assault, announced/declared/said, visited/travelled, academy/college), so that a question
 * worded one way finds a sentence worded the other. Each group was kept only after the dev sets
 * showed it helps (docs/answers.md); general synonym lists were not, as they drift off meaning.
 */
public final class ArabicNewsSynonyms {

    /** Groups of interchangeable words, as written; callers analyse them like any text. */
    public static final List<List<String>> GROUPS = List.of(
            List.of("قتل", "مقتل", "قتلى", "قتيل", "ضحايا", "مصرع", "لقي حتفه"),
            List.of("جرحى", "جريح", "مصاب", "مصابين", "إصابة", "أصيب", "أصيبوا", "جرح"),
            List.of("هجوم", "هجمات", "اعتداء", "غارة"),
            List.of("أعلن", "أكد", "صرح", "أفاد"),
            List.of("زار", "زيارة", "يزور", "سيزور", "توجه", "سافر"),
            List.of("الأكاديمية", "الكلية", "المعهد"),
            List.of("ناقش", "بحث", "تناول", "ناقشا", "بحثا"));

    private ArabicNewsSynonyms() {
    }
}
