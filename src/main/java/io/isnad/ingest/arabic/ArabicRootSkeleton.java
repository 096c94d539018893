package io.isnad.ingest.arabic;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The consonant skeleton of an Arabic word: a crude stand-in for its root where the light stem
 * misses, as for broken plurals and derived forms (القتلى / قتيلاً → قتل, المدن / مدينة → مدن,
 * الجرحى / جريحاً → جرح). The article, one-letter proclitics and common suffixes are removed, then
 * the long vowels ا و ي and the final ه (folded ta marbuta). Two words with the same skeleton of at
 * least three letters are taken as the same word; shorter skeletons never match.
 */
public final class ArabicRootSkeleton {

    /** A skeleton shorter than this says too little to match on. */
    public static final int MIN_LENGTH = 3;
    /**
     * A name matched by {@link #wholeConsonants} alone needs this many: three consonants with vowels put
     * anywhere make too many common words.
     */
    public static final int NAME_CONSONANTS = 4;
    /** The letters form X (استفعل) keeps before its root in every derivation once its ا، ي، ت or م is cut. */
    private static final String FORM_TEN = "ست";
    /** A verb's person endings, which {@link #weakKeys} also strips from a doubled root's two letters. */
    private static final List<String> PERSON_ENDINGS = List.of("وا", "ون", "ين", "تا", "نا", "تم", "ت");
    /** The weak last radical of a defective verb's past tense, folded (ى is ي): نعى، دعا. */
    private static final String DEFECTIVE_ENDINGS = "يا";
    /** Where the weak radical stands in a {@link #weakKeys} key: no letter of a word. */
    public static final char WEAK_SLOT = '_';
    private static final List<String> SUFFIXES = List.of("ات", "ون", "ين", "ان", "ها", "هم", "ا", "ه");
    /**
     * {@link #keys} also tries the endings of conjugated verbs, standard and spoken: past tense
     * (أطلقت، أصيبوا، توسطتا، رجعنا، قلتم، رحتو), and the object pronouns "us" and "you" (يلقبونكم).
     */
    private static final List<String> KEY_SUFFIXES = List.of("ات", "ون", "ين", "ان", "ها", "هم", "وا", "تا", "نا", "تم",
            "تو", "كم", "ا", "ه", "ت");
    /**
     * The person endings of a past-tense verb that {@link #looksConjugated} takes for a verb: she
     * (سمت، رجعت، اتهمت) and they (قالوا، سموا، رحتوا). Not the endings names also end in: و (طوكيو،
     * يورو), نا (فيينا، أثينا), تا (جاكرتا).
     */
    private static final List<String> PAST_ENDINGS = List.of("توا", "وا", "ت");
    /** و, the conjunction the light stemmer cuts from a word's start, and a verb's first root letter as often. */
    private static final String WAW = "و";
    /** The plural and dual endings of the present tense (يقولون، تقولين، يقولوا، يقولان). */
    private static final List<String> PRESENT_ENDINGS = List.of("ون", "ين", "وا", "ان");
    /** Object pronouns glued after a past-tense ending (أرسلتها، سموهم). */
    private static final List<String> OBJECT_PRONOUNS = List.of("ها", "هم", "ه");
    /**
     * The letters and the syllable that derive a word from its root in front of it: participles and
     * nouns of place (م: محذر، ملقب), present tense (ت ي ن ا: تبعد، نحذر), form X (است: استهداف).
     */
    private static final List<String> AUGMENTS = List.of("است", "م", "ت", "ي", "ن", "ا");
    /**
     * The possessive and object pronouns glued after a noun, verb or particle (لقائهما، عهودهم، حولهن،
     * عليكم، بينكما، لديها، منه، عنك), longest first: لديهما is لدي + هما, not لديهم + ا.
     */
    public static final List<String> GLUED_PRONOUNS = List.of("هما", "كما", "هم", "هن", "كم", "ها", "ه", "ك");
    /** The third person's glued pronouns (ه، ها، هم، هما، هن): the ones that point back to someone named before. */
    public static final List<String> THIRD_PERSON_PRONOUNS = GLUED_PRONOUNS.stream()
            .filter(p -> p.startsWith("ه")).toList();
    /**
     * The third person's glued pronouns of two letters (هما، هم، هن، ها), longest first: not the lone ه, which
     * folding makes of every ة too (قابله is also the folded قابلة), so a word ending in it may carry none.
     */
    public static final List<String> TWO_LETTER_THIRD_PERSON_PRONOUNS = THIRD_PERSON_PRONOUNS.stream()
            .filter(p -> p.length() > 1).toList();
    /**
     * The glued pronouns of two letters or more, which {@link #carriesPronoun} looks for. Not ها: the
     * light stem drops it already, and names end in it (أبها، بنها).
     */
    private static final List<String> PRONOUN_ENDINGS = GLUED_PRONOUNS.stream()
            .filter(p -> p.length() > 1 && !p.equals("ها")).toList();
    /** The present tense's letters of the second and third persons (تحد، يحد), which {@link #personKeys} joins. */
    private static final String OTHER_PERSONS = "تي";
    /** The third person's present-tense letter, which stands for either of {@link #OTHER_PERSONS} in a key. */
    private static final char THIRD_PERSON = 'ي';
    /** The letters of the present tense (يكتب، تكتب، نكتب), after which the spoken dialects' markers stand. */
    private static final String PRESENT = "يتن";
    /**
     * What the spoken dialects put in front of a present-tense verb: the habitual ب (بيلقبوا، بتعمل)
     * and the progressive عم (عميحكي written as one word), the future ح / ه / رح (حيقول، هيروح،
     * رحيصير). A verb with one of them is never written so in news prose, so the question's word
     * can only match the article by its root.
     */
    private static final List<String> DIALECT_MARKERS = List.of("عم", "رح", "ب", "ح", "ه");
    /**
     * The Maghrebi marker of the present tense, ك before the "he" and "we" letters (كيعتبرو، كنقولو):
     * written like the markers above, but also the first letter of Standard words (كيان، كنيسة), so it is
     * stripped only where the corpus decides ({@link #standardReadings}) or where a present tense follows
     * ({@link #verbStem}: كيتعرف is read as a verb, as بيتعرف is, but not the shorter كيقول). Not its variant ت
     * (تيقولو): before a present-tense letter it is as often a Standard verb of forms V and VI (تتمثل، تنتقل).
     */
    private static final char MAGHREBI_MARKER = 'ك';
    /** The present-tense letters the Maghrebi marker stands before. */
    private static final String AFTER_MAGHREBI_MARKER = "ين";
    /** The Egyptian passive and reflexive prefix before a past-tense verb (اتنقل، اتقتلوا): Standard نُقل، قُتلوا. */
    private static final String EGYPTIAN_PASSIVE = "ات";

    private ArabicRootSkeleton() {
    }

    /** The skeleton of {@code word} (folded or not); empty when it is not Arabic. */
    public static String of(String word) {
        String w = ArabicTextNormalizer.normalize(word);
        if (!isArabic(w)) {
            return "";
        }
        w = ArabicProclitics.withoutArticle(w);
        if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ب')) {
            w = w.substring(1);
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_LENGTH) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return wholeConsonants(w);
    }

    /**
     * A folded word ending in a ta marbuta (folded ه) as Arabic writes it before a glued pronoun:
     * قنصليه → قنصليت, the stem the light stemmer leaves of قنصليتها and قنصليته, which never meets
     * the bare word's قنصل. Empty after ا (مياه، اتجاه: there the ه is often the root's own) or with
     * fewer than {@value #MIN_LENGTH} letters before the ه (سنه، بيته), mostly a pronoun or the root's.
     */
    public static Optional<String> beforeGluedPronoun(String folded) {
        int t = folded.length() - 1;
        return t >= MIN_LENGTH && folded.charAt(t) == 'ه' && folded.charAt(t - 1) != 'ا'
                ? Optional.of(folded.substring(0, t) + 'ت') : Optional.empty();
    }

    /**
     * A folded word whose final hamza sits on a seat before a glued pronoun, as the bare word writes
     * it, on the line and without the pronoun: بنائها، أسماؤه، أعضائهم → بناء، أسماء، أعضاء. Arabic
     * writes a final ء after ا on ئ or ؤ once a pronoun follows, and folding reads those seats as ي
     * and و, so the light stem of بنائها (بناي) never met البناء's. Only after ا, with two letters or
     * more before it (not ماؤها، رأيها: the ي of رأي is the root's). Not ي before ه: there ه is as
     * often a folded ta marbuta (مائة، ولاية، دعاية), and read as ء those met ماء، ولاء، دعاء.
     */
    public static Optional<String> withHamzaOnLine(String folded) {
        for (String pronoun : GLUED_PRONOUNS) {
            int seat = folded.length() - pronoun.length() - 1;
            if (seat >= 3 && folded.endsWith(pronoun) && folded.charAt(seat - 1) == 'ا') {
                char c = folded.charAt(seat);
                boolean hamzaSeat = c == 'و' || c == 'ي' && !pronoun.equals("ه");
                return hamzaSeat ? Optional.of(folded.substring(0, seat) + 'ء') : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The glued pronouns of two letters or more that the light stemmer leaves on a word (حكومتهم،
     * جنازتهم، دولتنا، لجنتكم), longest first. Not ها and ه, which it strips itself, leaving the ت
     * (حكومتها → حكومت) as it leaves a root's own (مؤقتة، توقيتها): read as ة they moved 34 dev answers.
     */
    private static final List<String> PRONOUNS_AFTER_TA = List.of("هما", "كما", "هم", "هن", "كم", "كن", "نا");

    /**
     * A folded word whose final ت stands before a glued pronoun the light stemmer leaves on, with
     * the ta marbuta back, as that stemmer can read it: جنازتهم → جنازه, stemmed as الجنازة. Empty
     * after the article, which no noun with a glued pronoun has (المتهم); with fewer than
     * {@value #MIN_LENGTH} letters before the ت (بيتهم، وقتنا، قوتهم: there the ت is often the
     * root's own); and after ا, where ات is a plural's (بياناتهم) as often as a singular's ة
     * (بمباراتهم، حياتهم), which a light stemmer cannot tell apart.
     */
    public static Optional<String> withoutPronounAfterTa(String folded) {
        if (ArabicProclitics.startsWithArticle(folded)) {
            return Optional.empty();
        }
        return withTaMarbutaBefore(folded, PRONOUNS_AFTER_TA)
                .filter(noun -> noun.charAt(noun.length() - 2) != 'ا');
    }

    /**
     * A folded word ending in ت and the first of {@code pronouns} it ends with, with {@value
     * #MIN_LENGTH} letters or more before the ت, read as the noun with its ta marbuta back (folded ه)
     * and the pronoun dropped: حكومتهم → حكومه, قنصليتها → قنصليه. The ة of a noun is written ت before
     * a glued pronoun, and the light stemmer strips ة but not that ت. Each caller gives the pronouns
     * its reading may drop ({@link #withoutPronounAfterTa}; the asked noun's mentions in
     * {@code AskedName}).
     */
    public static Optional<String> withTaMarbutaBefore(String folded, List<String> pronouns) {
        for (String pronoun : pronouns) {
            int t = folded.length() - pronoun.length() - 1;
            if (t >= MIN_LENGTH && folded.endsWith(pronoun) && folded.charAt(t) == 'ت') {
                return Optional.of(folded.substring(0, t) + 'ه');
            }
        }
        return Optional.empty();
    }

    /**
     * A folded question with each word {@link #withoutPronounAfterTa} reads so written as that
     * reading (طلعت جنازتهم → طلعت جنازه): searched for the bare noun the articles write. For the
     * question only: read in the index too, an article's inflected word would meet a near-miss
     * question's swapped-in word, which must stay unknown.
     */
    public static String withPronounsAfterTaRead(String folded) {
        return ArabicTextNormalizer.replaceArabicWords(folded, word -> withoutPronounAfterTa(word).orElse(word));
    }

    /**
     * Whether a key of {@link #keys} is a root of three letters after form X's ست (ستخدم of استخدام، مستخدمة، يستخدم):
     * words sharing one are the verbal noun, participle and tenses of one derived verb, not only words of one root.
     * Not a longer key, which may keep a proclitic (بستعمل of باستعمال) or be a name's letters.
     */
    public static boolean formTenStem(String key) {
        return key.length() == MIN_LENGTH + FORM_TEN.length() && key.startsWith(FORM_TEN);
    }

    /** Whether two words share a skeleton long enough to count. */
    public static boolean same(String a, String b) {
        String sa = of(a);
        return sa.length() >= MIN_LENGTH && sa.equals(of(b));
    }

    /**
     * The stems {@link #keys} takes the skeleton of: {@code word} with and without a glued
     * proclitic (unless {@code proclitic} is false), a derivational letter in front and up to two
     * endings.
     */
    private static Set<String> stems(String word, boolean proclitic) {
        Set<String> bases = bases(word, proclitic);
        if (bases.isEmpty()) {
            return Set.of();
        }
        withoutDialectMarker(bases.iterator().next()).ifPresent(bases::add);
        Set<String> derived = new LinkedHashSet<>(bases);
        for (String base : bases) {
            for (String augment : AUGMENTS) {
                if (base.startsWith(augment) && base.length() - augment.length() >= MIN_LENGTH) {
                    derived.add(base.substring(augment.length()));
                    break;
                }
            }
        }
        return withEndingsStripped(derived);
    }

    /**
     * {@code word} folded and without its article, first, then also without a glued proclitic (unless
     * {@code proclitic} is false); none when it is not Arabic.
     */
    private static Set<String> bases(String word, boolean proclitic) {
        String w = ArabicTextNormalizer.normalize(word);
        Set<String> bases = new LinkedHashSet<>();
        if (isArabic(w)) {
            String bare = ArabicProclitics.withoutArticle(w);
            bases.add(bare);
            if (proclitic) {
                ArabicProclitics.withoutProclitic(bare).ifPresent(bases::add);
            }
        }
        return bases;
    }

    /** {@code bases}, each also without up to two endings of {@link #KEY_SUFFIXES}. */
    private static Set<String> withEndingsStripped(Set<String> bases) {
        Set<String> stems = new LinkedHashSet<>();
        for (String base : bases) {
            stems.add(base);
            // Up to two endings: a pronoun after a verb ending (أطلقت+ها).
            String stripped = base;
            for (int i = 0; i < 2 && !stripped.equals(withoutSuffix(stripped)); i++) {
                stripped = withoutSuffix(stripped);
                stems.add(stripped);
            }
        }
        return stems;
    }

    /**
     * Every skeleton {@code word} may have, of at least {@value #MIN_LENGTH} letters: with and
     * without a glued proclitic, a derivational letter in front and a suffix, since a single
     * skeleton must guess which first and last letters belong to the root (محذراً and نحذر are both
     * حذر; "رهائن" must keep its final ن). Two words sharing one of these are likely of one root.
     * Looser than {@link #of}, so a match on them is weaker evidence than the same stem.
     */
    public static Set<String> keys(String word) {
        Set<String> keys = new LinkedHashSet<>();
        for (String stem : stems(word, true)) {
            addKey(keys, stem);
        }
        return keys;
    }

    /**
     * The keys of a present-tense verb of a weak or doubled root, whose skeleton keeps two letters
     * ({@link #keys} has none), the same in the second and third persons and with a glued object
     * pronoun or a plural ending: the verb writes two root letters (تحد، تحدها، يحدها → يحد; تصل، يصل
     * → يصل; تقول، يقولون → يقول; تدعو، يدعو → يدعو), so the key is the third person's form. A
     * question asks "which country borders (تحد) Syria" of an article that writes "borders it
     * (يحدها)". Stricter than {@link #weakKeys}, which also joins the other tenses and the verbal
     * noun (فاز، يفوز، الفوز): only the person and the ending change here. Not after a derivational
     * letter (متحد is no تحد), and not the first person's أ and ن, which stand in front of nouns as
     * often as of verbs (أمن and اليمن، نقل and يقل).
     */
    public static Set<String> personKeys(String word) {
        Set<String> keys = new LinkedHashSet<>();
        for (String stem : withEndingsStripped(bases(word, true))) {
            if (OTHER_PERSONS.indexOf(stem.charAt(0)) >= 0 && twoRootLettersWritten(stem.substring(1))) {
                keys.add(THIRD_PERSON + stem.substring(1));
            }
        }
        return keys;
    }

    /**
     * {@code stem}, a present tense, in the other of {@link #OTHER_PERSONS} (تقع → يقع، يحد → تحد): the verb takes
     * its subject's gender, so a question and an article with other subjects write one verb with either letter.
     * Empty for a stem opening with neither.
     */
    public static Optional<String> otherPerson(String stem) {
        int person = stem.isEmpty() ? -1 : OTHER_PERSONS.indexOf(stem.charAt(0));
        return person < 0 ? Optional.empty() : Optional.of(OTHER_PERSONS.charAt(1 - person) + stem.substring(1));
    }

    /**
     * Whether a present tense without its person letter writes two root letters, the first first:
     * doubled or assimilated (حد، صل), or with one long vowel, between them or after (قول، دعو، بني).
     */
    private static boolean twoRootLettersWritten(String verb) {
        return verb.length() >= 2 && verb.length() <= MIN_LENGTH && isConsonant(verb, 0)
                && verb.charAt(verb.length() - 1) != 'ه' && wholeConsonants(verb).length() == 2;
    }

    /**
     * The keys of {@code word} read as a weak or doubled root, whose skeleton keeps two letters
     * ({@link #keys} has none of them): the two consonants with {@value #WEAK_SLOT} where the weak
     * radical stands, told by where the word keeps a long vowel. Hollow, a long vowel between
     * (فاز، فازوا، يفوز، الفوز → ف_ز); defective, one after, or ا before a final hamza (بنى، بناء،
     * دعا، الدعوة → بن_، دع_); assimilated, و in front (وصلت، الوصول → _صل), or a present tense that
     * drops it (يصل); doubled, no long vowel at all (فروا، مدّ, and يمد) → the second letter twice, as
     * the verbal noun spells it (الفرار، الممدود → فرر، مدد: a key of {@link #keys}). The slot keeps a
     * hollow ع_د apart from a defective عد_, which a two-letter key would join. Words of fewer than
     * three letters have none.
     */
    public static Set<String> weakKeys(String word) {
        String w = ArabicTextNormalizer.normalize(word);
        if (!isArabic(w) || w.length() < MIN_LENGTH) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        // Not after a proclitic alone: وزير would be زير, زيارة's ز_ر.
        for (String stem : stems(w, false)) {
            addWeakKeys(keys, stem);
            for (String ending : PERSON_ENDINGS) {
                // فروا، مدت: keys() keeps an ending that would leave two letters.
                if (stem.endsWith(ending) && stem.length() - ending.length() == 2) {
                    addWeakKeys(keys, stem.substring(0, 2));
                }
            }
        }
        return keys;
    }

    /** The letters of a {@link #weakKeys} key, without its {@value #WEAK_SLOT}, which stands for no letter of the word. */
    public static String weakKeyLetters(String key) {
        return key.replace(String.valueOf(WEAK_SLOT), "");
    }

    private static void addWeakKeys(Set<String> keys, String word) {
        // بناء: the hamza after a long ا stands for the final weak radical.
        String w = word.endsWith("اء") ? word.substring(0, word.length() - 1) : word;
        if (w.length() == MIN_LENGTH && PRESENT.indexOf(w.charAt(0)) >= 0 && isConsonant(w, 1) && isConsonant(w, 2)) {
            // يصل، يمد: a present tense of two letters lost an assimilated و or a doubled letter.
            keys.add(WEAK_SLOT + w.substring(1));
            keys.add(w.substring(1) + w.charAt(2));
        }
        String consonants = wholeConsonants(w);
        if (consonants.length() != 2) {
            return;
        }
        int first = consonantAt(w, 0);
        int second = consonantAt(w, first + 1);
        boolean before = first > 0;
        boolean between = second > first + 1;
        boolean after = consonantAt(w, second + 1) < 0 && w.length() > second + 1
                && !(w.length() == second + 2 && w.endsWith("ه"));
        if (!before && !between && !after) {
            keys.add(consonants + consonants.charAt(1));
        } else if (before && first == 1 && w.charAt(0) == 'و' && !after
                && (!between || w.charAt(first + 1) == 'و' && second == first + 2)) {
            // وصل، and the verbal noun فعول (وصول): not وقال, whose و is the conjunction.
            keys.add(WEAK_SLOT + consonants);
        } else if (between && !before) {
            keys.add(consonants.charAt(0) + String.valueOf(WEAK_SLOT) + consonants.charAt(1));
        } else if (after && !before && !between) {
            keys.add(consonants + WEAK_SLOT);
        }
    }

    /** The index of the first letter of {@code w} from {@code from} on that {@link #consonants} keeps, or -1. */
    private static int consonantAt(String w, int from) {
        for (int i = from; i < w.length(); i++) {
            if (isConsonant(w, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isConsonant(String w, int i) {
        char c = w.charAt(i);
        return ArabicTextNormalizer.LONG_VOWELS.indexOf(c) < 0 && c != 'ى' && !(c == 'ه' && i == w.length() - 1);
    }

    /**
     * A folded word without the dialect marker in front of its present-tense letter (بيلقبوا →
     * يلقبوا, حيقول → يقول, عمنحكي → نحكي), when at least {@value #MIN_LENGTH} letters follow that
     * letter; empty otherwise. A glued و or ف before the marker is dropped with it (وبيقولوا).
     */
    static Optional<String> withoutDialectMarker(String folded) {
        String w = ArabicProclitics.withoutConjunction(folded, MIN_LENGTH + 2);
        for (String marker : DIALECT_MARKERS) {
            if (w.startsWith(marker) && w.length() - marker.length() > MIN_LENGTH
                    && PRESENT.indexOf(w.charAt(marker.length())) >= 0) {
                return Optional.of(w.substring(marker.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * A folded word without the Maghrebi marker ({@link #MAGHREBI_MARKER}) in front of its present-tense
     * letter (كيعتبرو → يعتبرو، كنقولو → نقولو, also after a glued و or ف), when more than {@value #MIN_LENGTH}
     * letters follow the marker; empty otherwise. Many Standard words and names open so (كينيا، كيومرث), so each
     * caller reads the rest further: as a reading the corpus must hold ({@link #standardReadings}), or as a verb
     * only where the rest is shaped as a present tense ({@link #verbStem}).
     */
    static Optional<String> withoutMaghrebiMarker(String folded) {
        String w = ArabicProclitics.withoutConjunction(folded, MIN_LENGTH + 2);
        return w.length() - 1 > MIN_LENGTH && w.charAt(0) == MAGHREBI_MARKER
                && AFTER_MAGHREBI_MARKER.indexOf(w.charAt(1)) >= 0 ? Optional.of(w.substring(1)) : Optional.empty();
    }

    /**
     * The Standard forms a folded word may be written for when it is a verb in a dialect's
     * inflection: without a present-tense marker ({@link #withoutDialectMarker}, or the Maghrebi ك:
     * كيعتبرو → يعتبرو), without the Egyptian passive ات (اتنقل → نقل), and a present tense with the
     * dialects' plural ending و turned to the Standard ون and وا (يعتبرو → يعتبرون) and its وا to ون
     * (يقاتلوا → يقاتلون). Each keeps at least {@value #MIN_LENGTH} letters of the verb. Many Standard
     * words look so (بترول، كيف، and a near-miss question's unknown word: a question asked of the wrong
     * article), so a reading is only a guess: the caller takes it only when the corpus holds the
     * reading and not the written word.
     */
    public static List<String> standardReadings(String folded) {
        if (!isArabic(folded)) {
            return List.of();
        }
        Set<String> stems = new LinkedHashSet<>();
        withoutDialectMarker(folded).ifPresent(stems::add);
        withoutMaghrebiMarker(folded).ifPresent(stems::add);
        String w = ArabicProclitics.withoutConjunction(folded, MIN_LENGTH + 2);
        // Not before ا and a last letter: that is the verbal noun of form VIII (اتساع، اتفاق، اتصال).
        if (w.startsWith(EGYPTIAN_PASSIVE) && w.length() - EGYPTIAN_PASSIVE.length() >= MIN_LENGTH
                && w.charAt(w.length() - 2) != 'ا') {
            stems.add(w.substring(EGYPTIAN_PASSIVE.length()));
        }
        Set<String> readings = new LinkedHashSet<>(stems);
        for (String stem : List.copyOf(stems.isEmpty() ? Set.of(w) : stems)) {
            // Only a present tense: a past tense or a word joined to و (ماهو، طوكيو) is as often no verb.
            if (PRESENT.indexOf(stem.charAt(0)) < 0) {
                continue;
            }
            if (stem.endsWith("و") && !stem.endsWith("وو") && stem.length() > MIN_LENGTH) {
                readings.add(stem + "ن");
                readings.add(stem + "ا");
            } else if (stem.endsWith("وا") && stem.length() - 2 > MIN_LENGTH) {
                // The dialects' present plural يقاتلوا is the Standard يقاتلون.
                readings.add(stem.substring(0, stem.length() - 2) + "ون");
            }
        }
        return List.copyOf(readings);
    }

    /**
     * The past tense of a defective verb (its last radical weak, written ى or ا: نعى، دعا، ألقى, folded نعي، دعا،
     * القي) as the feminine and the plural write it, the weak letter dropped before the person ending: نعت، نعوا،
     * دعت، دعوا، ألقت، ألقوا. News tells an act of a ministry, a medium or a crowd so ("نعت وسائل إعلام إيرانية")
     * where a question asks "نعى الإعلام …". Only a word of two consonants before the weak letter, bare or after
     * the أ of form IV, which writes it ى (ألقى، أعطى; not أدّى, whose أ is a radical, nor ألفا, a name), and no
     * stop word: على folds to علي, which no chunk holds as a term, and علت "rose" is a word. Many Standard words
     * look so (بني "sons", نبي), so a reading is only a guess: the caller takes it only when the corpus holds the
     * reading and not the written word.
     */
    public static List<String> defectivePastReadings(String folded) {
        boolean formFour = folded.length() == MIN_LENGTH + 1 && folded.charAt(0) == 'ا' && folded.endsWith("ي");
        String verb = formFour ? folded.substring(1) : folded;
        if (!isArabic(folded) || verb.length() != MIN_LENGTH || DEFECTIVE_ENDINGS.indexOf(verb.charAt(2)) < 0
                || !isConsonant(verb, 0) || !isConsonant(verb, 1) || ArabicStopWords.contains(folded)) {
            return List.of();
        }
        String stem = folded.substring(0, folded.length() - 1);
        return List.of(stem + "ت", stem + "وا");
    }

    /**
     * Whether a folded word looks like a conjugated verb rather than a name or a figure: a
     * present-tense verb, with a dialect marker (بيلقبوا، حيقول، the Maghrebi كيتعرف) or without (ينتمي، يولد، ليصبح،
     * ستفقد), or a word of two to five letters before a past-tense person ending, with or without an
     * object pronoun (سمت، رجعت، اتهمت، قالوا، أرسلتها). A question's own verb that the articles never
     * use is wording, not a subject the articles lack. Words with the article and plurals in ات are
     * nouns and stay out; a verbal noun in ت (تطبيق) passes, a common word too. Names such as بيروت
     * or تونس also look so; the caller asks the name lists first. Not verbs: a dialect marker before
     * no present-tense verb (بيانات، هينزبيرغ), ف before a present tense (فيينا), "we" with a plural
     * ending (نورمان): names the lexicon does not know were taken for the question's wording
     * (docs/answers.md, "Twentieth round: names taken for verbs, numbers glued to words").
     */
    public static boolean looksConjugated(String folded) {
        return verbStem(folded).isPresent();
    }

    /**
     * The stem a folded word that {@link #looksConjugated} reads as a verb: the word without its
     * conjunction, dialect marker, particle, person letter and person ending (ويليام → ليام، ستفقد →
     * فقد، قالوا → قال، أرسلتها → ارسل); empty for a word that does not look conjugated. A name the
     * reading takes for a verb keeps a stem no conjugation of a verb the corpus writes holds.
     */
    public static Optional<String> verbStem(String folded) {
        if (!isArabic(folded)) {
            return Optional.empty();
        }
        // The Maghrebi ك only before a verb of four letters or more past its person letter (كيتعرف، كيعتبرو): a
        // shorter rest is as often a name's (ماكينتوش، كينغز).
        Optional<String> marked = withoutDialectMarker(folded).or(() -> withoutMaghrebiMarker(folded)
                .filter(verb -> verb.length() > MIN_LENGTH + 1));
        if (marked.isPresent()) {
            // The verb after the marker must look like one: بيانات and حياته are nouns, هينزبيرغ a name.
            return presentStem(marked.get());
        }
        String w = ArabicProclitics.withoutConjunction(folded, MIN_LENGTH + 1);
        // ف glued to a present tense is rare in a question, and names start so (فيينا، فينشي، فيرجين).
        if (w.length() < folded.length() && folded.charAt(0) == 'ف' && PRESENT.indexOf(w.charAt(0)) >= 0) {
            return Optional.empty();
        }
        if (nounByForm(w)) {
            return Optional.empty();
        }
        return presentStem(w).or(() -> pastStem(w));
    }

    /**
     * Whether a folded word is a noun by its form: it opens on the article or closes on the plural's ات
     * (الاستحواذات، تسجيلات). A verb seldom writes either (a few short past tenses close on ات: مات، بات), so
     * {@link #verbStem} reads no verb in such a word, and {@link ArabicQuestionWords#asksNoDeed} reads only longer
     * ones.
     */
    public static boolean nounByForm(String folded) {
        return folded.startsWith("ال") || folded.endsWith("ات");
    }

    /**
     * Whether a folded word looks like a present-tense verb with no dialect marker ({@link
     * #presentStem}: يقاتلوا، يروح، ستفقد): what a dialect's particle of tense stands before (عم
     * يقاتلوا، رح يروح).
     */
    public static boolean looksPresentTense(String folded) {
        return isArabic(folded) && presentStem(folded).isPresent();
    }

    /**
     * The stem of a present-tense verb: a present-tense letter, maybe after the particle of purpose or
     * future (ليصبح، ستفقد), then three to five letters that do not start with ا (a name transliterated
     * with a long vowel: تاغار), before a plural or dual ending.
     */
    private static Optional<String> presentStem(String w) {
        String verb = w.length() > MIN_LENGTH + 1 && (w.charAt(0) == 'ل' || w.charAt(0) == 'س')
                && PRESENT.indexOf(w.charAt(1)) >= 0 ? w.substring(1) : w;
        if (PRESENT.indexOf(verb.charAt(0)) < 0) {
            return Optional.empty();
        }
        String stem = verb.substring(1);
        for (String ending : PRESENT_ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= MIN_LENGTH) {
                if (verb.charAt(0) == 'ن') {
                    // "We" takes no plural or dual ending: نورمان and نقطتين are a name and a noun.
                    return Optional.empty();
                }
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        return stem.length() >= MIN_LENGTH && stem.length() <= 5 && stem.charAt(0) != 'ا'
                ? Optional.of(stem) : Optional.empty();
    }

    /**
     * The bare past of a folded verb whose first root letter is و, written with a person ending of the past
     * ({@link #PAST_ENDINGS}: وصلت، وقعوا، وجدتوا → وصل، وقع، وجد): three letters, the first و, before the
     * ending. Empty for any other word. Only the shape is read: a word whose و is the conjunction (وبات) has it
     * too, and the caller asks the corpus which reading it writes.
     */
    public static Optional<String> firstRadicalWawPast(String folded) {
        if (!folded.startsWith(WAW)) {
            return Optional.empty();
        }
        return PAST_ENDINGS.stream().filter(ending -> folded.endsWith(ending)
                        && folded.length() - ending.length() == MIN_LENGTH)
                .findFirst().map(ending -> folded.substring(0, MIN_LENGTH));
    }

    /** The stem of a past-tense verb: two to five letters before a person ending and an object pronoun. */
    private static Optional<String> pastStem(String word) {
        String w = word;
        for (String pronoun : OBJECT_PRONOUNS) {
            if (w.endsWith(pronoun) && w.length() - pronoun.length() > MIN_LENGTH) {
                w = w.substring(0, w.length() - pronoun.length());
                break;
            }
        }
        for (String ending : PAST_ENDINGS) {
            int stem = w.length() - ending.length();
            // A two-letter stem only before ت (سمت، بقيت): before وا it is a noun's accusative (عضواً).
            int shortest = ending.equals("ت") ? 2 : MIN_LENGTH;
            if (w.endsWith(ending) && stem >= shortest && stem <= 5 && w.charAt(stem - 1) != 'ا') {
                return Optional.of(w.substring(0, stem));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a folded word starts like a particle glued to a word: ما ("ماسم" for "ما اسم") or the ل
     * of purpose before a present tense (ليتم، ليكون).
     */
    public static boolean startsWithParticle(String folded) {
        return folded.startsWith("ما") || folded.length() > 2 && folded.charAt(0) == 'ل' && PRESENT.indexOf(folded.charAt(1)) >= 0;
    }

    /**
     * Whether a folded word carries the article ({@link ArabicProclitics#ARTICLE_FORMS}: المعتادة، بالمنازل، للشعيرات)
     * before at least {@value #MIN_LENGTH} letters: a definite common noun or adjective. The names a
     * corpus never mentions, foreign people and places, are written without it.
     */
    public static boolean carriesArticle(String folded) {
        return !ArabicProclitics.withoutArticle(folded).equals(folded);
    }

    /** Endings a participle takes for the feminine and the plural (الناطقة، الناطقات، الناطقون). */
    private static final List<String> PARTICIPLE_ENDINGS = List.of("ات", "ون", "ين", "ه");

    /**
     * Whether a folded word is an active participle of the simple verb, the pattern فاعل (ناطق،
     * الناطقة، بالزائدة، كاتبون): a root letter, the long ا, two root letters, maybe after the article
     * and before a feminine or plural ending. It names a doer by what it does, so a question says it
     * as often with a verb of other letters (الناطقة بالفرنسية: تتكلم الفرنسية) as with the word.
     */
    public static boolean activeParticiple(String folded) {
        if (!isArabic(folded)) {
            return false;
        }
        String w = ArabicProclitics.withoutArticle(folded);
        for (String ending : PARTICIPLE_ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() == 4) {
                w = w.substring(0, 4);
                break;
            }
        }
        // A last ه left on four letters is the feminine ending of a three-letter noun (ساعة), not a root letter.
        return w.length() == 4 && w.charAt(1) == 'ا' && w.charAt(0) != 'ا' && w.charAt(2) != 'ا'
                && "اه".indexOf(w.charAt(3)) < 0;
    }

    /**
     * Whether a folded word ends in a glued pronoun of {@link #PRONOUN_ENDINGS} after at least
     * {@value #MIN_LENGTH} letters: "their meeting" (لقائهما) is a common noun, whatever a corpus
     * holds of it, since a name takes no possessive.
     */
    public static boolean carriesPronoun(String folded) {
        return withoutPronoun(folded).isPresent();
    }

    /**
     * A folded word that {@link #carriesPronoun} without that pronoun (عهودهم → عهود, قنواتهما → قنوات);
     * empty for a word that carries none.
     */
    public static Optional<String> withoutPronoun(String folded) {
        if (!isArabic(folded)) {
            return Optional.empty();
        }
        for (String pronoun : PRONOUN_ENDINGS) {
            if (folded.endsWith(pronoun) && folded.length() - pronoun.length() >= MIN_LENGTH) {
                return Optional.of(folded.substring(0, folded.length() - pronoun.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * A folded word without a glued pronoun of {@link #TWO_LETTER_THIRD_PERSON_PRONOUNS} after at least {@value
     * #MIN_LENGTH} letters (رسمها → رسم، سكانها → سكان، ولادهم → ولاد); empty for a word carrying none. A word ends in
     * one of them at most, so the first found is the only one.
     */
    public static Optional<String> withoutTwoLetterThirdPersonPronoun(String folded) {
        return TWO_LETTER_THIRD_PERSON_PRONOUNS.stream()
                .filter(pronoun -> folded.endsWith(pronoun) && folded.length() - pronoun.length() >= MIN_LENGTH)
                .findFirst().map(pronoun -> folded.substring(0, folded.length() - pronoun.length()));
    }

    /**
     * A folded word without a third person's glued pronoun after at least {@value #MIN_LENGTH} letters: one of
     * {@link #TWO_LETTER_THIRD_PERSON_PRONOUNS} (يقودهم → يقود), else the lone ه (قاده → قاد); empty for a word
     * carrying none. A verb's final ه is mostly the pronoun; a noun's is as often a ta marbuta, so this is for verbs.
     */
    public static Optional<String> withoutThirdPersonPronoun(String folded) {
        return withoutTwoLetterThirdPersonPronoun(folded).or(() -> folded.endsWith("ه")
                && folded.length() - 1 >= MIN_LENGTH ? Optional.of(folded.substring(0, folded.length() - 1))
                : Optional.empty());
    }

    /**
     * Whether a word as written ends in a third person's glued pronoun after at least {@value
     * #MIN_LENGTH} letters: "his counterpart" (نظيره), "consoled him" (عزّاه), "classes it"
     * (بيصنفها), a noun or verb that points back to someone named before. Not a word with the
     * article, which takes no pronoun: its final ه is the root's or a ة written without its dots.
     * Read before folding, which would make every ة an ه.
     */
    public static boolean endsInThirdPersonPronoun(String written) {
        String w = ArabicTextNormalizer.withoutDiacritics(written);
        // The ending first: most words have none, and it needs neither the script's test nor a folding.
        return THIRD_PERSON_PRONOUNS.stream().anyMatch(p -> w.endsWith(p) && w.length() - p.length() >= MIN_LENGTH)
                && isArabic(w) && !ArabicProclitics.startsWithArticle(ArabicTextNormalizer.normalize(w));
    }

    /** {@code word} without its first ending of {@link #KEY_SUFFIXES}, or itself when it keeps too little. */
    private static String withoutSuffix(String word) {
        for (String suffix : KEY_SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_LENGTH) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static void addKey(Set<String> keys, String word) {
        String key = wholeConsonants(word);
        if (key.length() >= MIN_LENGTH) {
            keys.add(key);
        }
    }

    /** Whether a word starts with an Arabic letter. */
    public static boolean isArabic(String w) {
        return !w.isEmpty() && w.charAt(0) >= 0x600 && w.charAt(0) <= 0x6FF;
    }

    /**
     * Whether two folded words of the same {@link #wholeConsonants} write their long vowels in nested
     * places: every consonant after which one of them writes a long vowel is followed by one in the
     * other too, or the other way round. A name is spelled with a vowel more or fewer (برجس / بورجس,
     * بستيس / بيستيس); a word whose vowels stand after other consonants is another word of those
     * consonants (غراهام / غيرهم, ماركوس / مراكز).
     */
    public static boolean vowelPlacesNested(String a, String b) {
        Set<Integer> inA = vowelPlaces(a);
        Set<Integer> inB = vowelPlaces(b);
        return inA.containsAll(inB) || inB.containsAll(inA);
    }

    /** After how many consonants of {@code w} each of its long vowels stands. */
    private static Set<Integer> vowelPlaces(String w) {
        Set<Integer> places = new HashSet<>();
        int consonantsBefore = 0;
        for (int i = 0; i < w.length(); i++) {
            if (isConsonant(w, i)) {
                consonantsBefore++;
            } else if (ArabicTextNormalizer.LONG_VOWELS.indexOf(w.charAt(i)) >= 0) {
                places.add(consonantsBefore);
            }
        }
        return places;
    }

    /**
     * The consonants of a whole folded word: without the long vowels and a final ه (folded ta marbuta),
     * nothing else stripped first (no article, suffix or augment guessed). A transliterated name's letters
     * are all its own, so بورجس is برجس and so is the guess برجس, where {@link #of} would read a name's
     * first or last letter as a prefix or suffix.
     */
    public static String wholeConsonants(String w) {
        StringBuilder skeleton = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            if (isConsonant(w, i)) {
                skeleton.append(w.charAt(i));
            }
        }
        return skeleton.toString();
    }
}
