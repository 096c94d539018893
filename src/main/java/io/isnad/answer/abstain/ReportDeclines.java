package io.isnad.answer.abstain;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.KnownNames;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The checks that tell a deed from its report and decline the answer whatever the abstention model says:
 * the source of the report given for who did a deed, the day of the report given for when it was done, or
 * words said asked of something the judged article never names. One kind of {@link Decline}; the others
 * are in {@link Declines}, {@link CountDeclines}, {@link OfficeDeclines} and {@link TimeDeclines}.
 */
public final class ReportDeclines {

    /** What ends a clause before a name: a source and the name he is given stand in one. */
    private static final Pattern CLAUSE_END = Pattern.compile("[\\p{P}\\n]");
    /**
     * Words from a reporting verb to its source's name: a title with its qualifiers ("وقال المتحدث
     * باسم وزارة الخارجية الإيرانية إسماعيل بقائي") puts up to six between.
     */
    private static final int SOURCE_WINDOW = 7;
    /** إنّ، أنّ، بأنّ (folded) open the clause reported, whose subject is no source. */
    private static final Set<String> REPORTED_CLAUSE = Set.of("ان", "بان", "وان", "لان");
    /**
     * Words from a reporting verb back to the date of the report after its subject: a source with
     * his titles ("كشف أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني، يوم الثلاثاء، بأن…") puts
     * up to nine between, and the window stays inside the sentence.
     */
    private static final int REPORT_WINDOW = 12;
    /** Words after the date of a report within which the reported clause opens ("…الاثنين، إن روسيا…"). */
    private static final int REPORT_GAP = 3;
    /**
     * Words of a deed of its own a date's clause goes on with after it ("…عام 1821 م بتنظيم العائلة ونشرها"), beside
     * the date's own words, for the date to be that deed's ({@link #datesAnotherDeed}).
     */
    private static final int DEED_WORDS = 2;

    /** "Except", "excluding", "apart (from)", "besides": the words by which an English question writes an exception. */
    private static final Set<String> ENGLISH_EXCEPTING = Set.of("except", "excepting", "excluding", "apart", "besides");

    private ReportDeclines() {
    }

    /**
     * Whether a question asking how someone replied or reacted ({@link ArabicSpeechVerbs#asksReply}:
     * "بماذا ردّ فيصل المقداد على…؟"، "How did the Syrian defence minister respond to Bagheri's message?"،
     * "syrian government reaction russian bombers hamadan") is answered by sentences none of which gives
     * a reply or a reaction ({@link ArabicSpeechVerbs#givesReply}: ورداً على، أدان، رحّب): they tell the
     * call, the message or the deed replied to, and the question is declined whatever the abstention model
     * says, which passed such answers at .73 to .75. No answerable question of any set asks for a reply;
     * every one asked was a question the articles cannot answer (docs/answers.md, "unans42"). A sentence whose
     * reply is the deed the question names as what was replied to ({@link ArabicSpeechVerbs#repliesWithOccasion}:
     * "…شو كان ردو لما الجيش السوري قصف مقراتو؟" answered by "ورداً على الهجوم، شن الجيش السوري قصفاً… مقار للحزب
     * التركستاني") gives the occasion, another party's reply to something else, and no reply to it
     * (docs/answers.md, "neg65").
     */
    public static boolean noReply(AskedQuestion question, List<String> quoted) {
        List<String> words = question.analysis().words();
        if (quoted.isEmpty() || !ArabicSpeechVerbs.asksReply(words)) {
            return false;
        }
        List<String> occasion = ArabicSpeechVerbs.replyOccasion(words);
        return quoted.stream().noneMatch(sentence -> ArabicSpeechVerbs.givesReply(sentence)
                && !ArabicSpeechVerbs.repliesWithOccasion(sentence, occasion));
    }

    /**
     * Whether a question asking what someone said about something ({@link ArabicSpeechVerbs#asksWordsAbout}:
     * "الجامعة العربية قالت إيه عن الهجوم على الكلية الحربية في حمص؟"), not a who- or when-question nor a
     * follow-up, is answered by sentences none of which reports words said ({@link
     * ArabicSpeechVerbs#reportsSpeech}: no quotation, no verb of saying or stance, no بحسب): they tell the event
     * the words were about ("وكانت التنظيمات المسلحة استهدفت، الخميس، حفل تخريج…"), not what anyone said of it,
     * and the question is declined whatever the abstention model says, which passed such answers at .51 and
     * more, as {@link #noReply} declines a reaction asked and none given. A who-question asks for the speaker
     * and a when-question for the day, which other checks read (docs/answers.md, "unans50").
     */
    public static boolean noWordsReported(AskedQuestion question, List<String> quoted) {
        return asksWordsAboutAlone(question, quoted) && quoted.stream().noneMatch(ArabicSpeechVerbs::reportsSpeech);
    }

    /**
     * Whether a question asking what its speaker meant by his words ({@link ArabicSpeechVerbs#asksMeaning}: "Which
     * countries did Raisi mean by "the forces occupying Syrian territory"?"، "ما الجماعات التي قصدها … بقوله
     * "الجماعات الإرهابية المدعومة من واشنطن"…؟"، "وهاي القوات المحتله منو هي بالضبط؟ يا دول قصد؟") is answered by
     * sentences none of which says what words alluded to ({@link ArabicSpeechVerbs#alludes}: في إشارة إلى، قاصداً،
     * بمعنى). The sentence that reports the words holds every word of them the question repeats and the speaker it
     * names, so it is judged the answer, but it gives the words, not whom they meant; the question is declined
     * whatever the abstention model says, which passed such answers at .73 to .94 (docs/answers.md, "unans60").
     */
    public static boolean meaningUntold(AskedQuestion question, List<String> quoted) {
        return !quoted.isEmpty() && ArabicSpeechVerbs.asksMeaning(question.analysis().words())
                && quoted.stream().noneMatch(ArabicSpeechVerbs::alludes);
    }

    /**
     * Whether a yes/no question asking whether someone asked for something ({@link ArabicSpeechVerbs#asksRequest}:
     * "Did the Syrian government ask Iran to send more military advisers after the Homs military academy attack?",
     * "هل طلبت روسيا من إيران استخدام قواعد جوية إيرانية أخرى غير قاعدة همدان؟") is answered by sentences none of
     * which tells a request ({@link ArabicSpeechVerbs#tellsRequest}: no word of asking, demanding, calling on or
     * urging): "وكان المتحدث… كشف… إن روسيا علقت استخدامها لقاعدة همدان" tells what Russia did with the base, not
     * what it asked for. News tells a request in the words of one ("بطلب من"، "دعا إلى"، "طالب بـ"), and a refusal
     * or a denial of one names it too, so a sentence with none can say neither yes nor no; the question is declined
     * whatever the abstention model says, which passed such answers at .50 to .89. No answered yes/no question of
     * the tuning parts asks of a request but these negatives (docs/answers.md, "neg63").
     */
    public static boolean noRequest(AskedQuestion question, List<String> quoted) {
        return !quoted.isEmpty() && question.analysis().type() == QuestionType.YESNO
                && ArabicSpeechVerbs.asksRequest(question.analysis().words())
                && quoted.stream().noneMatch(ArabicSpeechVerbs::tellsRequest);
    }

    /**
     * Whether a question, answered by some quoted sentences, asks what someone said about something ({@link
     * ArabicSpeechVerbs#asksWordsAbout}) and is neither a who- or when-question, whose speaker or day other checks
     * read, nor a follow-up read as one: the shape {@link #noWordsReported} and {@link #otherSpeaker} read. Nor a
     * why-question ("ليش الفصايل گالت لازم تدافع عن المدنيين؟"): it asks the reason the words give, which {@link
     * ReasonDeclines#noReason} reads, and a body gives it by its spokesman ("وقال الناطق باسم الغرفة…، إن الحشود
     * العسكرية للنظام تهدد…"), whom no word of the body's name reaches.
     */
    private static boolean asksWordsAboutAlone(AskedQuestion question, List<String> quoted) {
        QuestionType type = question.analysis().type();
        return !quoted.isEmpty() && type != QuestionType.PERSON && type != QuestionType.DATE
                && type != QuestionType.REASON && question.previous().isEmpty()
                && ArabicSpeechVerbs.asksWordsAbout(question.analysis().words());
    }

    /**
     * Whether a question asking what someone said about something, as {@link #noWordsReported} reads it ("What
     * did Bahram Ghasemi say about the US accusation…?"), is answered by sentences each of which names who
     * spoke ({@link ArabicSpeechVerbs#speakersIn}: "…شدد وزير الخارجية الروسي سيرغي لافروف، على أنه…") and
     * none of which names the asked speaker among them: no word of those speakers reaches, by its stems, a
     * question's term naming its speaker ({@link ArabicSpeechVerbs#speakerAsked}: "bahram", "ghasemi"). They report
     * another's words, and the question is declined whatever the abstention model says, which passed such answers
     * at .82 and more. A nationality names no speaker ({@link #speakerNamed}): "ماذا جاء في البيان الرسمي للحرس
     * الثوري الإيراني…؟" is not answered by "وذكرت وكالة أنباء الطلبة الإيرانية…". A sentence naming no
     * speaker (a pronoun's verb, a line going on from the one before, a quotation alone) may be the asked speaker's,
     * and keeps the answer; so does a speaker asked by his office, by his nationality alone, or not at all (a
     * follow-up's "وشو قال عن…؟") (docs/answers.md, "speaker50", "speaker51").
     *
     * @param speakerTerms per evidence term, whether the question names its speaker by it ({@link #speakerNamed}),
     *        not as its wording
     * @param stems a folded word's stems, as the evidence terms' forms are written
     */
    public static boolean otherSpeaker(AskedQuestion question, List<String> quoted, List<EvidenceTerm> evidence,
            Supplier<boolean[]> speakerTerms, Function<String, Set<String>> stems) {
        if (!asksWordsAboutAlone(question, quoted)) {
            return false;
        }
        boolean[] subjectTerms = speakerTerms.get();
        if (IntStream.range(0, subjectTerms.length).noneMatch(t -> subjectTerms[t])) {
            return false;
        }
        // A speaker asked by his office ("What did Iran's security council secretary say…") is named by the
        // sentences as often by his name alone ("قال شمخاني إنه…"), which no word of the question reaches.
        if (!OfficeDeclines.namedOffices(question).isEmpty()) {
            return false;
        }
        return othersSpeakOnly(quoted, stems, wordStems -> IntStream.range(0, subjectTerms.length)
                .anyMatch(t -> subjectTerms[t] && !Collections.disjoint(evidence.get(t).forms(), wordStems)));
    }

    /**
     * Whether an English yes/no question asking whether its party said something ({@link
     * YesNoDeclines#partyTerm}: "Did Israel comment on the killing of…?", with a verb of saying, {@link
     * ArabicSpeechVerbs#asksSaying}, or a statement, {@link ArabicSpeechVerbs#namesStatement}: "Did the Revolutionary
     * Guards put out a statement…?") is answered by sentences each of which names who spoke and none of which names
     * the party among them, as {@link #otherSpeaker} reads a what-did-he-say question: "وذكرت وكالة أنباء الطلبة
     * الإيرانية… وأكدت وكالة دانشجو…" reports Iranian agencies, and cannot tell whether Israel commented.
     *
     * @param stems a folded word's stems, as the evidence terms' forms are written
     */
    public static boolean partyUnheard(AskedQuestion question, List<String> quoted, List<EvidenceTerm> evidence,
            Function<String, Set<String>> stems) {
        if (quoted.isEmpty() || question.analysis().words().stream()
                .noneMatch(w -> ArabicSpeechVerbs.asksSaying(w) || ArabicSpeechVerbs.namesStatement(w))) {
            return false;
        }
        OptionalInt party = YesNoDeclines.partyTerm(question, evidence);
        return party.isPresent() && othersSpeakOnly(quoted, stems,
                wordStems -> !Collections.disjoint(evidence.get(party.getAsInt()).forms(), wordStems));
    }

    /**
     * Whether every quoted sentence names who spoke ({@link ArabicSpeechVerbs#speakersIn}) and no word of those
     * speakers, by its stems, is one the asked speaker is named by ({@code asked}).
     */
    private static boolean othersSpeakOnly(List<String> quoted, Function<String, Set<String>> stems,
            Predicate<Set<String>> asked) {
        List<List<List<String>>> speakers = quoted.stream().map(ArabicSpeechVerbs::speakersIn).toList();
        return speakers.stream().noneMatch(List::isEmpty)
                && speakers.stream().flatMap(List::stream).flatMap(List::stream).map(stems).noneMatch(asked);
    }

    /**
     * The words a question names its speaker by ({@link ArabicSpeechVerbs#speakerAsked}) but its nationalities
     * (الإيراني، Syrian), folded: a nationality qualifies a speaker without naming him, and the Iranian Revolutionary
     * Guards are not the Iranian students' news agency, whose words the sentence reports ({@link #otherSpeaker}).
     *
     * @param words the question's words as {@link ArabicTextNormalizer#words} folds them
     */
    public static String speakerNamed(List<String> words) {
        return Stream.of(ArabicSpeechVerbs.speakerAsked(words).split(" "))
                .filter(w -> KnownNames.nationality(w).isEmpty() && KnownNames.englishNationality(w).isEmpty())
                .collect(Collectors.joining(" "));
    }

    /**
     * Whether a question about words said ({@link #asksAboutWords}: "What did Lavrov say about the rebel
     * offensive on Aleppo?"، "ماذا قال إسماعيل بقائي عن دور تركيا…؟"), not a who- or when-question nor a
     * follow-up, names a person, place or thing its judged article never mentions (the model's {@code
     * nameMissing}, as {@link #countOfAnother} reads it). Words are their speaker's and about their
     * topic: an article that never names the one or the other quotes another's words or words about
     * another thing (Iran's foreign ministry on the offensive for Lavrov), and the question is declined
     * whatever the abstention model says. A who-question may ask for the speaker himself and a
     * when-question's missing "name" is as often a common noun (fresh34), so both are left to the model;
     * so is a follow-up, whose article the conversation chose (docs/answers.md, "fresh36").
     */
    public static boolean wordsOfAnother(AskedQuestion question, List<String> translatedFocus,
            AbstentionFeatures features) {
        QuestionType type = question.analysis().type();
        return type != QuestionType.PERSON && type != QuestionType.DATE && question.previous().isEmpty()
                && features.nameMissing() > 0 && asksAboutWords(question, translatedFocus);
    }

    /**
     * Whether a question about words said ({@link #asksAboutWords}) that names what they were about
     * ({@link ArabicSpeechVerbs#topicAsked}: "What did Mike Waltz say about Iran in his Sunday
     * interview?"، "شو قال حسن عبد الغني عن مقتل الجنرال الإيراني بحلب؟") is answered by a first sentence
     * that writes none of the topic's words (no wording of the question; {@link
     * io.isnad.retrieve.EvidenceScorer#writtenIn}): it quotes the speaker's words about another thing (Waltz
     * on Hamas ruling Gaza, the spokesman on the regime's forces), and the question is declined whatever
     * the abstention model says, which passed both at .80 and .82. Only the first sentence counts, the one
     * that quotes the words: its neighbours tell the rest of the story, which names the topic as often
     * (docs/answers.md, "unans43").
     *
     * @param topicTerms per evidence term, whether the topic names it
     * @param wording per evidence term, whether it is the question's wording
     * @param writtenInLead per evidence term, whether the first quoted sentence writes it
     */
    public static boolean otherTopic(AskedQuestion question, List<String> translatedFocus, boolean[] topicTerms,
            boolean[] wording, Supplier<boolean[]> writtenInLead) {
        if (IntStream.range(0, topicTerms.length).noneMatch(t -> topicTerms[t] && !wording[t])
                || !asksAboutWords(question, translatedFocus)) {
            return false;
        }
        boolean[] written = writtenInLead.get();
        return IntStream.range(0, topicTerms.length).noneMatch(t -> topicTerms[t] && !wording[t] && written[t]);
    }

    /**
     * Whether a who-question that asks neither for words said nor for the holder of an office
     * ("Who did Araghchi meet in Ankara?"، "Who commanded the Russian air units…?") is answered with
     * the person the quoted sentence attributes its report to: the name stands after a reporting verb
     * or a word of attribution ({@link ArabicSpeechVerbs#attributes}) in the same clause, with only
     * his titles between ("وقال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي إن…"، "وفقًا
     * لمعلومات من رامي عبد الرحمن"). The source tells the news, he is not its actor, and the question
     * is declined whatever the abstention model says. A name after إنّ or أنّ is the reported
     * clause's subject, no source. A question about words ("Who said…?"، "من اتهم…؟", an English
     * question by its Arabic translations) or about an office ({@link #otherRole} reads those) may be
     * answered by the source (docs/answers.md, "Twenty-fourth round: the source of the report is not
     * the asked person").
     *
     * @param before the article's text before the short answer
     */
    public static boolean answersWithSource(AskedQuestion question, List<String> translatedFocus, String before) {
        if (question.analysis().type() != QuestionType.PERSON) {
            return false;
        }
        if (!OfficeDeclines.namedOffices(question).isEmpty() || asksAboutWords(question, translatedFocus)) {
            return false;
        }
        List<String> clause = ArabicTextNormalizer.words(before.substring(lastClauseStart(before)));
        for (int w = clause.size() - 1; w >= Math.max(0, clause.size() - SOURCE_WINDOW); w--) {
            String word = clause.get(w);
            if (REPORTED_CLAUSE.contains(word)) {
                return false;
            }
            if (ArabicSpeechVerbs.attributes(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the short answer to a when-question that asks about no words said is the date of the
     * report: news prose dates its statements by the day the source spoke, in the reporting verb's own
     * clause ("وكان وزير الدفاع الإيراني حسين دهقان، نفى يوم الاثنين قيام…"، "كشف أمين المجلس… علي
     * شمخاني، يوم الثلاثاء، بأن…"، "وفي أبريل 2020، صرح…"). That day dates the telling, not the deed
     * told, and "When did the Russian bombers first arrive?" answered with it is answered with another
     * event's time; the question is declined whatever the abstention model says. The date is the
     * report's when a reporting verb ({@link ArabicSpeechVerbs#contains}) stands right before it or
     * right after it, or stands within {@value #REPORT_WINDOW} words before it (its subject and his
     * titles between) while a reported clause opens ({@link #REPORTED_CLAUSE}: إنّ، أنّ، بأنّ) within
     * {@value #REPORT_GAP} words after it. A date after إنّ or أنّ is the reported clause's own, and a
     * verb whose object comes between ("أعلن استقلال سوريا في 8 مارس 1920"، "أعلنت الفصائل… يوم الأربعاء،
     * إطلاق عملية…") dates the deed it announces, so neither is read as the report's. A question about
     * words ("متى أعلنت…؟"، "When did the ministry confirm…?", an English question by its Arabic
     * translations) is answered by the day of the report (docs/answers.md, the thirty-second round's
     * "a when-question answered with the day of the report").
     *
     * @param before the text of the short answer's sentence before it
     * @param after the text of the short answer's sentence after it
     */
    public static boolean datesTheReport(AskedQuestion question, List<String> translatedFocus, String before,
            String after) {
        if (question.analysis().type() != QuestionType.DATE || asksAboutWords(question, translatedFocus)) {
            return false;
        }
        List<String> preceding = ArabicTextNormalizer.words(before);
        return reportingVerbAt(preceding, ArabicTextNormalizer.words(after)).isPresent();
    }

    /**
     * Whether the short answer to a when-question about words said is the day of another telling than the one
     * asked: the date is a report's as {@link #datesTheReport} reads it, its reporting verb is none of the
     * question's words of saying ({@link ArabicSpeechVerbs#asksAboutWords}, an English question's by its Arabic
     * translations), and the sentence writes one of those words elsewhere, undated. "When was this edict
     * declared?" answered with the Monday of "قاسمي كشف، في وقت سابق الاثنين، إن روسيا علقت… قبل اعلان وزارة
     * الدفاع…" is answered with the day Qasemi revealed something, while the declaration the sentence tells
     * stands undated after it; the day of the asked telling is not given. A question whose word of saying the
     * dated verb is ("متى أعلنت الفصائل…؟" of "أعلنت الفصائل، يوم الأربعاء، …") or that the sentence writes nowhere
     * else (a paraphrase: "report" of "وقال المرصد في 30 نوفمبر إن…") is answered by the day of the report, as
     * {@link #datesTheReport} leaves it; so is one naming a speaker the sentence gives ({@link
     * ArabicSpeechVerbs#speakersIn}), whose telling the dated verb may paraphrase ("بهرام قاسمي فوقاش علن…؟" of
     * "قاسمي كشف… الاثنين"). Words are of one telling when they share a root's key ({@link ArabicRootSkeleton#keys}:
     * أعلن، إعلان; علق، علقت).
     *
     * @param before the text of the short answer's sentence before it
     * @param after the text of the short answer's sentence after it
     */
    public static boolean datesAnotherTelling(AskedQuestion question, List<String> translatedFocus, String before,
            String after) {
        if (question.analysis().type() != QuestionType.DATE) {
            return false;
        }
        List<String> questionWords = question.wordsInStandard(translatedFocus);
        Set<String> asked = rootKeys(questionWords.stream().filter(ArabicSpeechVerbs::asksAboutWords).toList());
        if (asked.isEmpty()) {
            return false;
        }
        List<String> preceding = ArabicTextNormalizer.words(before);
        List<String> following = ArabicTextNormalizer.words(after);
        List<String> sentence = Stream.concat(preceding.stream(), following.stream()).toList();
        OptionalInt verb = reportingVerbAt(preceding, following);
        if (verb.isEmpty() || sharesKey(asked, sentence.get(verb.getAsInt()))
                || namesASpeaker(questionWords, before + " " + after)) {
            return false;
        }
        return IntStream.range(0, sentence.size())
                .anyMatch(w -> w != verb.getAsInt() && sharesKey(asked, sentence.get(w)));
    }

    /**
     * Whether the short answer to a when-question, asked of no words said and no follow-up, is the date of another
     * deed than the one asked: the date's clause goes on after it with a deed of its own ({@value #DEED_WORDS} words
     * or more that are no date's, stop or era words), the sentence up to that clause's end writes none of the
     * question's words, and a later clause of it that dates nothing ({@link ArabicCalendarWords#datesByCalendar}) writes
     * one of them, the asked deed, undated. "When was this committee
     * by Seaman established?" answered with the 1821 of "قام… روتشيلد عام 1821 م بتنظيم العائلة ونشرها…، كما قام بتأسيس
     * مؤسسة مالية…" is answered with the year of the organising, while the founding the question's word reaches stands
     * later, after other deeds; the deed analogue of {@link #datesAnotherTelling}. A question of one word ("متى رسمها؟")
     * names no subject the date's clause could hold, and is left out; so is a date whose clause ends at it ("وفي 30
     * نوفمبر/تشرين الثاني، أكدت…"), which dates what comes next. Words are of one deed when they share a root's key
     * ({@link ArabicRootSkeleton#keys}: أسس، تأسيس) (docs/answers.md, "cross65b"). A date after "since" ({@link
     * ArabicCalendarWords#endsInSince}) dates the deed its clause tells before it, which goes on from then: "When was
     * UN Security Council resolution 2231 adopted?" answered with the 2014 of "ويوجه ضربات جوية ضد مواقع تنظيم "داعش"
     * في العراق وسوريا منذ 2014، لكنها اعتبرت ان وجود الطائرات… يشكل خرقا لقرار مجلس الأمن" is answered with the start
     * of the strikes, and the resolution stands in the later clause, undated (docs/answers.md, "neg67").
     *
     * @param before the text of the short answer's sentence before it
     * @param after the text of the short answer's sentence after it
     */
    public static boolean datesAnotherDeed(AskedQuestion question, List<String> translatedFocus, String before,
            String after) {
        if (question.analysis().type() != QuestionType.DATE || question.previous().isPresent()
                || question.analysis().focus().size() < 2 || asksAboutWords(question, translatedFocus)) {
            return false;
        }
        Set<String> asked = rootKeys(question.wordsInStandard(translatedFocus).stream()
                .filter(ReportDeclines::contentWord).toList());
        int clauseEnd = clauseEnd(after);
        List<String> dateClause = ArabicTextNormalizer.words(after.substring(0, clauseEnd));
        List<String> deedClause = ArabicCalendarWords.endsInSince(before)
                ? ArabicTextNormalizer.words(before.substring(lastClauseStart(before))) : dateClause;
        boolean[] dating = ArabicCalendarWords.dateWords(deedClause);
        long deedWords = IntStream.range(0, deedClause.size()).filter(w -> !dating[w]
                && contentWord(deedClause.get(w)) && !ArabicCalendarWords.isEra(deedClause.get(w))).count();
        if (asked.isEmpty() || deedWords < DEED_WORDS) {
            return false;
        }
        Stream<String> upToClauseEnd = Stream.concat(ArabicTextNormalizer.words(before).stream(), dateClause.stream());
        return upToClauseEnd.noneMatch(w -> sharesKey(asked, w))
                && ArabicTextNormalizer.clauses(after.substring(clauseEnd)).stream()
                        .anyMatch(c -> !ArabicCalendarWords.datesByCalendar(c)
                                && ArabicTextNormalizer.words(c).stream().anyMatch(w -> sharesKey(asked, w)));
    }

    /**
     * Whether the short answer to a when-question, no follow-up, dates a deed its sentence tells of all but an excepted
     * part, and the question asks of that part: a word of the question (an English one's by its translations) shares a
     * root's key with a word of the sentence's exception clause after the date (opened by {@link
     * ArabicStopWords#EXCEPTING}, up to the clause's end) and with no other word of the sentence. "Since when have
     * Kurdish forces controlled the parts of Aleppo that Hayat Tahrir al-Sham did not take?" was answered "1 December"
     * from "اعتبارًا من الأول من ديسمبر/كانون الأول، سيطرت جماعة هيئة تحرير الشام… على "مدينة حلب بأكملها، باستثناء
     * المناطق التي تسيطر عليها القوات الكردية"": the date is HTS's, and of the Kurds the sentence tells only that its
     * deed left them out, not since when they hold their part. A question writing an exception itself ("When did HTS
     * take all of Aleppo except the Kurdish areas?", سوى، عدا) asks of the deed the date is of, and is left out
     * (docs/answers.md, "neg67").
     *
     * @param before the text of the short answer's sentence before it
     * @param after the text of the short answer's sentence after it
     */
    public static boolean datesTheRuleNotItsException(AskedQuestion question, List<String> translatedFocus,
            String before, String after) {
        if (question.analysis().type() != QuestionType.DATE || question.previous().isPresent()
                || question.analysis().words().stream().anyMatch(w -> ENGLISH_EXCEPTING.contains(w)
                        || ArabicStopWords.EXCEPTING.contains(w) || ArabicStopWords.BESIDES.contains(w))) {
            return false;
        }
        Set<String> asked = rootKeys(question.wordsInStandard(translatedFocus).stream()
                .filter(ReportDeclines::contentWord).toList());
        Set<String> excepted = new HashSet<>();
        Set<String> told = new HashSet<>(rootKeys(ArabicTextNormalizer.words(before)));
        for (String clause : ArabicTextNormalizer.clauses(after)) {
            List<String> words = ArabicTextNormalizer.words(clause);
            int opens = IntStream.range(0, words.size()).filter(w -> ArabicStopWords.EXCEPTING.contains(words.get(w)))
                    .findFirst().orElse(words.size());
            told.addAll(rootKeys(words.subList(0, opens)));
            excepted.addAll(rootKeys(words.subList(opens, words.size()).stream()
                    .filter(ReportDeclines::contentWord).toList()));
        }
        return asked.stream().anyMatch(key -> excepted.contains(key) && !told.contains(key));
    }

    /** Whether a folded word says something of its own: no stop word, question word or time noun, and not short. */
    private static boolean contentWord(String word) {
        return word.length() >= ArabicRootSkeleton.MIN_LENGTH && !ArabicStopWords.contains(word)
                && !ArabicQuestionWords.ALL.contains(word) && !ArabicQuestionWords.TIME_NOUNS.contains(word)
                && word.chars().noneMatch(Character::isDigit);
    }

    /** Where the first clause of {@code text} ends: at its first punctuation mark or line break, or its end. */
    private static int clauseEnd(String text) {
        Matcher end = CLAUSE_END.matcher(text);
        return end.find() ? end.start() : text.length();
    }

    /**
     * Whether any of the question's words (of {@value ArabicRootSkeleton#MIN_LENGTH} letters or more, without a glued
     * conjunction, preposition or the article) is written in a speaker's words the sentence gives.
     */
    private static boolean namesASpeaker(List<String> questionWords, String sentence) {
        Set<String> spoken = ArabicSpeechVerbs.speakersIn(sentence).stream().flatMap(List::stream)
                .flatMap(ArabicProclitics::bareForms).filter(w -> w.length() >= ArabicRootSkeleton.MIN_LENGTH)
                .collect(Collectors.toUnmodifiableSet());
        return questionWords.stream().flatMap(ArabicProclitics::bareForms).anyMatch(spoken::contains);
    }

    /** The root keys ({@link ArabicRootSkeleton#keys}) of the question's words, gathered once per question. */
    private static Set<String> rootKeys(List<String> words) {
        return words.stream().flatMap(w -> ArabicRootSkeleton.keys(w).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a folded word shares a root's key with the question's ({@link #rootKeys}): of one telling with its
     * words of saying, or of one deed with its words.
     */
    private static boolean sharesKey(Set<String> askedKeys, String word) {
        return !Collections.disjoint(ArabicRootSkeleton.keys(word), askedKeys);
    }

    /**
     * Where the reporting verb whose date a date standing between {@code preceding} and {@code following} is, as
     * {@link #datesTheReport} reads it, in the words of both read as one list; empty when the date is no report's.
     */
    private static OptionalInt reportingVerbAt(List<String> preceding, List<String> following) {
        if (!following.isEmpty() && ArabicSpeechVerbs.contains(following.getFirst())) {
            return OptionalInt.of(preceding.size());
        }
        boolean opensReported = following.stream().limit(REPORT_GAP).anyMatch(REPORTED_CLAUSE::contains);
        int at = lastReportWord(preceding, REPORT_WINDOW);
        return at >= 0 && !REPORTED_CLAUSE.contains(preceding.get(at))
                && (at == preceding.size() - 1 || opensReported) ? OptionalInt.of(at) : OptionalInt.empty();
    }

    /**
     * Whether the short answer to a when-question asking of a statement as a thing put out ({@link
     * ArabicSpeechVerbs#namesStatement}: بيان، تصريح، statement), by no word of saying ({@link #asksAboutWords}),
     * stands inside a statement's reported clause: scanning back through its sentence, أنّ or إنّ ({@link
     * #REPORTED_CLAUSE}) comes before any reporting verb ({@link ArabicSpeechVerbs#contains}), and a reporting verb
     * stands before it. Such a date is the deed's the statement tells, not the statement's: "On what date did the
     * Syrian army issue its statement…?" was answered with "وأضاف البيان أن… شنت هجومًا واسعًا… صباح 27 نوفمبر",
     * the attack's day; the inverse of {@link #datesTheReport}. A question that names the statement beside a verb of
     * saying or an attribution ("متى قال البيان إن…؟"، "according to the statement") asks what it told, and is left
     * out (docs/answers.md, "when59").
     *
     * @param before the text of the short answer's sentence before it
     */
    public static boolean datesTheStatementsDeed(AskedQuestion question, List<String> translatedFocus, String before) {
        if (question.analysis().type() != QuestionType.DATE
                || question.analysis().words().stream().noneMatch(ArabicSpeechVerbs::namesStatement)
                || asksAboutWords(question, translatedFocus)) {
            return false;
        }
        List<String> preceding = ArabicTextNormalizer.words(before);
        int at = lastReportWord(preceding, preceding.size());
        return at >= 0 && !ArabicSpeechVerbs.contains(preceding.get(at)) && REPORTED_CLAUSE.contains(preceding.get(at))
                && preceding.subList(0, at).stream().anyMatch(ArabicSpeechVerbs::contains);
    }

    /**
     * The index of the last of {@code words}, among the {@code window} last, that opens a reported clause ({@link
     * #REPORTED_CLAUSE}) or reports speech ({@link ArabicSpeechVerbs#contains}); -1 when none does. Whichever of the
     * two stands nearer a date before it tells whose the date is: the report's ({@link #datesTheReport}) or the
     * reported deed's ({@link #datesTheStatementsDeed}).
     */
    private static int lastReportWord(List<String> words, int window) {
        for (int w = words.size() - 1; w >= 0 && words.size() - w <= window; w--) {
            if (REPORTED_CLAUSE.contains(words.get(w)) || ArabicSpeechVerbs.contains(words.get(w))) {
                return w;
            }
        }
        return -1;
    }

    /**
     * Whether a question asks about words said: one of its words, an English question's by its Arabic
     * translations, is a reporting verb or a stance voiced in words ({@link ArabicSpeechVerbs#asksAboutWords}).
     */
    static boolean asksAboutWords(AskedQuestion question, List<String> translatedFocus) {
        return question.wordsInStandard(translatedFocus).stream().anyMatch(ArabicSpeechVerbs::asksAboutWords);
    }

    /**
     * Where the last clause of {@code text} starts: after its last punctuation mark or line break.
     * Read backwards, since {@code text} is an article up to a short answer and only its end counts.
     */
    static int lastClauseStart(String text) {
        int start = text.length();
        while (start > 0) {
            int before = text.codePointBefore(start);
            if (CLAUSE_END.matcher(Character.toString(before)).matches()) {
                break;
            }
            start -= Character.charCount(before);
        }
        return start;
    }
}
