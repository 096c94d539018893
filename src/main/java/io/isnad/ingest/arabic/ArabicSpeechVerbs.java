package io.isnad.ingest.arabic;

import static io.isnad.ingest.arabic.ArabicTextNormalizer.foldedSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The past-tense verbs news prose reports speech with (قال، كشف، أكد…), in the masculine and the
 * feminine, folded as the text is. Arabic puts the verb after its subject in "كان المتحدث … بهرام
 * قاسمي كشف، …": without capital letters, only the verb tells where the name ends.
 */
public final class ArabicSpeechVerbs {

    private static final List<String> VERB_STEMS = List.of("قال", "كشف", "أكد", "أعلن", "أضاف", "أشار", "نفى", "اعتبر",
            "أوضح", "ذكر", "صرح", "شدد", "تابع", "أفاد", "لفت", "حذر", "طالب", "وصف", "نقل", "دعا", "أبلغ");
    private static final Set<String> VERBS = foldedSet(VERB_STEMS.stream()
            .flatMap(verb -> Stream.of(verb, ArabicVerbForms.feminine(verb))));

    /**
     * The verbs of {@link #VERB_STEMS} that do not plainly report a statement: another word as well (تابع
     * "affiliated", طالب "student", نقل "transport", ذكر "male", وصف "description"), or what was revealed,
     * warned of, called for, pointed out or told someone (كشف، حذر، دعا، لفت، أبلغ).
     */
    private static final Set<String> NOT_PLAIN_REPORTING = Set.of("تابع", "طالب", "نقل", "ذكر", "وصف", "كشف", "حذر",
            "دعا", "لفت", "أبلغ");

    /**
     * The words by which a sentence reports what someone said, folded: the speech verbs that plainly report a
     * statement ({@link #VERB_STEMS} but {@link #NOT_PLAIN_REPORTING}), in the masculine and the feminine, and
     * the participles by which news prose reports speech after another verb ("حمّل … مسؤولية المجزرة لـ…،
     * مؤكداً أن…"، "…، مشيراً إلى…").
     */
    private static final Set<String> REPORTING = foldedSet(Stream.concat(
                    VERB_STEMS.stream().filter(verb -> !NOT_PLAIN_REPORTING.contains(verb))
                            .flatMap(verb -> Stream.of(verb, ArabicVerbForms.feminine(verb))),
                    Stream.of("مؤكدا", "مشيرا", "معتبرا", "موضحا", "مضيفا", "مشددا", "منوها")
                            .flatMap(participle -> Stream.of(participle,
                                    participle.substring(0, participle.length() - 1) + "ة"))));

    /**
     * The reporting verbs by which a speaker goes on from what he said (وأضاف، وتابع، وأردف، واستطرد),
     * in the masculine and the feminine, folded: a news line opening on one carries on the statement of
     * the line before, whose speaker and subject it does not name again ("وتابع المسؤول الإيراني، أن
     * هذه الطائرات لم تغادر يوم الاثنين…" after the line naming the Russian planes and Hamadan).
     */
    private static final Set<String> GOING_ON = foldedSet(Stream.of("أضاف", "تابع", "أردف", "استطرد")
            .flatMap(verb -> Stream.of(verb, ArabicVerbForms.feminine(verb))));

    /**
     * What news prose attributes a report to without a verb ("وفقًا لمعلومات من…"، "بحسب المرصد"،
     * "نقلًا عن…"), folded.
     */
    private static final Set<String> ATTRIBUTIONS = foldedSet("وفقا", "وفقًا", "بحسب", "حسب", "نقلا", "نقلًا");

    /**
     * Verbs a question asks about words with besides the reporting verbs: their present tense and the
     * stances news reports as said (accused, condemned, threatened, welcomed, rejected, claimed,
     * blamed, urged, pledged, criticised, admitted), folded. Only a question is read with them, so a
     * name in an article is never cut at one.
     */
    private static final Set<String> SAID_ELSE = foldedSet(Stream.concat(
                    Stream.of("اتهم", "أدان", "ندد", "هدد", "رحب", "رفض", "زعم", "ادعى", "تبنى", "حمل", "حث", "توعد",
                            "تعهد", "انتقد", "اعترف", "وعد", "تحدث", "علق", "رد", "طلب", "سأل", "أجاب")
                            .flatMap(verb -> Stream.of(verb, ArabicVerbForms.feminine(verb))),
                    Stream.of("يقول", "تقول", "يعلن", "تعلن", "يؤكد", "تؤكد", "يعتبر", "تعتبر", "يصف", "تصف", "يرى",
                            "ترى", "يتهم", "تتهم", "يدين", "تدين", "يهدد", "تهدد", "يرفض", "ترفض", "يتحدث", "تتحدث")));

    /**
     * The words by which a question asks what someone said, folded: the verbs of saying and commenting in the
     * past and the present (قال، قالت، قالوا، يقول، صرّح، علّق) and their English ones (say, said, comment, and
     * blame, which news tells only in words: "Where was Raisi when he blamed the Homs massacre on…?" asks where
     * he said it, as "when he said" does; docs/answers.md, "unans63").
     * Narrower than {@link #VERBS} and {@link #SAID_ELSE} on purpose: their other verbs (طلب، وعد، ذكر، وصف) ask
     * for other things than words, and reading them too declined answerable xquad-dev and arcd-train questions on
     * both parts (docs/answers.md, "unans50").
     */
    private static final Set<String> SAYING_ASKED = foldedSet(Stream.concat(
                    Stream.of("قال", "صرح", "علق").flatMap(ArabicVerbForms::thirdPersonPast),
                    Stream.of("يقول", "تقول", "يقولون", "say", "says", "said", "saying", "comment", "comments",
                            "commented", "blame", "blames", "blamed", "blaming")));

    /**
     * The verbs by which a question asks what a statement held ("ماذا جاء في البيان…؟"، "ما ورد في تصريحه…"): came,
     * was given, folded; read only before في and a {@link #STATEMENTS} noun, as جاء is also a coming.
     */
    private static final Set<String> CAME_IN = foldedSet("جاء", "جاءت", "ورد", "وردت");
    /** The preposition after {@link #CAME_IN}, folded. */
    private static final String IN_STATEMENT = "في";
    /**
     * The nouns of a statement news reports (بيان، تصريح، تصريحات) with a third person's pronoun of its speaker
     * ({@link ArabicRootSkeleton#THIRD_PERSON_PRONOUNS}) or without, folded, without the article: what came in one
     * is words said by its speaker. Not بيانات, which is also data.
     */
    private static final Set<String> STATEMENTS = foldedSet(Stream.of("بيان", "تصريح", "تصريحات")
            .flatMap(noun -> Stream.concat(Stream.of(noun), withThirdPersonPronouns(noun))));
    /**
     * The nouns of what someone said (كلام، قول، حديث، تصريح، تصريحات) with a third person's pronoun of its speaker
     * ({@link ArabicRootSkeleton#THIRD_PERSON_PRONOUNS}), folded: "his words", named by a question as where it
     * asks, not what ({@link #namesSpeakersWords}).
     */
    private static final Set<String> SPEAKERS_WORDS = foldedSet(Stream.of("كلام", "قول", "حديث", "تصريح", "تصريحات")
            .flatMap(ArabicSpeechVerbs::withThirdPersonPronouns));
    /** The English nouns of a statement ({@link #namesStatement}). */
    private static final Set<String> ENGLISH_STATEMENTS = Set.of("statement", "statements");

    /**
     * The words by which a question asks how someone replied or reacted (بماذا ردّ، شو كان الرد، ردة فعل،
     * how did … respond, what was … reaction), folded. Only the reply's own forms: ورد is also "came" or
     * "was mentioned", and ردا (رداً على، "in response") tells why something was done, not a reply asked. The
     * dialects' ردو is both "his reply" (their glued ـو for ـه: "شو كان ردو؟") and "they replied" (ردّوا without
     * its final alif).
     */
    private static final Set<String> REPLY_ASKED = Set.of("رد", "ردت", "ردوا", "ردو", "يرد", "ترد", "رده", "ردها",
            "ردهم", "ردود", "respond", "responded", "responds", "response", "responses", "reply", "replied", "replies",
            "react", "reacted", "reacts", "reaction", "reactions");
    /**
     * The words after which a question asking a reply names what was replied to, folded: "الحزب التركستاني شو كان
     * ردو لما الجيش السوري قصف مقراتو؟" asks the reply to the shelling.
     */
    private static final Set<String> OCCASION_LINKS = Set.of("لما", "عندما", "حين", "حينما", "بعدما");
    /** "In response to" (رداً على), folded: the clause after the one it opens tells the reply's deed. */
    private static final List<String> IN_RESPONSE_TO = List.of("ردا", "علي");
    /** The English verb that "back" makes a reply ("What did Sabbagh write back?"), in its forms. */
    private static final Set<String> WRITE = Set.of("write", "writes", "wrote", "written", "writing");
    /** The English adverb that makes a verb of writing a reply. */
    private static final String BACK = "back";
    /** The English preposition before which "response" tells why something was done ("shelled in response"). */
    private static final String IN = "in";
    /**
     * The words around "reaction" that make it a chemical or physical one (a reaction of oxygen with
     * hydrogen, a chain reaction), which nobody replies by.
     */
    private static final Set<String> PROCESS_AFTER = Set.of("of", "with", "between");
    private static final Set<String> PROCESS_BEFORE = Set.of("chemical", "chain", "nuclear");
    /**
     * The words by which a sentence gives a reply or a reaction, folded: the reply's forms (ورداً على الهجوم),
     * the stances news reports as reactions (condemned, denounced, welcomed, rejected) and the denial that replies to
     * an accusation (نفى).
     */
    private static final Set<String> REPLIES = foldedSet(Stream.concat(
                    Stream.of("رد", "ردا", "ردود", "ردوا", "يرد", "ترد", "رده", "ردها", "نفى", "نفت", "نفوا"),
                    Stream.of("أدان", "ندد", "استنكر", "شجب", "رحب", "رفض")
                            .flatMap(verb -> Stream.of(verb, ArabicVerbForms.feminine(verb)))));
    /**
     * The words by which a text tells a request, or a question asks whether one was made, folded, after a glued و or
     * ف and a preposition or the article: asking (طلب، يطلب، بطلب من، الطلب), demanding (طالب، يطالب، المطالبة),
     * calling on (دعا، يدعو، دعوة، داعياً), appealing (ناشد، مناشدة), urging (حث) and asking a question (سأل، تساءل).
     * Not the students (طلاب، الطلبة, folded الطلبه, as in وكالة أنباء الطلبة الإيرانية), so not طلبه ("his request")
     * either; nor the bare طالب, "he demanded" and "a student" alike, which {@link #DEMANDED} reads in its place.
     */
    private static final Pattern REQUEST_TOLD = Pattern.compile("[وف]?(?:ب|ل|بال|لل|ال)?(?:"
            + "[يتن]?طلب(?:ت|وا|ها|هم|ا|ات)?|[يت]طالب(?:وا|ون)?|طالب(?:ت|وا)|مطالب(?:ه|ات)?"
            + "|دعا|دعت|دعوا|[يت]دعو(?:ن)?|دعو(?:ه|ت|ات)|داعي(?:ا|ه)?"
            + "|[يت]?ناشد(?:ت|وا)?|مناشد(?:ه|ات)?|[يت]?حث|حثت|حثوا|سال|سالت|سالوا|[يت]?ساءل(?:ت)?)");
    /**
     * The bare past طالب ("he demanded"), folded, with a glued و or ف: also the noun "a student" ("هل قتل طالب في
     * الهجوم؟"), so it is a request only where {@link #demandsAt} reads it as a verb. With the article or a
     * preposition (الطالب، لطالب) it is the student.
     */
    private static final String DEMANDED_BARE = "طالب";
    private static final Pattern DEMANDED = Pattern.compile("[وف]?" + DEMANDED_BARE);
    /**
     * How many words after طالب the demanded thing may stand: past its subject and the one it demanded of ("طالب
     * الأسد روسيا بإرسال…").
     */
    private static final int DEMANDED_WITHIN = 3;
    /** The folded أن and بأن that open what was demanded ("طالب بأن تنسحب…", "طالب أن…"). */
    private static final Set<String> DEMANDED_THAT = Set.of("ان", "بان");
    /** The preposition glued to what was demanded (بوقف، بانسحاب), before a word of three letters or more. */
    private static final String DEMANDED_BY = "ب";
    private static final int DEMANDED_WORD = 3;
    /** The English words by which a question asks whether someone asked for something. */
    private static final Set<String> ENGLISH_REQUEST = Set.of("ask", "asks", "asked", "asking", "request", "requests",
            "requested", "requesting", "urge", "urges", "urged", "urging", "demand", "demands", "demanded",
            "demanding");
    /** The verb قصد ("meant") and its participle, folded, in a tense or person and with a pronoun or not. */
    private static final Pattern MEANT_ASKED = Pattern.compile(
            "[وف]?(?:ي|ت|ن)?قصد(?:ت|وا|ون)?(?:ه|ها|هم)?|[وف]?(?:ال)?مقصود");
    private static final Set<String> ENGLISH_MEANT = Set.of("mean", "meant", "means", "refer", "refers", "referred",
            "referring");
    /** What follows an English verb of meaning when it asks what words meant: "meant by", "referring to". */
    private static final Set<String> ENGLISH_MEANT_AFTER = Set.of("by", "to");
    /** What makes "refer to" ask a name ("refer to as"), not whom words meant. */
    private static final String AS = "as";
    /**
     * "Refer" in the present, which asks what a thing stands for, as "What does X mean?" asks a word's sense: "refers
     * to", or "refer to" after the present "does" or "do" ("36 hours figure aleppo what does it refer to"), where the
     * past "did" and "referring" ask whom a speaker meant ("Who was he referring to?").
     */
    private static final String REFERS = "refers";
    private static final String REFER = "refer";
    private static final Set<String> PRESENT_DO = Set.of("does", "do");
    /** The words by which news prose says what words alluded to, folded: في إشارة إلى، قاصداً، يقصد، بمعنى. */
    private static final Set<String> ALLUSIONS = foldedSet("إشارة", "قاصدا", "يقصد", "تقصد", "يقصدون",
            "المقصود", "بمعنى");
    /**
     * The nouns after لا by which news reports the reply to an accusation as its rebuttal ("شدد لافروف على أنه لا أساس
     * لاتهام روسيا"، "لا صحة لهذه الأنباء"), folded: a denial answers the charge as نفى does.
     */
    private static final Set<String> REBUTTALS = foldedSet("أساس", "صحة");
    private static final String NO = "لا";
    /**
     * The prepositions by which a question names what words were said about (شو قال … عن مقتل الجنرال، ماذا
     * قال … حول الهجوم، what did … say about Iran), folded.
     */
    private static final Set<String> TOPIC_MARKS = foldedSet("عن", "حول", "بشأن", "بخصوص", "about", "regarding",
                    "concerning");
    /**
     * The words that end such a topic and open where or when the words were said ("… about Iran in his
     * Sunday interview", "… عن الهجوم في مقابلة"), folded.
     */
    private static final Set<String> TOPIC_ENDS = foldedSet("في", "خلال", "أثناء", "يوم", "منذ", "بعد", "قبل", "in",
                    "on", "at", "during", "after", "before", "since", "while", "when");
    /**
     * The words that end a speaker's name after his reporting verb: the reported clause's إنّ، أنّ and the
     * prepositions of where or to whom he spoke (أشار إلى، قال في بيان، أكد عبر موقعها), folded.
     */
    private static final Set<String> SPEAKER_ENDS = foldedSet("ان", "أن", "إن", "بأن", "وأن", "لأن", "أنه", "إنه",
                    "أنها", "إنها", "بأنه", "إلى", "على", "في", "خلال", "عبر", "لـ");
    /**
     * كان and its forms, which put a speaker before his verb ("وكان المتحدث … بهرام قاسمي كشف، …"), folded.
     */
    private static final Set<String> WAS = Set.of("كان", "وكان", "كانت", "وكانت");
    /** Words from a reporting verb to its speaker's name's end: a title with its qualifiers puts up to six. */
    private static final int SPEAKER_WINDOW = 7;
    /** Words a headline's speaker before its colon may hold: a title with a name and what he did, as a verb's. */
    private static final int HEADLINE_SPEAKER_WORDS = 6;

    private ArabicSpeechVerbs() {
    }

    /**
     * A noun with each third person's pronoun of its speaker glued on ({@link
     * ArabicRootSkeleton#THIRD_PERSON_PRONOUNS}): بيانه، كلامهم.
     */
    private static Stream<String> withThirdPersonPronouns(String noun) {
        return ArabicRootSkeleton.THIRD_PERSON_PRONOUNS.stream().map(pronoun -> noun + pronoun);
    }

    /**
     * Whether a question asks how someone replied or reacted ({@link #REPLY_ASKED}), a word of it bare or
     * with the article (شو كان الرد), or "write back"; not "in response", which asks what was done, nor a
     * chemical reaction. A bare برد (cold) is no reply: only the article is taken off.
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean asksReply(List<String> words) {
        return IntStream.range(0, words.size()).anyMatch(i -> {
            String word = words.get(i);
            String before = i > 0 ? words.get(i - 1) : "";
            String after = i + 1 < words.size() ? words.get(i + 1) : "";
            boolean asked = REPLY_ASKED.contains(word) || REPLY_ASKED.contains(
                    ArabicProclitics.withoutFirst(word, ArabicProclitics.ARTICLE_AFTER_PREPOSITION, 0))
                    || word.equals(BACK) && WRITE.contains(before);
            boolean inResponse = word.startsWith("respons") && before.equals(IN);
            boolean process = word.startsWith("reaction") && (PROCESS_AFTER.contains(after)
                    || PROCESS_BEFORE.contains(before));
            return asked && !inResponse && !process;
        });
    }

    /**
     * The content words of the clause by which a question asking a reply names what was replied to: the words after
     * its first {@link #OCCASION_LINKS} word (with or without a glued و), stop words left out ("…ردو لما الجيش السوري
     * قصف مقراتو؟" → الجيش، السوري، قصف، مقراتو); empty when it writes none.
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static List<String> replyOccasion(List<String> words) {
        int link = IntStream.range(0, words.size())
                .filter(i -> ArabicProclitics.oneOfWithOrWithoutConjunction(OCCASION_LINKS, words.get(i)))
                .findFirst().orElse(words.size());
        return words.subList(Math.min(link + 1, words.size()), words.size()).stream()
                .filter(w -> !ArabicStopWords.WORDS.contains(w)).toList();
    }

    /**
     * Whether a text gives as the reply the very deed a question names as what was replied to ({@link
     * #replyOccasion}, two words or more): the clause after one opened by "in response to" ({@link #IN_RESPONSE_TO})
     * writes more than half of them, in any of their bare forms, an accusative alif aside. "ورداً على الهجوم، شن
     * الجيش السوري قصفاً… مقار للحزب التركستاني" tells the army's shelling as its reply to the attack: asked for the
     * Turkistan party's reply "when the Syrian army shelled its headquarters", it gives the shelling, not a reply to
     * it.
     */
    public static boolean repliesWithOccasion(String text, List<String> occasion) {
        if (occasion.size() < 2) {
            return false;
        }
        List<String> clauses = ArabicTextNormalizer.clauses(text);
        return IntStream.range(0, clauses.size() - 1).anyMatch(i -> opensInResponse(clauses.get(i))
                && 2 * writtenIn(occasion, ArabicTextNormalizer.words(clauses.get(i + 1))) > occasion.size());
    }

    /** Whether a folded clause opens on "in response to" ({@link #IN_RESPONSE_TO}), with or without a glued و. */
    private static boolean opensInResponse(String clause) {
        List<String> words = ArabicTextNormalizer.words(clause);
        return words.size() > IN_RESPONSE_TO.size()
                && ArabicProclitics.withoutConjunction(words.getFirst(), 3).equals(IN_RESPONSE_TO.getFirst())
                && words.get(1).equals(IN_RESPONSE_TO.get(1));
    }

    /** How many of {@code asked} a folded clause's words write, compared by their bare forms. */
    private static long writtenIn(List<String> asked, List<String> clause) {
        Set<String> written = clause.stream().flatMap(ArabicSpeechVerbs::bareWithoutAccusative)
                .collect(Collectors.toSet());
        return asked.stream().filter(w -> bareWithoutAccusative(w).anyMatch(written::contains)).count();
    }

    /** A folded word's {@link ArabicProclitics#bareForms}, each also without an accusative alif (قصفاً → قصف). */
    private static Stream<String> bareWithoutAccusative(String folded) {
        return ArabicProclitics.bareForms(folded)
                .flatMap(b -> Stream.of(b, ArabicTextNormalizer.withoutAccusativeAlif(b, 3)));
    }

    /**
     * The words a question names as what words were said about, folded: those after its first {@link
     * #TOPIC_MARKS} up to a {@link #TOPIC_ENDS} ("What did Mike Waltz say about Iran in his Sunday
     * interview?" → "iran"), or "" when it names none.
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static String topicAsked(List<String> words) {
        int mark = topicMark(words);
        int end = mark + 1;
        while (end < words.size() && !TOPIC_ENDS.contains(words.get(end))) {
            end++;
        }
        return mark + 1 >= end ? "" : String.join(" ", words.subList(mark + 1, end));
    }

    /**
     * The words a question names its speaker by, folded: those before its first {@link #TOPIC_MARKS} that are no
     * verb of saying ({@link #SAYING_ASKED}) ("What did Bahram Ghasemi say about…" → "what did bahram ghasemi",
     * "ماذا قال إسماعيل بقائي عن…" → "ماذا إسماعيل بقائي"); "" for "وشو قال عن…؟", a follow-up whose speaker was
     * named before.
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static String speakerAsked(List<String> words) {
        return words.subList(0, topicMark(words)).stream()
                .filter(w -> !asksSaying(w))
                .collect(Collectors.joining(" "));
    }

    /**
     * Where a question's topic opens: at its first {@link #TOPIC_MARKS}, or, in a question with none, at على right
     * after a verb of saying ("بشار الأسد شو علّق على مقتل الحاج هاشم؟"، "شمخاني شنو حچى على مقتل بورهاشمي؟"):
     * علّق على and the dialects' حكى على name what was said about as عن does. Only right after the verb and only
     * where no other mark stands, since على folds as the name Ali does ("ماذا قال علي شمخاني عن…؟"); a question
     * naming Ali after its verb and no topic ("ماذا قال علي شمخاني؟") is read as asking about "شمخاني", which the
     * checks reading a topic then find in any sentence of his. {@code words.size()} when none opens.
     */
    private static int topicMark(List<String> words) {
        // A loop, not a stream: every question is read, and most name no topic.
        int mark = 0;
        while (mark < words.size() && !TOPIC_MARKS.contains(words.get(mark))) {
            mark++;
        }
        if (mark < words.size()) {
            return mark;
        }
        for (int on = 1; on < words.size(); on++) {
            if (words.get(on).equals(ArabicStopWords.ON) && asksSaying(words.get(on - 1))) {
                return on;
            }
        }
        return words.size();
    }

    /**
     * Whether a folded question word is a verb of saying ({@link #SAYING_ASKED}), bare or after و or ف, or a
     * dialect's word for one ({@link ArabicDialectWords#standardOf}: حكى، حچى، بيحكي for قال).
     */
    public static boolean asksSaying(String word) {
        return ArabicProclitics.oneOfWithOrWithoutConjunction(SAYING_ASKED, word) || ArabicDialectWords.standardOf(word)
                .filter(standard -> ArabicProclitics.oneOfWithOrWithoutConjunction(SAYING_ASKED, standard)).isPresent();
    }

    /**
     * Whether a folded question word names a statement, the words a party put out ({@link #STATEMENTS}, "statement"):
     * "Did the Revolutionary Guards put out a statement…?" asks of the Guards' words as "Did they say…?" does.
     */
    public static boolean namesStatement(String word) {
        return arabicStatement(word) || ENGLISH_STATEMENTS.contains(word);
    }

    /**
     * Whether a folded word names what the one spoken of said, by a noun of speech with his pronoun ({@link
     * #SPEAKERS_WORDS}: كلامه، قولها، تصريحاته): "حسب كلامه", according to what he said.
     */
    public static boolean namesSpeakersWords(String word) {
        return SPEAKERS_WORDS.contains(word);
    }

    /** Whether a folded word, with the article or without, is a {@link #STATEMENTS} noun. */
    private static boolean arabicStatement(String word) {
        return STATEMENTS.contains(ArabicTextNormalizer.withoutArticle(word));
    }

    /**
     * Whether a question asks what someone said about something: a verb of saying ({@link #SAYING_ASKED}), bare
     * or after و or ف, or what a statement held ({@link #asksStatement}), and a topic it names ({@link #topicAsked}:
     * "الجامعة العربية قالت إيه عن الهجوم…؟", "What did the EU say about the capture of Aleppo?").
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean asksWordsAbout(List<String> words) {
        return (words.stream().anyMatch(ArabicSpeechVerbs::asksSaying) || asksStatement(words))
                && !topicAsked(words).isEmpty();
    }

    /**
     * Whether a question asks what a statement held: a {@link #CAME_IN} verb, bare or after و or ف, then في and a
     * statement's noun ({@link #STATEMENTS}) with or without the article ("ماذا جاء في البيان الرسمي للحرس الثوري…").
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    private static boolean asksStatement(List<String> words) {
        return IntStream.range(0, words.size() - 2).anyMatch(i ->
                ArabicProclitics.oneOfWithOrWithoutConjunction(CAME_IN, words.get(i))
                        && words.get(i + 1).equals(IN_STATEMENT)
                        && arabicStatement(words.get(i + 2)));
    }

    /**
     * Whether a text reports words said: it quotes them (a quotation mark), gives them after a colon as a
     * headline does ("قائد الجيش الإيراني: مستعدون لتعميق التعاون مع سوريا", the speaker before it), or a word of
     * it, bare or after و or ف, reports speech ({@link #REPORTING}: قال، أكد، مؤكداً), is a verb of saying or a
     * stance voiced in words ({@link #VERBS}, {@link #SAID_ELSE}: كشف، حذّر، أدان، رحّب) or attributes a report
     * (بحسب، وفقاً).
     */
    public static boolean reportsSpeech(String text) {
        String folded = ArabicTextNormalizer.normalize(text);
        return folded.indexOf('"') >= 0 || folded.indexOf(':') >= 0 || ArabicTextNormalizer.words(folded).stream()
                .anyMatch(ArabicSpeechVerbs::reportsWords);
    }

    /**
     * The speakers a sentence names, each as its folded words: for every word that reports words said ({@link
     * #reportsSpeech}'s), the words after it in its clause up to a {@link #SPEAKER_ENDS} ("وقال المرصد السوري
     * لحقوق الإنسان في…" → المرصد السوري لحقوق الانسان), or, when none follows, those after a كان before it
     * ("وكان المتحدث الرسمي … بهرام قاسمي كشف، …"). A verb whose speaker is a pronoun (لكنها اعتبرت أن…) or
     * a line going on from the one before (وأضاف أن…) names none; an empty list is a sentence that names no
     * speaker, or reports no words. A headline names its speaker before a colon, with no verb of saying ({@link
     * #headlineSpeaker}: "نتنياهو مهنئا ترامب بالإنجليزية: “سنكمل…”").
     */
    public static List<List<String>> speakersIn(String sentence) {
        List<List<String>> speakers = new ArrayList<>(headlineSpeaker(sentence).stream().toList());
        for (String clause : ArabicTextNormalizer.clauses(sentence)) {
            List<String> words = ArabicTextNormalizer.words(clause);
            for (int w = 0; w < words.size(); w++) {
                if (!reportsWords(words.get(w))) {
                    continue;
                }
                int end = w + 1;
                while (end < Math.min(words.size(), w + 1 + SPEAKER_WINDOW) && !SPEAKER_ENDS.contains(words.get(end))) {
                    end++;
                }
                int was = w - 1;
                while (was >= 0 && !WAS.contains(words.get(was))) {
                    was--;
                }
                List<String> speaker = end > w + 1 ? words.subList(w + 1, end)
                        : was >= 0 ? words.subList(was + 1, w) : List.of();
                if (!speaker.isEmpty()) {
                    speakers.add(speaker);
                }
            }
        }
        return speakers;
    }

    /**
     * The words a headline gives its words after, as its speaker: the sentence's first clause when a colon ends it
     * and words follow, it holds at most {@link #HEADLINE_SPEAKER_WORDS} words, none of which reports words said
     * (that verb's speaker is read after it), and no quotation mark ("قائد الجيش الإيراني: مستعدون…" → قائد الجيش
     * الايراني; "نتنياهو مهنئا ترامب بالإنجليزية: “…”" → all four, the one congratulated kept: a question asking
     * Trump's words is not told they are another's). A time's colon (10:30) ends no clause of words.
     */
    private static Optional<List<String>> headlineSpeaker(String sentence) {
        String folded = ArabicTextNormalizer.normalize(sentence);
        int colon = folded.indexOf(':');
        if (colon <= 0 || Character.isDigit(folded.charAt(colon - 1))) {
            return Optional.empty();
        }
        String before = folded.substring(0, colon);
        List<String> clauses = ArabicTextNormalizer.clauses(before);
        List<String> words = ArabicTextNormalizer.words(before);
        boolean headline = clauses.size() == 1 && before.indexOf('"') < 0 && !words.isEmpty()
                && words.size() <= HEADLINE_SPEAKER_WORDS && words.stream().noneMatch(ArabicSpeechVerbs::reportsWords)
                && !ArabicTextNormalizer.words(folded.substring(colon + 1)).isEmpty();
        return headline ? Optional.of(words) : Optional.empty();
    }

    /** Whether a folded word, bare or after و or ف, reports words said, as {@link #reportsSpeech} reads it. */
    private static boolean reportsWords(String folded) {
        return asksAboutWords(folded) || ArabicProclitics.oneOfWithOrWithoutConjunction(REPORTING, folded);
    }

    /**
     * Whether a text gives a reply or a reaction ({@link #REPLIES}): a word of it bare, or after و or ف,
     * a preposition or the article (ورداً، بالرد); or a rebuttal, لا before one of {@link #REBUTTALS} (لا أساس).
     */
    public static boolean givesReply(String text) {
        List<String> words = ArabicTextNormalizer.words(text).stream()
                .map(w -> ArabicProclitics.withoutConjunction(w, 2)).toList();
        return IntStream.range(0, words.size()).anyMatch(i -> {
            String w = words.get(i);
            return REPLIES.contains(w) || REPLIES.contains(
                    ArabicProclitics.withoutFirst(w, ArabicProclitics.PREPOSITION_OR_ARTICLE, 0))
                    || i > 0 && NO.equals(words.get(i - 1)) && REBUTTALS.contains(w);
        });
    }

    /**
     * Whether a folded word attributes what follows to a source: a reporting verb ({@link #contains})
     * or a word of attribution (وفقًا، بحسب، نقلًا), with or without a glued و or ف.
     */
    public static boolean attributes(String folded) {
        return contains(folded) || ArabicProclitics.oneOfWithOrWithoutConjunction(ATTRIBUTIONS, folded);
    }

    /**
     * Whether a folded word of a question asks about something said: a reporting verb, its present
     * tense, a stance voiced in words, or a word of attribution ("Who said…?"، "من اتهم…؟"، "بحسب من…؟").
     */
    public static boolean asksAboutWords(String folded) {
        return attributes(folded) || ArabicProclitics.oneOfWithOrWithoutConjunction(SAID_ELSE, folded);
    }

    /**
     * The words of {@code text} by which it reports what someone said ({@link #REPORTING}: قال، أكد، اعتبر،
     * مؤكداً…), folded as the text writes them, a glued و or ف kept.
     */
    public static List<String> reportingIn(String text) {
        return ArabicTextNormalizer.words(text).stream()
                .filter(w -> ArabicProclitics.oneOfWithOrWithoutConjunction(REPORTING, w)).toList();
    }

    /**
     * Whether a question asks what a speaker meant by words: the verb قصد in a tense or person, with a pronoun
     * glued or not, or its participle المقصود (قصدها، يقصد، المقصود ب…), or English "mean by", "meant by",
     * "referring to". Not يعني and "What does X mean?", which ask a word's sense, as a dictionary gives it, nor
     * "refer to" in the present ({@link #REFERS}), which asks what a thing stands for, nor "refer to as", which asks
     * what a thing is called.
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean asksMeaning(List<String> words) {
        return IntStream.range(0, words.size()).anyMatch(i -> MEANT_ASKED.matcher(words.get(i)).matches()
                || ENGLISH_MEANT.contains(words.get(i)) && i + 1 < words.size()
                        && ENGLISH_MEANT_AFTER.contains(words.get(i + 1))
                        && !(i + 2 < words.size() && words.get(i + 2).equals(AS)) && !refersInThePresent(words, i));
    }

    /** Whether the word at {@code i} is {@link #REFERS}, or {@link #REFER} after the present "does" or "do". */
    private static boolean refersInThePresent(List<String> words, int i) {
        return REFERS.equals(words.get(i))
                || REFER.equals(words.get(i)) && words.subList(0, i).stream().anyMatch(PRESENT_DO::contains);
    }

    /**
     * Whether a question's words name a request ({@link #REQUEST_TOLD}: "هل طلبت روسيا من إيران…؟"، "واش الروس ضربو
     * بطلب من الإيرانيين؟"; English ask, request, urge, demand: "Did the Syrian government ask Iran to send…?").
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static boolean asksRequest(List<String> words) {
        return words.stream().anyMatch(ENGLISH_REQUEST::contains) || namesRequest(words);
    }

    /**
     * Whether a text tells a request ({@link #REQUEST_TOLD}, {@link #DEMANDED}): a word of asking, demanding, calling
     * on or urging.
     */
    public static boolean tellsRequest(String text) {
        return namesRequest(ArabicTextNormalizer.words(text));
    }

    /** Whether folded words name a request: one of {@link #REQUEST_TOLD}, or طالب where it is a verb. */
    private static boolean namesRequest(List<String> words) {
        return IntStream.range(0, words.size()).anyMatch(i -> REQUEST_TOLD.matcher(words.get(i)).matches()
                || DEMANDED.matcher(words.get(i)).matches() && demandsAt(words, i));
    }

    /**
     * Whether the طالب at {@code i} is the verb "demanded", not "a student": what was demanded follows it within
     * {@value #DEMANDED_WITHIN} words, a word with a glued بـ or an أن ("هل طالب الأسد بانسحاب…؟"، "وطالب الوزير
     * بوقف…"), and no content word without the article stands right before it, which would make it that word's
     * subject or complement ("هل أصيب طالب بجروح؟"، "اعتقال طالب بتهمة…"). A question word, a particle or a pronoun
     * may stand there, and so may a definite subject put first ("الأسد طالب بـ…").
     */
    private static boolean demandsAt(List<String> words, int i) {
        // A glued و or ف opens a clause with the verb itself ("وطالب الوزير…").
        if (i > 0 && words.get(i).equals(DEMANDED_BARE)) {
            String before = words.get(i - 1);
            if (!ArabicStopWords.containsGlued(before) && !ArabicQuestionWords.ALL.contains(before)
                    && !ArabicProclitics.startsWithArticle(before)) {
                return false;
            }
        }
        return words.subList(i + 1, Math.min(words.size(), i + 1 + DEMANDED_WITHIN)).stream()
                .anyMatch(w -> DEMANDED_THAT.contains(w)
                        || w.startsWith(DEMANDED_BY) && w.length() >= DEMANDED_BY.length() + DEMANDED_WORD);
    }

    /**
     * Whether a text says what words alluded to ({@link #ALLUSIONS}: في إشارة إلى، قاصداً، يقصد، بمعنى), a word
     * of it bare or after و or ف.
     */
    public static boolean alludes(String text) {
        return ArabicTextNormalizer.words(text).stream()
                .anyMatch(w -> ArabicProclitics.oneOfWithOrWithoutConjunction(ALLUSIONS, w));
    }

    /** Whether a folded word is one of the verbs, with or without a glued و or ف. */
    public static boolean contains(String folded) {
        return ArabicProclitics.oneOfWithOrWithoutConjunction(VERBS, folded);
    }

    /** Whether a folded word is a verb by which a speaker goes on ({@link #GOING_ON}), with or without و or ف. */
    public static boolean goesOn(String folded) {
        return ArabicProclitics.oneOfWithOrWithoutConjunction(GOING_ON, folded);
    }
}
