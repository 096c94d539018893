package io.isnad.ingest.arabic;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words by which news and encyclopaedia prose gives a thing's name (يُعرف بـ، يسمى، يطلق عليه، يلقب، اسمه،
 * المعروف بـ، الملقب بـ), folded as the text is: a sentence holding one states what something is called. And the
 * words of naming read for other ends: a person's nickname after a name and a comma, a question asking what a
 * thing is named after, or why it is called so.
 */
public final class ArabicNamingWords {

    private static final Set<String> NAMING = ArabicTextNormalizer.foldedSet("يعرف", "تعرف", "عرف", "عرفت", "يسمى",
            "تسمى", "سمي", "سميت", "المسمى", "المسماة", "يطلق", "تطلق", "أطلق", "أطلقت", "يلقب", "تلقب", "لقب",
            "اسمه", "اسمها", "باسم", "المعروف", "المعروفة", "الملقب", "الملقبة", "يدعى", "تدعى");
    /**
     * Nouns news prose sets a coined name right after or inside the quotes of: عملية "ردع العدوان"، "عملية ردع
     * العدوان"، حملة "…"، معركة "…"، خطة "…".
     */
    private static final Set<String> NAMED_NOUNS = ArabicTextNormalizer.foldedSet("عملية", "حملة", "معركة", "خطة",
            "مبادرة", "اتفاقية");
    /**
     * Nouns news prose names a body by, its name following: in quotes (تنظيم "داعش") or as the noun's own definite
     * words, its genitive and adjectives (وزارة الخارجية الإيرانية، منظمة الصحة العالمية).
     */
    private static final Set<String> BODY_NOUNS = ArabicTextNormalizer.foldedSet("وزارة", "منظمة", "تنظيم", "هيئة",
            "حركة", "حزب");
    /** The noun اسم as a question writes it, folded: with the article or a pronoun, or with ما glued (ماسم، مااسم). */
    private static final Pattern NAME_NOUN = Pattern.compile("(?:ال|ما|ماا)?اسم(?:ه|ها|هم)?|ماسم");
    /**
     * The noun اسم in the plural as a question writes it, folded: أسماء with the article or a pronoun (أسماؤه،
     * الأسماء), for a question asking a thing's other names.
     */
    private static final Pattern NAMES_NOUN = Pattern.compile("(?:ال)?اسما(?:و|وه|وها|ءه|ءها|يه|يها)?");
    /**
     * "Other" and "second" as they follow اسم or أسماء in a question asking a thing's other name, folded, agreeing
     * with the noun: الاسم الآخر، الاسم الثاني (and the dialects' التاني)، اسم آخر، أسماؤه الأخرى. Not a bare ثاني,
     * which is the ordinal of the thing named ("ما اسم ثاني أكثر المطارات نشاطاً").
     */
    private static final Set<String> OTHER = ArabicTextNormalizer.foldedSet("آخر", "الآخر", "أخرى", "الأخرى",
            "الثاني", "التاني");
    /**
     * A gloss's closing bracket and أو, folded: encyclopaedia prose gives a thing's other name after the bracket
     * that glosses its first ("الموناليزا (بالفرنسية: Mona Lisa) أو الجيوكاندا").
     */
    private static final Pattern OR_AFTER_GLOSS = Pattern.compile("\\)\\s*او\\s");
    /** نسبةً إلى, "after", by which a question asks what a thing is named after, folded. */
    private static final String AFTER = ArabicTextNormalizer.normalize("نسبة");
    /**
     * The verb سمّى as a question writes it, folded and without a glued و or ف: its persons, tenses and objects,
     * with the dialects' بـ of the present (سمت، سميتهم، يسمون، سموها، سُمّي، سميت، بيسموه). One pattern for the
     * three readings of a question of naming: what a thing is called ({@link #asksName}), named after ({@link
     * #asksNaming}) and why ({@link #asksWhyCalled}).
     */
    private static final String NAMING_VERB = "(?:بي|بت|ي|ت|ن)?سم(?:ي|يت|ت|وا|ون|ين|يا|و|وت)(?:ه|ها|هم)?";
    private static final Pattern NAMING_VERB_WORD = Pattern.compile(NAMING_VERB);
    /** سمو and سموه are also His Highness (صاحب السمو، قال سموه): read as naming only in a why-question. */
    private static final Set<String> HIGHNESS = ArabicTextNormalizer.foldedSet("سمو", "سموه");
    /**
     * A word of the nickname's root as a question writes it, folded and without a glued و or ف: the verb لقّب in its
     * persons and objects and the noun لقب, with a glued ب or ل, the article or هالـ (لقب، لقبه، بيلقبوا، لقبو، الملقب،
     * بلقب، هاللقب), and nothing else: "القبض" and "للقبول" hold the letters too.
     */
    private static final Pattern NICKNAME_WORD = Pattern.compile(
            "[بل]?(?:ال|هال)?(?:بي|بت|ي|ت|ن|م)?لقب(?:و|ه|ها|هم|وا|وه|وها|ون|ونه)?");
    /**
     * The words by which a question asks why a thing is called so, folded and without a glued و or ف: the verb سمّى
     * ({@link #NAMING_VERB}, with its noun تسمية) and the words of the nickname ({@link #NICKNAME_WORD}). Not اسم:
     * "why is the phrase added after his name" asks of something else.
     */
    private static final Pattern ASKED_NAMING = Pattern.compile(NAMING_VERB + "|" + NICKNAME_WORD.pattern());
    /** The verb أطلق، which names a thing only with a noun of naming beside it (يطلق عليها الاسم). */
    private static final Set<String> GIVE = ArabicTextNormalizer.foldedSet("يطلق", "تطلق", "أطلق", "أطلقت",
            "أطلقوا", "يطلقون");
    /** The nouns of naming that make أطلق name, folded. */
    private static final Set<String> NAME_NOUNS = ArabicTextNormalizer.foldedSet("اسم", "الاسم", "تسمية", "التسمية");
    /**
     * The English words of naming, lower-cased, one list for every reading of a question (what a thing is called,
     * what it is named after, why it is called so): the verbs and nouns that give a name, and "honour", after which a
     * thing is named. "known as" names too ({@link #KNOWN}). The verb "call" names only with no particle after it:
     * "call for", "called on", "call upon" and "call in" demand or summon.
     */
    private static final Set<String> ENGLISH_NAMING = Set.of("name", "named", "call", "called", "calls", "label",
            "dubbed", "nicknamed", "renamed", "honor", "honour");
    private static final Set<String> ENGLISH_CALL = Set.of("call", "calls", "called");
    private static final Set<String> ENGLISH_CALL_PARTICLES = Set.of("for", "on", "upon", "in");
    /** "known as", the two words that name together. */
    private static final List<String> KNOWN = List.of("known", "as");
    /**
     * The English adverbs that tell how a thing is named, not what is named: "officially known as", "commonly
     * called".
     */
    private static final Set<String> ENGLISH_NAMING_ADVERBS = Set.of("officially", "formally", "commonly",
            "popularly");
    /** What splits an English question into its words. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    /**
     * What gives a person's nickname after a name and a comma, "كيومرث بور هاشمي، المعروف بلقب…": like a
     * title after the comma, it tells that the words before it are a name. Not "المعروف باسم", which
     * news prose gives companies, places and things as much as people ("شركة باير، المعروفة باسم…").
     */
    private static final List<String> NICKNAME_PHRASES = ArabicTextNormalizer.foldedList("الملقب", "الملقبة", "المكنى",
            "المعروف بلقب", "المعروفة بلقب");

    private ArabicNamingWords() {
    }

    /** The words that introduce a nickname after a name and a comma, folded, for building patterns. */
    public static List<String> nicknamePhrases() {
        return NICKNAME_PHRASES;
    }

    /**
     * Whether a question's words (folded Arabic, or English in lower case) ask what something is named after or
     * called: a word of naming ({@link #asksName}, {@link #namesInEnglish}) also behind a glued preposition (باسمه،
     * بالاسم), or نسبة: "Who is the cup named after?", "لمن سميت الكأس؟"، "تيمنا باسمه". Its answer is the very name a
     * namesake noun ({@link ArabicPersonTitles}) gives.
     */
    public static boolean asksNaming(List<String> words) {
        return namesInEnglish(words) || words.stream().map(ArabicProclitics::withoutConjunctionAndPreposition)
                .anyMatch(w -> asksName(w) || w.startsWith(AFTER));
    }

    /**
     * Whether a folded question word asks what something is called, an English one not: اسم with its article or
     * pronoun (ما اسم العملية، شو اسمها) or with ما glued to it as it is often typed (مااسم، ماسم), or the verb سمّى
     * ({@link #asksNameByVerb}: سمت، يسمون، سموها). Not باسم (الناطق باسم).
     */
    public static boolean asksName(String folded) {
        return isNameNoun(folded) || asksNameByVerb(folded);
    }

    /**
     * Whether a question asks a thing's other name: اسم or أسماء followed by "other" or "second" ({@link #OTHER}: ما
     * الاسم الآخر للموناليزا؟، ما هو الاسم التاني للتقويم الميلادي؟، ما هي أسماؤه الأخرى؟).
     */
    public static boolean asksAnotherName(String question) {
        List<String> words = ArabicTextNormalizer.arabicWords(question);
        for (int i = 0; i + 1 < words.size(); i++) {
            String noun = ArabicProclitics.withoutConjunction(words.get(i), 3);
            if ((isNameNoun(noun) || NAMES_NOUN.matcher(noun).matches()) && OTHER.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} gives a thing a name beside another: a word of naming ({@link #names}: "ويسمى بالتقويم
     * الغريغوري"، "المعروف بأسماء عديدة") or أو after a gloss's bracket ({@link #OR_AFTER_GLOSS}).
     */
    public static boolean givesAnotherName(String text) {
        return names(text) || OR_AFTER_GLOSS.matcher(ArabicTextNormalizer.normalize(text)).find();
    }

    /** Whether a folded word is the noun اسم as a question writes it (اسم، الاسم، اسمه، ماسم). */
    public static boolean isNameNoun(String folded) {
        return NAME_NOUN.matcher(folded).matches();
    }

    /** The words of naming, folded: a name in quotes right after one is the name given (لقب "المدافعين عن الحرم"). */
    public static Set<String> namingWords() {
        return NAMING;
    }

    /** The nouns, folded and without the article, that a coined name in quotes follows or opens with. */
    public static Set<String> namedNouns() {
        return NAMED_NOUNS;
    }

    /** The nouns, folded and without the article, that name a body whose name follows them (وزارة، تنظيم). */
    public static Set<String> bodyNouns() {
        return BODY_NOUNS;
    }

    /** Whether {@code text} holds a word of naming, also with a glued و or ف (وتعرف، فسميت). */
    public static boolean names(String text) {
        return ArabicTextNormalizer.words(text).stream()
                .anyMatch(word -> ArabicProclitics.oneOfWithOrWithoutConjunction(NAMING, word));
    }

    /**
     * Whether a question asks why a thing is called as it is: it holds a word of {@link #ASKED_NAMING} (ليش لقبو
     * بورهاشمي بالحاج هاشم، ليش ايران تسمي قواتها …، لماذا سمي), أطلق with a noun of naming (لماذا يطلق عليها
     * الاسم), or an English word of naming (why was he nicknamed, why is it called).
     */
    public static boolean asksWhyCalled(String question) {
        List<String> words = ArabicTextNormalizer.arabicWords(question).stream()
                .map(word -> ArabicProclitics.withoutConjunction(word, 3)).toList();
        return words.stream().anyMatch(word -> ASKED_NAMING.matcher(word).matches())
                || words.stream().anyMatch(GIVE::contains) && words.stream().anyMatch(NAME_NOUNS::contains)
                || namesInEnglishText(question);
    }

    /** Whether an English text, split into words and lower-cased, holds a word of naming ({@link #namesInEnglish}). */
    public static boolean namesInEnglishText(String text) {
        return namesInEnglish(List.of(NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))));
    }

    /**
     * Whether lower-cased English words hold a word of naming ({@link #ENGLISH_NAMING}, "known as"): "what was the
     * operation called", "what label did Iran give", "why was he nicknamed", "named in his honour".
     */
    public static boolean namesInEnglish(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (ENGLISH_NAMING.contains(words.get(i))
                    && !(ENGLISH_CALL.contains(words.get(i)) && ENGLISH_CALL_PARTICLES.contains(next))
                    || words.get(i).equals(KNOWN.getFirst()) && next.equals(KNOWN.getLast())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lower-cased English word or phrase of a question only names: a word of naming ({@link
     * #ENGLISH_NAMING}), "known as", or an adverb of naming ({@link #ENGLISH_NAMING_ADVERBS}). What is named is in
     * the question's other words.
     */
    public static boolean namingInEnglish(String english) {
        return ENGLISH_NAMING.contains(english) || english.equals(String.join(" ", KNOWN))
                || ENGLISH_NAMING_ADVERBS.contains(english);
    }

    /**
     * Whether a folded Arabic question word, with or without a glued و or ف, asks what a thing is called by the verb
     * سمّى ({@link #NAMING_VERB}: ماذا سمت إيران قواتها، شو سموها); not سمو nor سموه, His Highness.
     */
    public static boolean asksNameByVerb(String folded) {
        String word = ArabicProclitics.withoutConjunction(folded, 3);
        return NAMING_VERB_WORD.matcher(word).matches() && !HIGHNESS.contains(word);
    }

    /** Whether a folded Arabic question word, with or without a glued و or ف, is of the nickname's root (لقبه). */
    public static boolean asksNickname(String folded) {
        return NICKNAME_WORD.matcher(ArabicProclitics.withoutConjunction(folded, 3)).matches();
    }
}
