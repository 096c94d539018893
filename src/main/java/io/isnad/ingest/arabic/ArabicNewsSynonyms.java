package io.isnad.ingest.arabic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small, curated table of words news prose uses for the same thing (killed/dead/martyrs, wounded/injured,
 * attack/assault, announced/declared/said, carried out/launched, visited/travelled, academy/college,
 * agreement/understanding, funeral/burial procession, discovered/found, famous/known, words/statements,
 * classified/listed, mediated/mediation, needed, blame/responsibility, breach/violation, return, fear/warning,
 * important/importance, most/majority, condolence, and two groups of everyday verbs: can/is able, believes/thinks),
 * so that a question worded one way finds a sentence worded the other. English questions reach it through their
 * Arabic translations. Each group was kept only after the dev sets showed it helps (docs/answers.md); general synonym lists
 * were not, as they drift off meaning. Every entry of {@link #GROUPS} is one word: a phrase would be split into words
 * that each mean something else; the few news wordings that are phrases are {@link #PHRASE_GROUPS}.
 */
public final class ArabicNewsSynonyms {

    /** In force: a ceasefire or a law taking effect. */
    private static final List<String> IN_FORCE = List.of("سارية", "ساري", "سريان", "حيز التنفيذ", "سارية المفعول",
            "بدأ تطبيق", "بدء تطبيق");
    /** Taking office: an inauguration ({@link ArabicPersonTitles#officeTakenPhrases}). */
    private static final List<String> TOOK_OFFICE = ArabicPersonTitles.officeTakenPhrases();
    /**
     * The groups whose words name one event a news sentence gives the date of beside them, and that a question
     * asks of by a word of the group: a ceasefire's or a law's entry into force, an inauguration ("والذي دخل حيز
     * التنفيذ يوم الأحد"، "على تنصيبه امس الاثنين"). Not an attack: news tells one by many words the group does not
     * hold (a bombing, a strike, an operation), and a date some words after its word may be that of the deed the
     * question asks of (it cost two answers, docs/answers.md, "when52"). Not the words of saying (a statement is
     * dated by the day the source spoke, which also dates the deed it announces), nor the tolls, things, abilities
     * and beliefs. A visit, talks, a funeral and a find reached no question of the tuning parts and were not
     * measured.
     */
    private static final List<List<String>> DATED_EVENTS = List.of(IN_FORCE, TOOK_OFFICE);
    /**
     * What a word may carry after a member's word it is read as: the accusative's ا or a glued pronoun (ساريا،
     * تنصيبه، منصبه); not any letter, or the nerve gas (السارين) would be "in force".
     */
    private static final Set<String> MEMBER_ENDINGS = Stream.concat(Stream.of("", "ا"),
            ArabicRootSkeleton.GLUED_PRONOUNS.stream()).collect(Collectors.toUnmodifiableSet());

    /** Groups of interchangeable words, as written; callers analyse them like any text. */
    public static final List<List<String>> GROUPS = List.of(
            // مات with its person endings written out (ماتوا، ماتت): its skeleton is too short to match on, so each
            // form is matched as written.
            List.of("قتل", "مقتل", "قتلى", "قتيل", "ضحايا", "مصرع", "حتفه", "شهيد", "شهداء", "استشهد", "مات", "ماتوا",
                    "ماتت", "توفي", "وفاة"),
            List.of("جرحى", "جريح", "مصاب", "مصابين", "إصابة", "إصابات", "أصيب", "أصيبوا", "جرح", "جروح"),
            List.of("هجوم", "هجمات", "اعتداء", "غارة", "هاجم", "استهدف", "استهداف"),
            // قال too: news reports one statement by any verb of saying ("قال" asked, "أكد" written).
            List.of("أعلن", "أكد", "صرح", "أفاد", "قال"),
            // Not "زار": it is also the stem of وزارة (ministry), which would make every ministry a visit.
            List.of("زيارة", "يزور", "سيزور", "توجه", "سافر"),
            List.of("الأكاديمية", "الكلية", "المعهد"),
            List.of("ناقش", "بحث", "تناول", "ناقشا", "بحثا"),
            List.of("اتفاق", "اتفاقات", "اتفاقية", "اتفاقيات", "تفاهم", "تفاهمات"),
            List.of("جنازة", "جنازات", "تشييع", "شيعت", "شيعوا"),
            List.of("يمكن", "يستطيع", "تستطيع", "يستطيعون", "بإمكان", "قادر", "قادرة"),
            List.of("يعتقد", "يظن", "تعتقد", "تظن", "يعتقدون", "يظنون"),
            List.of("اكتشف", "اكتشفت", "اكتشاف", "مكتشف", "مكتشفة", "عثر", "عثرت", "العثور"),
            List.of("اشتهر", "يشتهر", "تشتهر", "مشهور", "مشهورة", "شهير", "شهيرة", "معروف", "معروفة"),
            List.of("كلام", "قول", "قوله", "أقوال", "تصريح", "تصريحات"),
            List.of("صنف", "صنفت", "يصنف", "تصنف", "تصنيف", "أدرج", "أدرجت", "يدرج", "إدراج"),
            // A truce or a deal brokered: news writes the mediation (بوساطة تركيا وروسيا) as often as the verb
            // (توسطت). Not the present يتوسط، تتوسط: also "lies in the middle of" a place.
            List.of("وساطة", "الوساطة", "وسيط", "الوسيط", "توسط", "توسطت", "توسطا"),
            // A need: the dialects and chat ask what it was "needing" (محتاج), news writes بحاجة إلى or يتطلب.
            List.of("محتاج", "محتاجة", "بحاجة", "يحتاج", "تحتاج", "احتاج", "يتطلب", "تتطلب"),
            // Blame: a question asks whom someone blamed (ألقى اللوم، ذبّ اللوم), news writes whom he held
            // responsible (حمّل … مسؤولية المجزرة).
            List.of("اللوم", "باللوم", "لوم", "المسؤولية", "مسؤولية", "مسؤوليته"),
            // A breach of a resolution, a truce or a law: a question says it was violated (خالفت القرار), news
            // writes the breach (خرقا لقرار مجلس الأمن). Not انتهاك: with it the English "break", read as خرق, took
            // the violation's words too, and two English answers cited their answering sentence second.
            List.of("خرق", "خرقت", "خروقات", "خالف", "خالفت", "مخالفة"),
            // A return: the dialects and plain speech say رجع (يرجع لسوريا), news writes عاد and the noun عودة.
            List.of("عودة", "العودة", "عودته", "يعود", "تعود", "عاد", "عادت", "رجع", "رجعت", "يرجع", "ترجع", "رجوع"),
            // A fear: a question asks what someone is afraid of (خايف من، يخشى), news reports it as his warning
            // (محذراً من عودة الجماعات، نحذر من). Not the bare حذر (also "caution"), the noun تحذير nor مخاوف, which
            // the English "warned", "warning", "fears" and "concern" are read as: an English question keeps its words.
            List.of("خايف", "خائف", "يخاف", "تخاف", "يخشى", "تخشى", "خشية", "يحذر", "تحذر", "نحذر", "محذرا", "حذرت"),
            // Importance: a question asks why a thing is important (مهم), news writes that it has importance (له
            // أهمية استراتيجية), the noun of another form of the same root, which neither the stem nor the root
            // keys tie to the adjective.
            List.of("مهم", "هام", "أهمية"),
            // Most of: the dialects and plain speech say أغلب (على أغلب سوريا), news writes معظم (على معظم أنحاء
            // سوريا) or the majority (غالبية، أغلبية).
            List.of("معظم", "أغلب", "غالبية", "أغلبية"),
            // Condolence: a question says one official consoled another (عزّاه)، news writes he cabled him
            // condoling (أبرق… معزياً) or sent his condolences (تعزية، تعازي).
            List.of("تعزية", "تعازي", "معزيا", "عزى", "عزاه", "يعزي"));

    /**
     * Members of {@link #GROUPS} that stand for their group only as written, the preposition glued on: the index also
     * stacks the word without it (بحاجة as حاجة), whose light stem حاج is also the title الحاج "the pilgrim" (الحاج
     * هاشم), which would otherwise be found as a need (احتاج، يتطلب).
     */
    public static final Set<String> AS_WRITTEN = Set.of("بحاجة");

    /**
     * Groups of news wordings for one thing where a member may be a phrase: news writes "ceasefire"
     * as هدنة or as وقف إطلاق النار, "in force" as سارية or as دخل حيز التنفيذ, "released" as أفرج
     * or as أطلق سراح, "took office" as تنصيب or as تولى منصبه, the Americans as الولايات المتحدة. A
     * phrase stands for the thing only whole, never by one of its words (وقف alone is any stop, إطلاق any launch), so
     * these groups are kept apart from {@link #GROUPS}, whose members each match on their own.
     * General news vocabulary only, each group measured on every dev set (docs/answers.md).
     */
    public static final List<List<String>> PHRASE_GROUPS = List.of(
            // The calm and the halt of fighting news also calls a truce (اتفاق التهدئة، وقف القتال).
            List.of("هدنة", "وقف إطلاق النار", "وقف النار", "تهدئة", "وقف القتال"),
            IN_FORCE,
            List.of("الإفراج", "أفرج", "أفرجت", "إطلاق سراح", "أطلق سراح", "أطلقت سراح"),
            TOOK_OFFICE,
            // A state by its short name, its people's adjective or its long name, which news writes most.
            List.of("أمريكا", "أميركا", "أمريكي", "أميركي", "الولايات المتحدة"),
            List.of("بريطانيا", "بريطاني", "المملكة المتحدة"),
            // A parliament by the name its state gives it: Iran's and the Gulf's is the Shura council, which news
            // writes as often as "the parliament" (رئيس البرلمان الإيراني for the speaker of مجلس الشورى); Iraq's,
            // Lebanon's, Egypt's and Jordan's the council of deputies, Syria's the people's council.
            List.of("البرلمان", "مجلس الشورى", "مجلس النواب", "مجلس الشعب"));

    /**
     * The killed and the wounded (the first two groups): news reports both tolls of one event, each
     * with its own figure.
     */
    public static final List<List<String>> TOLL_GROUPS = GROUPS.subList(0, 2);
    /**
     * The nouns a question counts people by, whatever befell them (كم شخصاً قُتل، عدد الأشخاص الذين أصيبوا), also in
     * the accusative a count puts them in, whose ا the stemmer keeps. News gives a toll with its own noun (89 شهيداً،
     * 277 جريحاً), so a question counting persons killed is answered by the figure of the dead (the query reads them
     * so where the question names a toll).
     */
    public static final List<String> PERSONS = List.of("شخص", "شخصاً", "أشخاص", "فرد", "فرداً", "أفراد");
    private static final Set<String> PERSONS_FOLDED = ArabicTextNormalizer.foldedSet(PERSONS.toArray(String[]::new));
    /** The words of the killed, as written (the first group): what news tells a death with. */
    public static final List<String> KILLED = GROUPS.getFirst();
    /** The tolls news figures give: the words of the killed and of the wounded. */
    public static final List<String> TOLLS = TOLL_GROUPS.stream().flatMap(List::stream).toList();
    /**
     * The civilians, as written: their root skeleton مدن is the city's (مدينة، المدن), so they are
     * matched by form only. مدن itself is among them, as the form the analyser gives the English
     * "civilians" its translations by; the cities it also writes are counted by no toll either.
     */
    private static final List<String> CIVILIANS = List.of("مدني", "مدنيا", "مدنيين", "مدنيون", "مدن");
    /**
     * What news figures count, each as words of its own: the tolls ({@link #TOLL_GROUPS}), the
     * people who live in a place and the civilians among a toll. A sentence that names one of them and
     * not another gives a figure of the one it names: "How many of those were civilians?" is not
     * answered by "قُتل ما بين 120 و130 شخصًا". The residents are no synonym group: a population sentence
     * is not matched by them.
     */
    private static final List<List<String>> COUNTED = Stream.concat(TOLL_GROUPS.stream(),
            Stream.of(List.of("سكان", "نسمة", "يعيش", "يعيشون", "عاش", "عيش", "يقطن", "يسكن", "قاطن"), CIVILIANS))
            .toList();

    /** {@link #KILLED} folded, for looking a word up by its form (and for what tells a death). */
    public static final Set<String> KILLED_FOLDED = ArabicTextNormalizer.foldedSet(KILLED.stream());

    private static final GroupIndex SYNONYMS = GroupIndex.of(GROUPS, List.of());
    private static final GroupIndex COUNTED_INDEX = GroupIndex.of(COUNTED, CIVILIANS);

    private ArabicNewsSynonyms() {
    }

    /**
     * Which groups of a list each word belongs to.
     *
     * @param bySkeleton group indices by the root skeleton ({@link ArabicRootSkeleton#of}) of each
     *        member long enough to count
     * @param byForm group indices by the folded form, without the article, of each member whose
     *        skeleton is too short to match on (ضحايا → ضح of a weak root، توفي، أكد، غارة): such a
     *        member is matched as written, never by its two letters, which would tie أضحى ("became")
     *        to the victims
     * @param asWritten group indices by the folded form of the members whose skeleton another word
     *        shares ({@link #CIVILIANS}: مدني and مدينة), matched as written though it is long enough
     */
    private record GroupIndex(Map<String, Set<Integer>> bySkeleton, Map<String, Set<Integer>> byForm,
            Map<String, Set<Integer>> asWritten) {

        static GroupIndex of(List<List<String>> groups, List<String> writtenOnly) {
            Map<String, Set<Integer>> bySkeleton = new HashMap<>();
            Map<String, Set<Integer>> byForm = new HashMap<>();
            Map<String, Set<Integer>> asWritten = new HashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                for (String word : groups.get(g)) {
                    String skeleton = ArabicRootSkeleton.of(word);
                    Map<String, Set<Integer>> index = writtenOnly.contains(word) ? asWritten
                            : longEnough(skeleton) ? bySkeleton : byForm;
                    index.computeIfAbsent(index == bySkeleton ? skeleton : form(word), k -> new HashSet<>()).add(g);
                }
            }
            return new GroupIndex(frozen(bySkeleton), frozen(byForm), frozen(asWritten));
        }

        /** The groups of a word as it stands in a text, with its root skeleton. */
        Set<Integer> groups(String word, String skeleton) {
            Set<Integer> groups = longEnough(skeleton) ? bySkeleton.getOrDefault(skeleton, Set.of())
                    : byForm.getOrDefault(form(word), Set.of());
            if (asWritten.isEmpty()) {
                return groups;
            }
            Set<Integer> written = asWritten.getOrDefault(form(word), Set.of());
            if (written.isEmpty()) {
                return groups;
            }
            Set<Integer> both = new HashSet<>(groups);
            both.addAll(written);
            return both;
        }

        private static boolean longEnough(String skeleton) {
            return skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH;
        }

        private static Map<String, Set<Integer>> frozen(Map<String, Set<Integer>> map) {
            map.replaceAll((k, v) -> Set.copyOf(v));
            return Map.copyOf(map);
        }
    }

    /**
     * A word folded, without the article (also after a glued proclitic: والضحايا، للضحايا) when two
     * letters or more are left.
     */
    private static String form(String word) {
        return ArabicProclitics.withoutArticle(ArabicTextNormalizer.normalize(word), 2);
    }

    /**
     * Whether two words, each as it stands in a text (with article, suffixes, case endings) and with
     * its root skeleton ({@link ArabicRootSkeleton#of}), belong to one group: "شهيداً" and "القتلى" do,
     * "الضحايا" and "شهيداً" too. Members are compared by root skeleton, so the inflected forms of a
     * member count; a member whose skeleton is too short counts only as written. A caller that
     * compares one word with several has its skeleton at hand already.
     */
    public static boolean sameGroup(String wordA, String skeletonA, String wordB, String skeletonB) {
        Set<Integer> groupsOfA = SYNONYMS.groups(wordA, skeletonA);
        if (groupsOfA.isEmpty()) {
            return false;
        }
        for (int g : SYNONYMS.groups(wordB, skeletonB)) {
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
        for (String word : ArabicTextNormalizer.arabicWords(text)) {
            counted.addAll(COUNTED_INDEX.groups(word, ArabicRootSkeleton.of(word)));
        }
        return counted;
    }

    /**
     * The tolls a text names, as indices of {@link #TOLL_GROUPS} (the killed, the wounded): {@link #counted} read
     * for them alone. "قُتل ما بين 120 و130 شخصًا" names the killed by its verb, though its figure counts persons.
     */
    public static Set<Integer> tollsNamed(String text) {
        // The toll groups open COUNTED, with the same indices.
        Set<Integer> tolls = counted(text);
        tolls.removeIf(group -> group >= TOLL_GROUPS.size());
        return tolls;
    }

    /** Whether a word, folded here, is one of {@link #PERSONS}, the nouns a question counts people by. */
    public static boolean isPersons(String word) {
        return PERSONS_FOLDED.contains(ArabicTextNormalizer.normalize(word));
    }

    /**
     * Whether one of a question's words is one news tells the killed by ({@link #KILLED}: قتل، مقتل، ضحايا، مات), as
     * written or after its conjunction or preposition. By its form, not by its root skeleton as {@link #counted}
     * reads it: القتال "the fighting" and مقاتل "a fighter" share قتل's, and "How long did the fighting last…?"
     * counts no dead. A dialect verb is read by its Standard word ({@link ArabicDialectWords#standardOf}: انقتل،
     * اتقتلوا → قتل): "قديش واحد من الميليشيات انقتل…؟" asks of the killed as "كم شخصاً قُتل…؟" does, and a question's
     * analysis keeps the words as typed (docs/answers.md, "unans62").
     *
     * @param words the words as {@link ArabicTextNormalizer#words} folds them (a question's analysis has them)
     */
    public static boolean countsKilled(List<String> words) {
        return words.stream().anyMatch(word -> tellsKilled(word)
                || ArabicDialectWords.standardOf(word).filter(ArabicNewsSynonyms::tellsKilled).isPresent());
    }

    /** Whether a folded word is one of {@link #KILLED}, as written or after its conjunction or preposition. */
    private static boolean tellsKilled(String word) {
        return KILLED_FOLDED.contains(word)
                || KILLED_FOLDED.contains(ArabicProclitics.withoutConjunctionAndPreposition(word));
    }

    /**
     * The groups of {@link #DATED_EVENTS} a member of which the folded {@code words} write starting at {@code at},
     * whole and as written: each word with its proclitics and one of the {@link #MEMBER_ENDINGS} (على تنصيبه، دخل
     * حيز التنفيذ، تولى منصبه).
     */
    public static List<List<String>> eventsNamedAt(List<String> words, int at) {
        return DATED_EVENTS.stream().filter(group -> namesAt(words, at, group)).toList();
    }

    /** Whether the folded {@code words} name a member of {@code group} anywhere ({@link #eventsNamedAt}). */
    public static boolean namesEvent(List<String> words, List<String> group) {
        for (int at = 0; at < words.size(); at++) {
            if (namesAt(words, at, group)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAt(List<String> words, int at, List<String> group) {
        for (String member : group) {
            List<String> parts = ArabicTextNormalizer.words(member);
            boolean whole = at + parts.size() <= words.size();
            for (int p = 0; p < parts.size() && whole; p++) {
                String word = words.get(at + p);
                whole = ArabicProclitics.gluedForms(ArabicProclitics.withoutArticle(parts.get(p))).stream()
                        .anyMatch(f -> word.startsWith(f) && MEMBER_ENDINGS.contains(word.substring(f.length())));
            }
            if (whole) {
                return true;
            }
        }
        return false;
    }
}
