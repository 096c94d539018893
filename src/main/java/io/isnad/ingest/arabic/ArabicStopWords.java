package io.isnad.ingest.arabic;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Arabic words that carry no evidence: Lucene's Arabic stop words, every question word
 * ({@link ArabicQuestionWords}, also with a glued و or ف), dialect function words, the subject pronouns,
 * the dual and plural relative pronouns and the plural and dual of كان, all folded the way the text is,
 * or they would never match.
 */
public final class ArabicStopWords {

    /**
     * Subject pronouns, with the conjunctions news prose glues to them, and the Maghrebi "they" (هوما) that a
     * question puts after its who-word as the Standard puts هم ("شكون هوما…؟").
     */
    public static final Set<String> PRONOUNS = Set.of("هو", "هي", "هم", "هما", "هن", "وهو", "وهي", "وهم", "وهما",
            "فهو", "فهي", "فهم", "هوما");

    /**
     * Words a sentence opens with when it goes on from the one before (كما فازوا…، ثم هزموا…، إنه
     * محرك…): its subject is named there. With {@link #PRONOUNS} and {@link #DEMONSTRATIVES} they
     * mark a sentence that is read together with its predecessor.
     */
    public static final Set<String> CONTINUATIONS = Set.of("كما", "ثم", "انه", "انها", "وانه", "وانها");

    /**
     * The {@link #CONTINUATIONS} that tell the next event in a sequence ("then"), not more about the
     * same one (كما "also", إنه "it is"): "ثم هزموا… في مباراة البطولة، 20–18" after "هزم البرونكوس…
     * في الجولة الفاصلة، 23–16" gives another game's score. Folded.
     */
    public static final Set<String> SEQUENCE_CONTINUATIONS = Set.of("ثم");

    /**
     * Openings, of one word or two, by which a sentence turns from the subject of the sentences before
     * to another: أما ("as for": أما ولاية هاواي… after Alaska's sentence) and another party's turn
     * (من جهته، بدوره، في المقابل: the parliament speaker's condolences after the president's
     * accusation). Folded. أما is read so only when أن does not follow it: إما أن is "either".
     */
    public static final Set<String> TOPIC_SHIFTS = Set.of("اما", "واما", "فاما", "من جهته", "من جهتها", "من جهتهم",
            "من جانبه", "من جانبها", "من جانبهم", "من ناحيته", "من ناحيتها", "بدوره", "بدورها", "بدورهم",
            "في المقابل", "وفي المقابل", "بالمقابل", "وبالمقابل");

    /**
     * Words that open a new clause inside a long sentence that has no comma to cut at (…الذي كان أول من
     * وصفها عام 1862 والذي سماها…، …كما انخفضت قوتها…): the relative, demonstrative and verbal
     * openings with their glued و, and the conjunctions that start a new statement. Folded.
     */
    public static final Set<String> CLAUSE_OPENERS = Set.of("والذي", "والتي", "وذلك", "وكان", "وكانت", "وقد",
            "ولقد", "وهو", "وهي", "كما", "حيث", "بينما", "ولكن", "لكن", "ثم");

    /**
     * Demonstratives, with the و glued to them (هذه النظرية، تلك الفترة): near a sentence's start
     * they point to what the sentence before named. ذلك is left out: as often "so" or "after that"
     * (بعد ذلك، فسيتبع ذلك) as a pointer to a thing.
     */
    public static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "هذان", "هذين", "هاتان", "هاتين", "هولاء",
            "تلك", "وهذا", "وهذه", "وتلك");

    /**
     * The prepositions written as words of their own, folded (في، على → علي، إلى → الي): a definite
     * noun they follow at once stands bare, with no adjective, name or genitive to tell which one it is.
     */
    public static final Set<String> PREPOSITIONS = Set.of("في", "علي", "الي", "من", "عن", "مع", "عند", "منذ",
            "حتي", "نحو", "بين");
    /**
     * على folded (ى → ي), the one preposition several readings turn on: what a call is made "on" (دق على), what
     * words were said about (علّق على), "obtained" (حصل على). A literal, so that classes this one's start-up reads
     * may read it too.
     */
    public static final String ON = "علي";
    /** في, the preposition of what talk is about in the dialects (اتكلموا في إيه "what did they talk about"). */
    public static final String IN = "في";

    /**
     * The {@link #PREPOSITIONS} no verb follows, folded: a word right after one is a noun or a name,
     * whatever its letters look like (في ويليام). Not من (also "who": من يتولى), حتى (until: حتى يصبح)
     * or منذ (since: منذ بدأ).
     */
    public static final Set<String> NOUN_PREPOSITIONS = PREPOSITIONS.stream()
            .filter(p -> !Set.of("من", "حتي", "منذ").contains(p)).collect(Collectors.toUnmodifiableSet());

    /** The particles that negate a verb or a sentence, in folded form: لم، لن، لا، ليس and its forms. */
    public static final Set<String> VERBAL_NEGATIONS = Set.of("لم", "لن", "لا", "ليس", "ليست", "ليسوا");

    /**
     * Words that negate what follows them, in folded form: the {@link #VERBAL_NEGATIONS} and the
     * nominal ones that say "un-" or "without" (غير، بلا، دون، بدون); "الغير" is how Arabic questions
     * often write غير before an adjective ("الإناث الغير متزوجات").
     */
    public static final Set<String> NEGATIONS = Stream.concat(VERBAL_NEGATIONS.stream(),
            Stream.of("غير", "الغير", "بلا", "دون", "بدون")).collect(Collectors.toUnmodifiableSet());

    /**
     * Function words of the spoken dialects that questions use and news prose does not (هيك, مش,
     * بدو...; their relative pronoun اللي = الذي is {@link #DIALECT_RELATIVES}): without them a dialect question has a "missing" word no sentence can
     * hold. Words that are also content words in the standard language (حق، عم، مال، زي، دول) are
     * left out, and so are دي and دا, also the "de" and "da" of foreign names (دي ميستورا، دا سيلفا).
     * The twenty-fourth round completed the five dialects' sets from general knowledge: the
     * conjunction "that" (إنو), "with" (ويا), the Egyptian demonstrative and "so" (ده، كده), negation
     * (مو، موش، ماكو) and "there is" (اكو), "only" (بس), "like" (متل), "still" (لسا), "all of it"
     * (كلو); fresh questions with إنو، ويا، ده and كلو showed the class. The Maghrebi "that" (بلي, the
     * Standard بلى "yes indeed" once folded, no content word either) and "in some" (فشي = في شي) since
     * fresh56b. Their demonstratives and their prepositions with a glued pronoun are sets of their own
     * ({@link #DIALECT_DEMONSTRATIVES}, {@link #DIALECT_ATTACHED}): both point back to what was said before. Not
     * the future marker رح: as a stop word it cost a dialect follow-up of seeds-own its answer (docs/answers.md,
     * "Twenty-fourth round: dialect question forms").
     */
    public static final Set<String> DIALECT_PARTICLES = Set.of("هيك", "مش", "مب", "بدو", "بدي", "هلق",
            "لسه", "لسا", "كمان", "تبع", "بتاع", "تاع", "ديال", "شي", "اشي", "انو", "ويا", "كده", "كدا", "مو", "موش",
            "ماكو", "اكو", "بس", "متل", "كلو", "بلي", "فشي");

    /**
     * The dialects' "well", "okay" that open a turn of a conversation (Gulf and Iraqi زين، Levantine and Egyptian
     * طيب، طب), folded: "زين ومنو من المسؤولين…؟", "طيب والمصابين كم واحد؟". Read only as a question's first word,
     * since each is a content word too (زين adornment and a name, طيب good and the Tayyip of Erdoğan, طب medicine).
     */
    public static final Set<String> TURN_OPENERS = Set.of("زين", "طيب", "طب");

    /**
     * The dialects' relative pronoun for every gender and number (اللي، يلي: "who", "which"),
     * folded: a stop word like الذي and التي.
     */
    public static final Set<String> DIALECT_RELATIVES = Set.of("اللي", "يلي");

    /**
     * The dialects' "this" and "that" (Levantine هاد، هادا، هادي، هيدا، هيدي; Egyptian ده), folded:
     * like هذا and ذلك they point back to what was said before ("وقال الكلام ده يوم إيه؟").
     */
    public static final Set<String> DIALECT_DEMONSTRATIVES = Set.of("هاد", "هادا", "هادي", "هيدا", "هيدي", "ده");

    /**
     * The dialects' "this thing" (هالشي: their "this" glued to the article, {@link
     * ArabicProclitics#DEMONSTRATIVE}, on شي, itself a {@link #DIALECT_PARTICLES} word), folded: like هذا
     * alone it names nothing but what the question said before it ("وش شاف هالشي؟", how did he see it), and no
     * article writes it. Other nouns behind the glued "this" (هالهجوم) keep their word.
     */
    private static final Set<String> THIS_THING = Set.of("هالشي", "هالاشي");

    /**
     * The dialects' prepositions with a pronoun of the third person glued on, folded: بيه، بيها
     * ("in/by it", Standard به، بها), معاه، معاها (معه، معها), وياه، وياها (Iraqi and Gulf "with him"),
     * and the Levantine "him" written و as it is said (عنو، معو، الو for إلو، عندو، قبلو، فيو: Standard عنه،
     * معه، له، عنده، قبله، فيه). Function words as عنه and معه are, and like them they point back to
     * someone named before. Not منو: the Iraqi "who" ({@link ArabicQuestionWords#WHO}).
     */
    public static final Set<String> DIALECT_ATTACHED = Set.of("بيه", "بيها", "بيهم", "معاه", "معاها", "معاهم",
            "وياه", "وياها", "وياهم", "عنو", "معو", "الو", "عندو", "قبلو", "فيو");

    /**
     * The letters a noun after the dialects' glued "this" ({@link ArabicProclitics#DEMONSTRATIVE}) has at
     * least (شي), so هالة "halo" and هالك "perishing" are none; a name such as هالند would be read so,
     * which only a follow-up's reading of what it points back to takes.
     */
    private static final int GLUED_NOUN = 2;

    /**
     * The adverbs by which a question stresses what it asks, "exactly" and "specifically": بالضبط,
     * also as Egyptian (بالظبط) and Levantine (بالزبط) speakers write it, تحديدا، بالتحديد، بالذات,
     * and "in the first place" (اصلا: "ليه اصلا؟", why at all), folded. An answer states the thing and never
     * repeats them, so in a question they are a heavy word no article holds.
     */
    private static final Set<String> EMPHASIS = Set.of("بالضبط", "بالظبط", "بالزبط", "تحديدا", "بالتحديد", "بالذات",
            "اصلا");

    /**
     * "Besides", "other than" (سوى، عدا، بخلاف), folded: a question asking what else there was besides the thing
     * it names ("ماذا أخذوا سوى المخازن؟") asks for the rest of a list. Not غير, as often the negating "non-"
     * (غير مقبول).
     */
    public static final Set<String> BESIDES = Set.of("سوي", "عدا", "بخلاف");

    /**
     * "Except", "but for" (باستثناء، and عدا as in ما عدا), folded: what opens a sentence's exception clause, the part
     * its deed leaves out ("سيطرت… على مدينة حلب بأكملها، باستثناء المناطق التي تسيطر عليها القوات الكردية"). Not سوى
     * nor إلا, which after a negation restrict rather than except: "لم يبق سوى المطار" tells what was left.
     */
    public static final Set<String> EXCEPTING = ArabicTextNormalizer.foldedSet("باستثناء", "عدا");

    /**
     * The dialects' possessive particles, "of" (بتاع، تاع، ديال): the dialects glue the owner's
     * pronoun to them (ديالهم = their, بتاعو = his), which the stop list then holds too. Not تبع:
     * تبعه and تبعها are also the Standard "followed it".
     */
    private static final Set<String> DIALECT_POSSESSIVES = Set.of("بتاع", "تاع", "ديال");
    /** The province of Diyala (ديالى), folded: ديال with the pronoun ي. */
    private static final String DIYALA = ArabicTextNormalizer.normalize("ديالى");
    /** The pronouns glued to a possessive particle, with the dialects' و for ه (بتاعو، ديالو). */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("ي", "ك", "ه", "و", "ها", "نا", "كم", "هم", "هن");

    /**
     * Relative pronouns of the dual and the plural (اللتان، اللذين، اللواتي), which Lucene's list
     * lacks: "من هما الدولتان اللتان توسطتا" holds no word an answer repeats in them.
     */
    public static final Set<String> RELATIVE_PRONOUNS = Set.of("اللذان", "اللتان", "اللذين", "اللتين", "اللواتي",
            "اللاتي", "اللايي");

    /** Every relative pronoun, folded: the singular ones Lucene's list has and {@link #RELATIVE_PRONOUNS}. */
    private static final Set<String> ALL_RELATIVE_PRONOUNS = Stream.concat(Stream.of("الذي", "التي", "الذين"),
            RELATIVE_PRONOUNS.stream()).collect(Collectors.toUnmodifiableSet());

    /**
     * The forms of كان ("to be") Lucene's list lacks (it has كان، كانت، يكون، تكون): the plural and the
     * dual, folded. A question asks "شو كانوا يلقبوا…؟" of a sentence that states the name. With the plural's
     * ending as chat writes it, و without its silent ا (كانو، يكونو): a dialect question's كانو is no content word.
     */
    private static final Set<String> BEING = Set.of("كانوا", "كانا", "كانتا", "يكونوا", "يكونون", "يكونان",
            "تكونان", "تكونوا", "تكونون", "كانو", "يكونو", "تكونو");

    public static final Set<String> WORDS = words();

    private ArabicStopWords() {
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>();
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            words.add(ArabicTextNormalizer.normalize(new String((char[]) word)));
        }
        words.addAll(ArabicQuestionWords.ALL);
        // A conjunction glued to a question word (ومين، وشو، فكم) opens most follow-ups; the stop
        // filter runs before the stemmer strips the و, so the glued forms are listed too. Not لم:
        // فلم is also "film".
        words.addAll(withConjunction(ArabicQuestionWords.ALL.stream().filter(q -> !q.equals("لم")).toList()));
        words.addAll(withConjunction(ArabicQuestionWords.REQUESTS));
        words.addAll(DIALECT_PARTICLES);
        words.addAll(DIALECT_RELATIVES);
        words.addAll(DIALECT_DEMONSTRATIVES);
        words.addAll(withConjunction(THIS_THING));
        words.addAll(DIALECT_ATTACHED);
        words.addAll(EMPHASIS);
        // Not ديالي ("mine"): the Iraqi province ديالى folds to it, and an article's place name outweighs a
        // Moroccan question's "mine".
        for (String possessive : DIALECT_POSSESSIVES) {
            POSSESSIVE_PRONOUNS.stream().map(pronoun -> possessive + pronoun)
                    .filter(word -> !word.equals(DIYALA)).forEach(words::add);
        }
        // The bare pronouns only: وهم and فهم are also nouns ("illusion", "understanding").
        PRONOUNS.stream().filter(p -> p.startsWith("ه")).forEach(words::add);
        words.addAll(RELATIVE_PRONOUNS);
        // With a glued و or ف too (وكانوا): the stop filter runs before the stemmer strips it.
        words.addAll(withConjunction(BEING));
        return Set.copyOf(words);
    }

    /** The words, bare and with a glued و or ف. */
    private static Set<String> withConjunction(Collection<String> bare) {
        return bare.stream().flatMap(w -> Stream.of(w, "و" + w, "ف" + w)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a folded word is a relative pronoun (الذي، التي، اللواتي…), also with a glued و or ف (والتي). */
    public static boolean isRelativePronoun(String folded) {
        return ALL_RELATIVE_PRONOUNS.contains(folded) || ALL_RELATIVE_PRONOUNS.contains(
                ArabicProclitics.withoutConjunction(folded, 3));
    }

    /**
     * Whether a folded word opens a relative clause: a relative pronoun of Standard Arabic ({@link
     * #isRelativePronoun}) or of the dialects (اللي، يلي), also with a glued و or ف.
     */
    public static boolean opensRelativeClause(String folded) {
        return isRelativePronoun(folded) || ArabicProclitics.oneOfWithOrWithoutConjunction(DIALECT_RELATIVES, folded);
    }

    /**
     * Whether a folded word is a noun with the dialects' "this" glued to its article ({@link
     * ArabicProclitics#DEMONSTRATIVE}: هالحكي، وهالشي): it points back to what was said before, as هذا الحكي does.
     */
    public static boolean hasGluedDemonstrative(String folded) {
        String demonstrative = ArabicProclitics.DEMONSTRATIVE;
        String bare = ArabicProclitics.withoutConjunction(folded, demonstrative.length() + GLUED_NOUN);
        return bare.startsWith(demonstrative) && bare.length() - demonstrative.length() >= GLUED_NOUN;
    }

    /** Whether a folded word is a stop word, alone or with a glued و or ف (وهذا، فقد). */
    public static boolean containsGlued(String folded) {
        return contains(folded) || contains(ArabicProclitics.withoutConjunction(folded, 2));
    }

    /**
     * Whether a folded word is a stop word, bare or behind any one glued proclitic (و ف ب ل ك: بمن،
     * لما، وفي): wider than {@link #containsGlued}, which takes only the conjunctions, for telling a
     * function word run onto the word before it (اعتباربمن).
     */
    public static boolean containsAfterProclitic(String folded) {
        return contains(folded)
                || ArabicProclitics.withoutProclitic(folded, 2).filter(ArabicStopWords::contains).isPresent();
    }

    /**
     * Whether a folded word is a stop word with a pronoun glued to its end (لديها، عنهم، منه، فيها):
     * a function word still, which the stop list holds only bare.
     */
    public static boolean containsWithPronoun(String folded) {
        for (String pronoun : ArabicRootSkeleton.GLUED_PRONOUNS) {
            if (folded.endsWith(pronoun) && folded.length() > pronoun.length() + 1
                    && contains(folded.substring(0, folded.length() - pronoun.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word is a stop word. */
    public static boolean contains(String foldedWord) {
        return WORDS.contains(foldedWord);
    }
}
