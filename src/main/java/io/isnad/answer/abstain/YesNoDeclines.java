package io.isnad.answer.abstain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.followup.FollowUpWords;
import io.isnad.answer.question.EnglishQuestionTyper;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The check of a yes/no question's answer that declines it whatever the abstention model says: the judged sentence
 * tells only what the question takes as given. One kind of {@link Decline}; the others are in {@link Declines},
 * {@link TimeDeclines}, {@link CountDeclines}, {@link OfficeDeclines} and {@link ReportDeclines}.
 */
public final class YesNoDeclines {

    /** The auxiliaries an English yes/no question asks a state by, its subject right after ("Were the guests…?"). */
    private static final Set<String> BEING_AUXILIARIES = Set.of("was", "were", "is", "are");
    /** The auxiliaries an English yes/no question asks a deed by, its party right after ("Did Iran…?"). */
    private static final Set<String> DOING_AUXILIARIES = Set.of("did", "does", "do", "has", "have", "had");
    /**
     * The prepositions before a person a deed is done to, with or from, English and folded Arabic (إلى → الي): the
     * slot a sentence fills with another person when the answer is "no, another".
     */
    private static final Set<String> OTHER_PARTY_LINKS = Set.of("to", "with", "from", "الي", "مع", "من");
    /**
     * The English words that close the act a yes/no question asks and open where, when, to whom or against what
     * ("…call for military action | against Iran's nuclear programme"); an Arabic act closes at a {@link
     * ArabicStopWords#PREPOSITIONS} or a {@link ArabicCalendarWords#BACKGROUND_LINKS}.
     */
    private static final Set<String> ACT_ENDS = Set.of("in", "on", "at", "to", "for", "from", "with", "against",
            "during", "over", "about", "after", "before", "when", "while", "by", "into", "of", "as", "since",
            "because");
    /**
     * English verbs that take their deed as an infinitive ("manage to shoot down", "try to reach"): the "to" after
     * one opens the rest of the act, not where or to whom.
     */
    private static final Set<String> CATENATIVES = Set.of("manage", "managed", "try", "tried", "attempt",
            "attempted", "fail", "failed", "refuse", "refused", "agree", "agreed", "decide", "decided", "plan",
            "planned", "want", "wanted", "seek", "sought", "threaten", "threatened", "promise", "promised", "vow",
            "vowed", "intend", "intended", "offer", "offered");
    /**
     * English verbs of going somewhere, whose "to" opens where to and may be followed by "to" and the deed the
     * going is for ({@link #purposeStart}).
     */
    private static final Set<String> GOING = Set.of("go", "went", "come", "came", "travel", "travelled", "traveled",
            "fly", "flew", "head", "headed", "return", "returned");
    /** The words a destination between a verb of going and its purpose's "to" has at most ("the city of Homs"). */
    private static final int DESTINATION_WORDS = 4;
    /** The splitting of an English question into words that keeps a word's capital and its "'s". */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

    private YesNoDeclines() {
    }

    /**
     * Whether a yes/no question, not a follow-up, that asks of an event against another it takes as given (after a
     * {@link ArabicCalendarWords#BACKGROUND_LINKS}: "هل أجلت إيران موظفي قنصليتها في حلب بعد تعرضها للهجوم؟") is
     * judged on a sentence that writes every word of the given event and not every word of the asked one: "أكدت
     * الخارجية الإيرانية أن قنصليتها في حلب تعرضت للهجوم، لكن موظفيها بخير" tells of the attack and says nothing of an
     * evacuation. The given event is what a story about the asked one tells anyway, so holding it does not answer;
     * the abstention model, which weighs the whole question's words, passed such answers at .64 and .95. The
     * answerable yes/no questions that name a given event are judged on sentences writing their asked words
     * (docs/answers.md, "date51"). A given word that is the question's wording ({@link QuestionWording}: a dialect
     * verb, a form the articles never use) need not be written: the sentence tells the given event in its own
     * words ("إسرائيل انسحبت من جنوب لبنان بعد ما بلّشت الهدنة…؟" against "…دخلت فيه هدنة هشة… حيز التنفيذ";
     * docs/answers.md, "unans57").
     *
     * @param wording per term of the question's evidence, whether it is the question's wording
     * @param written per term of the question's evidence, whether the judged sentence writes it
     */
    public static boolean givenEventOnly(AskedQuestion question, List<EvidenceTerm> evidence, boolean[] wording,
            Supplier<boolean[]> written) {
        if (question.analysis().type() != QuestionType.YESNO || question.previous().isPresent()) {
            return false;
        }
        List<String> words = question.analysis().words();
        int link = 1;
        while (link < words.size() && !(ArabicCalendarWords.BACKGROUND_LINKS.contains(words.get(link))
                && !closesPhrase(words, link, evidence))) {
            link++;
        }
        if (link >= words.size()) {
            return false;
        }
        Predicate<EvidenceTerm> given = FollowUpWords.mentionedIn(String.join(" ", words.subList(link + 1,
                words.size())));
        Predicate<EvidenceTerm> asked = FollowUpWords.mentionedIn(String.join(" ", words.subList(0, link)));
        boolean[] inJudged = written.get();
        boolean anyGiven = false;
        boolean askedUnwritten = false;
        for (int t = 0; t < evidence.size(); t++) {
            if (given.test(evidence.get(t))) {
                if (!inJudged[t] && !wording[t]) {
                    return false;
                }
                anyGiven = true;
            } else if (asked.test(evidence.get(t)) && !inJudged[t]) {
                askedUnwritten = true;
            }
        }
        return anyGiven && askedUnwritten;
    }

    /**
     * Whether a yes/no question, not a follow-up, names a person (a name the lexicon knows: "Did Araghchi and Assad
     * discuss the truce…?", هل طلب بشار الأسد…؟) whom neither the judged sentence nor its neighbours hold in any
     * form: "…دخلت فيه هدنة هشة بين إسرائيل وحزب الله في لبنان حيز التنفيذ" tells of the truce, not of what the two
     * men said of it. A yes/no question asks whether its party did or said something, and a sentence that does not
     * name the party cannot say; the abstention model, which weighs every word of the question alike, passed such an
     * answer at .91 (docs/answers.md, "unans52"). Not when the sentence answers "no, another" ({@link
     * #anotherInSlot}).
     *
     * @param heldAround per term of the question's evidence, whether the judged sentence or a neighbour holds it
     * @param written per term of the question's evidence, whether the judged sentence writes it
     */
    public static boolean personUnnamed(AskedQuestion question, List<EvidenceTerm> evidence,
            Supplier<boolean[]> heldAround, Supplier<boolean[]> written) {
        if (question.analysis().type() != QuestionType.YESNO || question.previous().isPresent()) {
            return false;
        }
        List<String> words = question.analysis().words();
        List<Integer> persons = QuestionNames.personWords(question);
        if (persons.isEmpty()) {
            return false;
        }
        Predicate<EvidenceTerm> named = QuestionNames.wordsAt(words, persons);
        boolean[] held = heldAround.get();
        if (IntStream.range(0, evidence.size()).noneMatch(t -> named.test(evidence.get(t)) && !held[t])) {
            return false;
        }
        List<Integer> unnamed = persons.stream().filter(w -> !heldIn(evidence, words.get(w), held)).toList();
        boolean partyNamed = !unnamed.isEmpty() && unnamed.size() < persons.size();
        return !(partyNamed && anotherInSlot(words, unnamed, evidence, written.get()));
    }

    /**
     * Whether the judged sentence answers "no, another" to a yes/no question asking whether its party did something
     * to, with or from a person it does not name: every unnamed person stands right after one of {@link
     * #OTHER_PARTY_LINKS} ("Did Qalibaf send his condolences to Assad himself?"), and the sentence writes every other
     * term, the party named among them (the caller asks that the question name another person, held): "أبرق رئيس
     * البرلمان الإيراني، محمد باقر قاليباف، إلى نظيره السوري، حمودة صباغ، معزياً" tells the party's whole act, done
     * to another, and so answers "no, to his counterpart Sabbagh". A person joined to the party by "and" ("Did
     * Araghchi and Assad discuss…?") is a party too, whom the sentence must name (docs/answers.md, "yesno53").
     */
    private static boolean anotherInSlot(List<String> words, List<Integer> unnamed, List<EvidenceTerm> evidence,
            boolean[] written) {
        if (unnamed.stream().anyMatch(w -> w == 0 || !OTHER_PARTY_LINKS.contains(words.get(w - 1)))) {
            return false;
        }
        Predicate<EvidenceTerm> asked = QuestionNames.wordsAt(words, unnamed);
        boolean[] told = written.clone();
        for (int t = 0; t < evidence.size(); t++) {
            told[t] |= asked.test(evidence.get(t));
        }
        return IntStream.range(0, told.length).allMatch(t -> told[t]);
    }

    /**
     * Whether a yes/no question, not a follow-up, asks of an act (its verb and what the verb takes, read by {@link
     * #askedAct}: "Did Mike Waltz say US troops would be sent to Gaza?", "هل اعتُقل أحد من منفذي الهجوم…؟") of which
     * the judged sentence holds not one word in any reading (a form, a stem, a root, a synonym, a translation) and
     * its neighbours write none, while the act has two words or more that are no names: "…ذكر… أن حركة الفصائل لن
     * تحكم غزة أبدا" names Waltz and Gaza and tells another thing he said, so it says neither yes nor no. A "no" is
     * told in other words of the act ("لكن موظفيها بخير" to "were any staff hurt?": the staff held) or of the same
     * act done otherwise, and either holds some word of it; a verb alone unheld is what most answered yes/no
     * questions show (hurt, talked, think), so one word does not decline (docs/answers.md, "yesno59"). A follow-up is
     * read too: its act is in its own words ("did the syrian army manage to shoot down any of the drones?" after the
     * strike on the graduation), and the strike's sentence shown again holds none of them (docs/answers.md,
     * "unans62").
     *
     * @param names per term of the question's evidence, whether it is a name (the party, a place)
     * @param heldAround per term of the question's evidence, whether the judged sentence holds it or a neighbour
     *        writes it ({@link io.isnad.retrieve.EvidenceScorer#heldOrWrittenAround})
     */
    public static boolean askedActUnheld(AskedQuestion question, List<EvidenceTerm> evidence, boolean[] names,
            Supplier<boolean[]> heldAround) {
        if (question.analysis().type() != QuestionType.YESNO) {
            return false;
        }
        List<List<String>> parts = askedAct(question, evidence);
        if (parts.isEmpty()) {
            return false;
        }
        Predicate<EvidenceTerm> opening = FollowUpWords.mentionedIn(String.join(" ", parts.get(0)));
        Predicate<EvidenceTerm> act = FollowUpWords.mentionedIn(String.join(" ", parts.get(1)));
        int[] terms = IntStream.range(0, evidence.size())
                .filter(t -> !names[t] && act.test(evidence.get(t)) && !opening.test(evidence.get(t))).toArray();
        if (terms.length < 2) {
            return false;
        }
        boolean[] held = heldAround.get();
        return IntStream.of(terms).noneMatch(t -> held[t]);
    }

    /**
     * A yes/no question's opening (its particle or auxiliary and, in English, the party) and the act it asks, up to
     * the first word of {@link #ACT_ENDS} (a preposition in Arabic): "Did | the rebels | take any Iranian advisers
     * prisoner | in Aleppo?", "هل | اعتقل أحد | من منفذي…؟". In English the act opens on an auxiliary of a deed
     * ({@link #DOING_AUXILIARIES}) after the party, its first word and the capitalised ones after it ("Mike Waltz",
     * "Trump's"); a preposition of a phrase the lexicon read as one term ("call for", "go after") is the verb's, and
     * so is the "to" after a verb that takes an infinitive ({@link #CATENATIVES}: "manage to shoot down").
     * In Arabic it opens after هل or واش, the verb first, or, in a question the dialects ask without them, closing on
     * "or not" ({@link ArabicQuestionWords#closesOnOrNot}), at its first word, as typed: "زين وبعد القعدة طلعوا
     * بمؤتمر صحفي مشترك ولا لا؟" asks whether a joint press conference was held, and a line that holds none of it
     * says neither yes nor no (a question opening otherwise, on صح إنو, is not read). Empty when the question is
     * neither. A follow-up's act is read in the words the user typed, not in its rewriting, whose carried words
     * (between brackets after them) are the earlier question's and would run on as the act's.
     */
    static List<List<String>> askedAct(AskedQuestion question, List<EvidenceTerm> evidence) {
        if (!question.english()) {
            List<String> words = ArabicTextNormalizer.words(question.asked());
            if (words.size() >= 2 && ArabicQuestionWords.YES_NO.contains(words.getFirst())) {
                return List.of(words.subList(0, 1), words.subList(1, arabicActEnd(words, 1)));
            }
            List<String> asked = question.analysis().words();
            if (!ArabicQuestionWords.closesOnOrNot(asked)) {
                return List.of();
            }
            List<String> stated = asked.subList(0, asked.size() - 2);
            return List.of(List.of(), stated.subList(0, arabicActEnd(stated, 0)));
        }
        List<String> typed = ENGLISH_WORD.matcher(question.asked()).results().map(MatchResult::group).toList();
        List<String> words = typed.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty() || !DOING_AUXILIARIES.contains(words.getFirst())) {
            return List.of();
        }
        int start = 1;
        while (start < words.size() && EnglishQuestionTyper.EN_ARTICLES.contains(words.get(start))) {
            start++;
        }
        start++;
        while (start < words.size() && Character.isUpperCase(typed.get(start).codePointAt(0))) {
            start++;
        }
        int end = englishActEnd(words, start, evidence);
        if (start >= end) {
            return List.of();
        }
        int purpose = purposeStart(words, end);
        return List.of(words.subList(0, start), purpose < 0 ? words.subList(start, end)
                : Stream.concat(words.subList(start, end).stream(),
                        words.subList(purpose, englishActEnd(words, purpose, evidence)).stream()).toList());
    }

    /** Where an English act that opens at {@code start} ends: at the first word of {@link #ACT_ENDS}, if any. */
    private static int englishActEnd(List<String> words, int start, List<EvidenceTerm> evidence) {
        int end = start;
        while (end < words.size() && (!ACT_ENDS.contains(words.get(end)) || closesPhrase(words, end, evidence)
                || words.get(end).equals("to") && CATENATIVES.contains(words.get(end - 1)))) {
            end++;
        }
        return end;
    }

    /**
     * Where the deed a verb of going is done for opens, when an act closing on one ({@link #GOING}) is followed by
     * where to and then by "to" and a verb: "did he go to homs | to visit them", "Did Shamkhani travel to Moscow | to
     * coordinate the strikes?". The going and the deed are the act asked; the destination between is where, and a
     * sentence telling of another deed in that place says neither yes nor no. -1 when there is none.
     */
    private static int purposeStart(List<String> words, int end) {
        if (end >= words.size() || !words.get(end).equals("to") || !GOING.contains(words.get(end - 1))) {
            return -1;
        }
        for (int to = end + 2; to < Math.min(words.size() - 1, end + 2 + DESTINATION_WORDS); to++) {
            if (ACT_ENDS.contains(words.get(to))) {
                return words.get(to).equals("to") && !EnglishQuestionTyper.EN_ARTICLES.contains(words.get(to + 1))
                        ? to + 1 : -1;
            }
        }
        return -1;
    }

    /** Where an Arabic act that opens at {@code start} ends: at the first preposition or link of time, if any. */
    private static int arabicActEnd(List<String> words, int start) {
        int end = start;
        while (end < words.size() && !ArabicStopWords.PREPOSITIONS.contains(words.get(end))
                && !ArabicCalendarWords.BACKGROUND_LINKS.contains(words.get(end))) {
            end++;
        }
        return end;
    }

    /** Whether every evidence term a question's word names by its label is held (so a word naming none is). */
    private static boolean heldIn(List<EvidenceTerm> evidence, String word, boolean[] held) {
        Predicate<EvidenceTerm> named = FollowUpWords.mentionedIn(word);
        return IntStream.range(0, evidence.size()).allMatch(t -> held[t] || !named.test(evidence.get(t)));
    }

    /**
     * Whether an English yes/no question, not a follow-up, that asks whether its party did something ({@link
     * #DOING_AUXILIARIES}: "Did the US-led coalition strike HTS positions…?", "Did the Kremlin confirm…?") names that
     * party, the first word after the auxiliary and its article, by a term neither the judged sentence nor its
     * neighbours hold: "…استهدفت فصائل الثوار… مواقع قيادية" tells of other strikers, and a sentence that does not name
     * the party cannot say what it did; {@link #personUnnamed}'s reading for a party of any kind (a body, a state, an
     * alliance). Only a deed asked: "Was the truce already in effect…?" asks of a state of things, whose subject a
     * sentence may give by another word, and a pronoun or "anyone" names no party a term stands for. A question
     * asking whether its subject was among a group ({@link #memberTerms}: "Were foreign military attachés among the
     * guests…?") asks of that subject as a deed's asks of its party, and is declined when any word of the subject is
     * unheld: "وكانت التنظيمات المسلحة استهدفت… حفل تخريج طلاب ضباط الكلية الحربية" tells of the ceremony, not who
     * was at it (docs/answers.md, "unans65").
     *
     * @param heldAround per term of the question's evidence, whether the judged sentence or a neighbour holds it
     */
    public static boolean partyUnnamed(AskedQuestion question, List<EvidenceTerm> evidence,
            Supplier<boolean[]> heldAround) {
        OptionalInt term = partyTerm(question, evidence);
        if (term.isPresent()) {
            return !heldAround.get()[term.getAsInt()];
        }
        int[] subject = memberTerms(question, evidence);
        if (subject.length == 0) {
            return false;
        }
        boolean[] held = heldAround.get();
        return IntStream.of(subject).anyMatch(t -> !held[t]);
    }

    /**
     * The evidence terms naming the subject of an English yes/no question, not a follow-up, that asks whether it
     * was among a group: a {@link #BEING_AUXILIARIES} first, then the subject up to "among" ("Were | foreign military
     * attachés | among the guests…?"), each of its words beginning a term. Empty for any other question: "Was Binnish
     * among the places the Syrian army shelled…?" is answered by the sentence naming Binnish among them.
     */
    static int[] memberTerms(AskedQuestion question, List<EvidenceTerm> evidence) {
        if (!question.english() || question.analysis().type() != QuestionType.YESNO
                || question.previous().isPresent()) {
            return new int[0];
        }
        List<String> words = ENGLISH_WORD.matcher(question.text()).results()
                .map(w -> w.group().toLowerCase(Locale.ROOT)).toList();
        int among = words.indexOf("among");
        if (among < 2 || !BEING_AUXILIARIES.contains(words.getFirst())) {
            return new int[0];
        }
        Set<String> subject = new HashSet<>(words.subList(1, among));
        subject.removeAll(EnglishQuestionTyper.EN_ARTICLES);
        return IntStream.range(0, evidence.size())
                .filter(t -> subject.contains(evidence.get(t).label().split("[ -]")[0])).toArray();
    }

    /**
     * The evidence term naming the party of an English yes/no question, not a follow-up, that asks whether its
     * party did something ({@link #partyUnnamed}'s reading: the first word after a {@link #DOING_AUXILIARIES} and
     * its article begins the term's label); empty for any other question.
     */
    static OptionalInt partyTerm(AskedQuestion question, List<EvidenceTerm> evidence) {
        if (!question.english() || question.analysis().type() != QuestionType.YESNO
                || question.previous().isPresent()) {
            return OptionalInt.empty();
        }
        List<String> words = question.analysis().words();
        if (words.isEmpty() || !DOING_AUXILIARIES.contains(words.getFirst())) {
            return OptionalInt.empty();
        }
        int at = 1;
        while (at < words.size() && EnglishQuestionTyper.EN_ARTICLES.contains(words.get(at))) {
            at++;
        }
        if (at == words.size()) {
            return OptionalInt.empty();
        }
        String party = words.get(at);
        return IntStream.range(0, evidence.size())
                .filter(t -> evidence.get(t).label().split(" ")[0].equals(party)).findFirst();
    }

    /**
     * Whether the word at {@code at} closes, with the word before it, a phrase the lexicon read as one term: the
     * "after" of "go after" (pursue, fight) is part of its verb, no link to a time the question takes as given
     * ("Does the US-led coalition only go after ISIS in Syria?").
     */
    private static boolean closesPhrase(List<String> words, int at, List<EvidenceTerm> evidence) {
        String phrase = " " + words.get(at - 1) + " " + words.get(at) + " ";
        return evidence.stream().anyMatch(t -> (" " + t.label() + " ").contains(phrase));
    }
}
