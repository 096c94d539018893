package io.isnad.answer.abstain;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.followup.FollowUpWords;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.AskedNoun;
import io.isnad.answer.question.PostQuestion;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.sentence.ClauseTokens;
import io.isnad.answer.sentence.NamedHead;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.answer.sentence.SentenceChooser;
import io.isnad.answer.shortanswer.SpanFinder;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The declines of a follow-up's lead that read the conversation: a lead that strays from the declined
 * question's story, one that holds none of the nouns the user typed anew, one from another story than
 * the shown answer's, and one naming the thing asked which only as the thing asked before; and of its composed
 * answer: a who-follow-up answered only with the people the earlier question named, and a follow-up answered in
 * a declined question's guessed story without the place, date or figure it asks.
 */
public final class FollowUpDeclines {

    private FollowUpDeclines() {
    }

    /**
     * Whether a follow-up to a declined question answers away from the little it has to go on. The
     * earlier question's would-be lead is only a guess at the story (a loosely worded question may
     * have led from another one), so the answer must stand beside it, within {@value
     * SentenceChooser#NEIGHBOURHOOD} sentences in its article, and hold a word of the follow-up's own,
     * one the earlier question did not ask: with no answer shown, those are the only sign that a
     * sentence answers it, not the carried ones every sentence of the story holds. Read against the
     * earlier question, not against what the user typed, since a dialect word is searched as its
     * Standard reading ("انجرح" as أصيب). A shown answer needs neither: the user saw where the
     * conversation stands. A follow-up asking a date, a figure or a place is read as the shown sentence
     * quoted again is ({@link SentenceChooser#givesUnaskedKind}): its answer must hold one that no word of the
     * earlier question names ("How many of those joint operations were carried out?" is not answered by the
     * guessed sentence's operations, which it counts nowhere), and one holding it needs no word of the
     * follow-up's own when the earlier question asked another kind and the follow-up names no thing of its own
     * the answer leaves out (a noun, as {@link #missesOwnNoun} reads one): "وهالمكالمه متى صارت بالضبط؟" after
     * who called Mekdad is answered by the call's "مساء الخميس" in the guessed sentence, its هالمكالمه pointing
     * back at that call; "ومتى أقيمت الجنازة؟" is not answered by the attack's day. Nor does a follow-up whose only
     * words of its own stand for the noun of the kind it asks ({@link AskedNoun}, the head of "وبيا مجال
     * بالضبط؟", "in which field?") need one held: it names nothing its answer writes, only what kind of
     * thing the answer is ("مكافحة الإرهاب" is a field, and says none); nor one whose only words of its own ask the
     * person's post or rank ({@link PostQuestion#askingWord}: رتبة، منصب، rank), a title its answer gives by its
     * own word, seldom by that one: "وآشنو كانت الرتبة ديالو؟" after which Iranian agency said Pourhashemi is known as
     * Hajj Hashem (declined) is answered by the guessed sentence's "العميد كيومرث بورهاشمي". A when-follow-up that
     * types nothing of its own ({@link #namesNothingOfItsOwn}) asks when the guessed report itself was made, and
     * only the guessed sentence dates it: "وإيمتى حكى هالحكي؟" after who said the fighting around Aleppo is an
     * American-Zionist project is not answered by the next line's day, which dates the mourning of a commander.
     * So a follow-up of another kind that types nothing of its own asks of the guessed report itself, and the guessed
     * sentence may answer it though it holds no word of the follow-up's: "وشو كان عم يصير جوّا الكلية لحظة الضربة؟"
     * after which places in Homs the report on the strike on the war college names (declined) asks only "what was
     * going on" (wording) at the moment of that strike, and the guessed "استهدفت… حفل تخريج طلاب ضباط الكلية
     * الحربية" tells it; the model judges it as before.
     *
     * @param reading which evidence terms are the question's wording ({@link QuestionReading})
     * @param evidence the query's evidence terms, as the scorer holds them
     * @param analyzers the index's analyzers, by which a span of the answer is read as the scorer reads words
     */
    public static boolean strays(AskedQuestion question, SentenceCandidate lead, EvidenceScorer scorer,
            QuestionReading reading, List<EvidenceTerm> evidence, IndexAnalyzers analyzers) {
        Optional<PreviousAnswer> guessed = question.previous().filter(p -> !p.shown());
        if (guessed.isEmpty()) {
            return false;
        }
        boolean near = guessed.get().file().equals(lead.article().file())
                && Math.abs(lead.sentence().index() - guessed.get().sentence()) <= SentenceChooser.NEIGHBOURHOOD;
        boolean[] held = scorer.foundIn(List.of(lead.tokens()));
        // The guessed answer is the previous one, so the words typed anew are those newWords reads against it.
        boolean[] own = FollowUpWords.newWords(evidence, question);
        Predicate<EvidenceTerm> askedBefore = FollowUpWords.mentionedIn(guessed.get().question());
        boolean[] kind = AskedNoun.terms(question.analysis().head(), evidence, analyzers, question.english());
        boolean[] title = AskedNoun.terms(PostQuestion.askingWord(question.analysis().words(),
                question.analysis().type()), evidence, analyzers, question.english());
        boolean ownWordHeld = false;
        boolean ownNounUnheld = false;
        boolean typedAnew = false;
        boolean namesOnlyItsKind = true;
        for (int t = 0; t < held.length; t++) {
            EvidenceTerm term = evidence.get(t);
            ownWordHeld |= held[t] && !askedBefore.test(term);
            ownNounUnheld |= !held[t] && own[t] && isOwnNoun(term, reading.wording()[t]);
            typedAnew |= own[t];
            namesOnlyItsKind &= !own[t] || kind[t] || title[t];
        }
        QuestionType type = question.analysis().type();
        boolean guessedItself = near && lead.sentence().index() == guessed.get().sentence();
        // Read only where asked: a when-follow-up off the guessed sentence, or any follow-up on it.
        BooleanSupplier namesNothing = () -> namesNothingOfItsOwn(question, own, reading, evidence, analyzers);
        if (type == QuestionType.DATE && !guessedItself && namesNothing.getAsBoolean()) {
            return true;
        }
        if (type.typed() && type != QuestionType.PERSON) {
            if (!near || !SentenceChooser.givesUnaskedKind(lead, guessed.get(), question.analysis(), scorer, own,
                    analyzers)) {
                return true;
            }
            if (type != guessed.get().type() && !ownNounUnheld) {
                return false;
            }
        }
        return !near || !ownWordHeld && !(typedAnew && namesOnlyItsKind)
                && !(guessedItself && namesNothing.getAsBoolean());
    }

    /**
     * Whether a who-follow-up's short answer is a name the earlier question wrote and the user did not type again,
     * and so is every person its lead names ({@link SpanFinder#find}): the follow-up asks of someone else, and the
     * sentence holding only the conversation's own people is what the carried words found. "and the photographer
     * who took that picture…, what's his name?" after "araghchi assad report…" is not answered by the shown
     * "التقى… عباس عراقجي الرئيس السوري بشار الأسد…". An English question's short answer is read by the
     * translations of the words the user typed only ({@code QuestionTranslations}), so it may be a carried name
     * though the lead names another: "and who did he meet there?" after "araghchi damascus" is answered, by its
     * الأسد. Only by a name ({@link QuestionReading#names}): a title the earlier question asked by ("the Iranian
     * foreign minister") may stand in the span of the very person a follow-up asks the name of. A lead that gives
     * no name for the short answer is left to the other checks: "which agency reported it?" asks no person.
     *
     * @param earlier the earlier question as the user asked it
     * @param names which of the query's evidence terms are names ({@link QuestionReading#names})
     * @param evidence the query's evidence terms, as the scorer holds them
     */
    public static boolean namesOnlyAskedPersons(AskedQuestion question, Optional<String> earlier,
            SentenceCandidate lead, ShortAnswer shortAnswer, EvidenceScorer scorer, boolean[] names,
            List<EvidenceTerm> evidence, IndexAnalyzers analyzers) {
        if (earlier.isEmpty() || shortAnswer == null || question.analysis().type() != QuestionType.PERSON) {
            return false;
        }
        Predicate<EvidenceTerm> typed = FollowUpWords.typedIn(question);
        Predicate<EvidenceTerm> askedBefore = FollowUpWords.mentionedIn(earlier.get());
        Predicate<String> carried = span -> {
            boolean[] held = scorer.foundIn(List.of(ClauseTokens.of(span, analyzers)));
            for (int t = 0; t < held.length; t++) {
                EvidenceTerm term = evidence.get(t);
                if (held[t] && names[t] && askedBefore.test(term) && !typed.test(term)) {
                    return true;
                }
            }
            return false;
        };
        String text = lead.sentence().text();
        return carried.test(shortAnswer.text()) && SpanFinder.find(text, QuestionType.PERSON).stream()
                .allMatch(person -> carried.test(text.substring(person.start(), person.end())));
    }

    /**
     * Whether a follow-up to a declined question, asking a place, a date or a figure, is answered in the guessed
     * story ({@link #strays}) with no short answer: {@link #strays} let its lead stand for holding a span of the
     * asked kind, but the answer the composer read gives none that answers it, and with no answer shown nothing
     * else says the guessed story is where the follow-up's answer stands. "طيب وش هي الدول الجاره اللي يقصدها
     * بالضبط؟" after what the spokesman said stopping terrorism needs (declined) is not answered by a line
     * on an officer killed in Aleppo.
     */
    public static boolean guessGivesNoneAsked(AskedQuestion question, ShortAnswer shortAnswer) {
        QuestionType type = question.analysis().type();
        return shortAnswer == null && type.typed() && type != QuestionType.PERSON
                && question.previous().filter(p -> !p.shown()).isPresent();
    }

    /**
     * Whether a follow-up asking which thing its head noun is ({@link AskedNoun}, {@link
     * io.isnad.answer.question.QuestionAnalysis#asksWhich}: "Which base in Russia did they fly back to?") is
     * answered by a lead that names that noun only as the thing the previous question asked ({@link
     * NamedHead#onlyAsAsked}), when the sentence the user was shown named it so too: he read "قاعدة همدان" as the
     * base of the bombers that flew from Hamadan, and the lead's "قاعدة همدان", or military bases (قواعد عسكرية)
     * named by none, do not say which other base they flew to. The sentence shown is read too, for a name held by
     * the previous question need not be the thing it asked: after who said the militants took Aleppo (its shown
     * "مدينة حلب"), "وعلى أي مطار سيطروا؟" is answered by "مطار حلب الدولي". The same reading keeps the shown
     * sentence from being quoted again ({@link SentenceChooser#rank}); this one reads whatever sentence leads then.
     * Not a follow-up asking a person's post ({@link FollowUpWords#asksPost}): a title gives a post, no construct
     * names it, and "post" is also the site (موقع) of the agency a sentence cites.
     *
     * @param evidence the query's evidence terms, as the scorer holds them
     */
    public static boolean namesOnlyTheAsked(AskedQuestion question, SentenceCandidate lead, EvidenceScorer scorer,
            List<EvidenceTerm> evidence, Snapshot corpus) {
        Optional<PreviousAnswer> shown = question.previous().filter(PreviousAnswer::shown);
        if (shown.isEmpty() || !question.analysis().asksWhich() || FollowUpWords.asksPost(question)) {
            return false;
        }
        IndexAnalyzers analyzers = corpus.analyzers();
        boolean[] head = AskedNoun.terms(question.analysis().head(), evidence, analyzers, question.english());
        boolean[] own = FollowUpWords.newWords(evidence, question);
        Optional<String> read = corpus.article(shown.get().file()).map(a -> a.sentences())
                .filter(sentences -> shown.get().sentence() < sentences.size())
                .map(sentences -> sentences.get(shown.get().sentence()).text());
        return read.isPresent() && NamedHead.onlyAsAsked(read.get(), head, scorer, own, analyzers)
                && NamedHead.onlyAsAsked(lead.sentence().text(), head, scorer, own, analyzers);
    }

    /**
     * Whether a follow-up's lead holds none of the words the user typed anew, though one of them is a
     * noun of the follow-up's own (no wording of the question, {@link QuestionReading#wording}, and no
     * conjugated verb, {@link ArabicRootSkeleton#looksConjugated}). A word for the thing the earlier question
     * asked, searched as that question's word was ({@link FollowUpWords#askedIn}: "strike" after "attack"), is
     * none the user typed anew. The words carried from the earlier
     * question are what make such a sentence look like an answer; the thing the follow-up asks about is
     * not in it: "Where is his organisation headquartered?" after who runs the monitoring group, answered
     * with the group's report on Aleppo; "وشنو رد عليه المقداد؟" after the call, answered with the
     * attack the call was about. Its own verbs alone decide nothing, as the articles word them otherwise
     * ("ومين نفذه؟" answered by "التنظيمات المسلحة استهدفت", "ووين رح يروح بعدها؟" by سيزور). The
     * previous answer's sentence quoted again is left to {@link SentenceChooser#rank}, which lets it back
     * only for another kind of answer it holds or a new word ("When did he say that?" answered by the date
     * of the words the user was shown). Read after a shown answer and for a follow-up answered alone after
     * a declined one ({@code earlier}, the earlier question as asked); one answered in the declined
     * question's story is read by {@link #strays}. The shown sentence quoted again is read for a name only:
     * what the user read may answer a word it does not write ("did he say anyone was hurt?" by "موظفيها
     * بخير"), but not about a person or place it never names ("وهل التقى أردوغان كمان؟" after when the
     * minister met Assad). The unit a how-many follow-up measures in ({@link #measuresIn}: كم كيلو، how many km) is
     * neither a word held nor a noun of its own: it names the kind of figure asked.
     *
     * @param reading which evidence terms are names and which the question's wording ({@link QuestionReading})
     * @param evidence the query's evidence terms, as the scorer holds them
     */
    public static boolean missesOwnNoun(AskedQuestion question, Optional<String> earlier, SentenceCandidate lead,
            EvidenceScorer scorer, QuestionReading reading, List<EvidenceTerm> evidence) {
        if (earlier.isEmpty() || question.previous().filter(p -> !p.shown()).isPresent()) {
            return false;
        }
        boolean shownAgain = onShownSentence(question, lead);
        Predicate<EvidenceTerm> typed = FollowUpWords.typedIn(question);
        Predicate<EvidenceTerm> askedBefore = FollowUpWords.askedIn(evidence, earlier.get());
        boolean[] held = scorer.foundIn(List.of(lead.tokens()));
        boolean ownNoun = false;
        for (int t = 0; t < held.length; t++) {
            EvidenceTerm term = evidence.get(t);
            if (typed.test(term) && !askedBefore.test(term) && !measuresIn(question, term)) {
                if (held[t]) {
                    return false;
                }
                ownNoun |= shownAgain ? reading.names()[t] : isOwnNoun(term, reading.wording()[t]);
            }
        }
        return ownNoun;
    }

    /**
     * Whether a term is the unit a how-many follow-up measures in ({@link ArabicNumberWords#isUnitNoun}: كم كيلو،
     * how many km, كم مرة): it names the kind of figure asked, as a question word does, not a thing of the
     * follow-up's own, and any figure of a distance holds it. "زين وكم كيلو طوله هالطريق؟" after which highway runs
     * beside the clashes is not answered by "…منطقة تبعد 10 كيلومترات جنوب غربي إدلب", which holds the
     * kilometres and not the road's length.
     */
    private static boolean measuresIn(AskedQuestion question, EvidenceTerm term) {
        String tallied = question.analysis().tallied();
        if (tallied.isEmpty()) {
            return false;
        }
        // An English unit is read by its Arabic translations (km: كيلومتر), an Arabic one as typed.
        return question.english()
                ? term.labelHolds(tallied) && term.forms().stream().anyMatch(ArabicNumberWords::isUnitNoun)
                : ArabicTextNormalizer.normalize(term.label()).equals(tallied) && ArabicNumberWords.isUnitNoun(tallied);
    }

    /**
     * Whether a term the user typed anew is a noun of the follow-up's own, a thing its answer must write: no
     * wording of the question, no conjugated verb ({@link ArabicRootSkeleton#looksConjugated}: the articles
     * word the asked act otherwise), no verb of saying and no noun pointing back at what was shown.
     */
    private static boolean isOwnNoun(EvidenceTerm term, boolean wording) {
        return !wording && !ArabicRootSkeleton.looksConjugated(term.label()) && !asksAboutWords(term)
                && !pointsBack(term);
    }

    /**
     * Whether a term is a verb of saying, as typed or as searched: an English "said" is no noun either, though
     * its label is not conjugated as an Arabic one is, and the articles report the same words by many verbs
     * ("who said that?" after which accords the battles violated, answered by "اعتبر … بقائي").
     */
    private static boolean asksAboutWords(EvidenceTerm term) {
        return ArabicSpeechVerbs.asksAboutWords(ArabicTextNormalizer.normalize(term.label()))
                || term.forms().stream().anyMatch(ArabicSpeechVerbs::asksAboutWords);
    }

    /**
     * Whether a term is a noun behind the dialects' glued "this" ({@link ArabicStopWords#hasGluedDemonstrative}:
     * هالحكي، هالكلام، هالرقم): like "that" in "who said that?" it names what the conversation already gave, the
     * words or the figure the user was shown, not a thing of the follow-up's own its answer must write ("مين قال
     * هالحكي؟" after which accords Iran said the battles violated, answered by "اعتبر … بقائي").
     */
    private static boolean pointsBack(EvidenceTerm term) {
        return ArabicStopWords.hasGluedDemonstrative(ArabicTextNormalizer.normalize(term.label()));
    }

    /**
     * Whether a follow-up's lead is the sentence the user was shown and the follow-up names nothing of its own, so
     * that it asks of the report he read ("And on which day?" after "Who denied…?"): its date short answer may be
     * the day the words were said ({@link DraftDeclines#wrongShortAnswer}). One that types a thing or an act of its
     * own (a word the earlier question did not ask, no wording of the question, no calendar unit, which names the
     * kind of time asked as the day of "on which day?" does, no word of saying and none pointing back at what was
     * shown) asks of another event than the report: "وهاد الراجل فوقاش غادي يستلم الخدمة ديالو الجديدة؟" after who
     * said Hamas will never rule Gaza is not answered by the day he said it in an interview.
     *
     * @param reading which evidence terms are the question's wording ({@link QuestionReading})
     * @param evidence the query's evidence terms, as the scorer holds them
     */
    public static boolean asksOfShownReport(AskedQuestion question, SentenceCandidate lead, QuestionReading reading,
            List<EvidenceTerm> evidence, IndexAnalyzers analyzers) {
        return onShownSentence(question, lead) && namesNothingOfItsOwn(question,
                FollowUpWords.newWords(evidence, question), reading, evidence, analyzers);
    }

    /**
     * Whether a who-follow-up asks who spoke the words its earlier question asked about: the earlier question names
     * a verb of saying or of a stance voiced in words ({@link #asksAboutWords}: "شنو الشي اللي كشفه المسؤول
     * الايراني؟", what the Iranian official revealed), and the follow-up names nothing of its own ({@link
     * #namesNothingOfItsOwn}): "ومنو هذا المسؤول؟" points back at the official who revealed it. The person it asks
     * is the report's source, the name after the reporting verb ("كشف أمين المجلس… علي شمخاني"), by which a
     * who-question asking of a deed is not answered ({@link ReportDeclines#answersWithSource}). One naming an act
     * of its own ("who was behind the attack?" after what the ministry said) asks of another person than the
     * speaker.
     *
     * @param reading which evidence terms are the question's wording ({@link QuestionReading})
     * @param evidence the query's evidence terms, as the scorer holds them
     * @param analyzers the index's analyzers, by which a word of the question is read as its evidence terms
     */
    public static boolean asksEarlierSpeaker(AskedQuestion question, QuestionReading reading,
            List<EvidenceTerm> evidence, IndexAnalyzers analyzers) {
        if (question.previous().isEmpty() || question.analysis().type() != QuestionType.PERSON) {
            return false;
        }
        Predicate<EvidenceTerm> askedBefore = FollowUpWords.mentionedIn(question.previous().get().question());
        return evidence.stream().anyMatch(term -> askedBefore.test(term) && asksAboutWords(term))
                && namesNothingOfItsOwn(question, FollowUpWords.newWords(evidence, question), reading, evidence,
                        analyzers);
    }

    /**
     * Whether a follow-up types no thing or act of its own: no word the earlier question did not ask, but for
     * wording of the question, a calendar unit (the kind of time asked, as the day of "on which day?"), a word
     * of saying, one pointing back at what the earlier turn gave and one placing what it asks at the time of
     * another event ({@link #linksToEvent}: لحظة الضربة), the event asked before. It asks of the report the
     * conversation is about.
     *
     * @param own per evidence term, whether the user typed it anew ({@link FollowUpWords#newWords}), as the caller
     *        already read it for the same turn
     * @param analyzers the index's analyzers, by which a word of the question is read as its evidence terms
     */
    private static boolean namesNothingOfItsOwn(AskedQuestion question, boolean[] own, QuestionReading reading,
            List<EvidenceTerm> evidence, IndexAnalyzers analyzers) {
        boolean[] link = linksToEvent(question, evidence, analyzers);
        for (int t = 0; t < own.length; t++) {
            EvidenceTerm term = evidence.get(t);
            if (own[t] && !reading.wording()[t] && !namesTimeUnit(term) && !asksAboutWords(term)
                    && !pointsBack(term) && !link[t]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per evidence term, whether it stands for a word of the question that places what it asks against another
     * event ({@link ArabicCalendarWords#BACKGROUND_LINKS}: لحظة، خلال، during): "at the moment of the strike" dates
     * the asked happening by an event, and names no thing its answer must write.
     */
    private static boolean[] linksToEvent(AskedQuestion question, List<EvidenceTerm> evidence,
            IndexAnalyzers analyzers) {
        boolean[] link = new boolean[evidence.size()];
        question.analysis().words().stream().filter(ArabicCalendarWords.BACKGROUND_LINKS::contains).forEach(word -> {
            boolean[] terms = AskedNoun.terms(word, evidence, analyzers, question.english());
            for (int t = 0; t < link.length; t++) {
                link[t] |= terms[t];
            }
        });
        return link;
    }

    /**
     * Whether a term is a unit of the calendar, as typed ({@link ArabicCalendarWords#DURATION_UNITS}, {@link
     * ArabicCalendarWords#asksCalendarUnit}: يوم، شهر، day, date, year): it names the kind of time asked.
     */
    private static boolean namesTimeUnit(EvidenceTerm term) {
        String label = ArabicTextNormalizer.normalize(term.label());
        return ArabicCalendarWords.DURATION_UNITS.contains(label)
                || ArabicCalendarWords.asksCalendarUnit(List.of(label));
    }

    /** Whether a follow-up's lead is the sentence the previous answer was shown with. */
    public static boolean onShownSentence(AskedQuestion question, SentenceCandidate lead) {
        return question.previous().filter(p -> p.shown() && p.file().equals(lead.article().file())
                && p.sentence() == lead.sentence().index()).isPresent();
    }

    /**
     * Whether a follow-up to a shown answer is answered from another article, which holds none of the names
     * the conversation carried while the user typed no name of his own: "and the wounded?" after how many died
     * in the attack on Aleppo, answered with the wounded of the attack on Homs. A follow-up that names
     * nothing new asks about the story the user was shown; an article that names none of its people or
     * places tells another story, however well its sentence holds the follow-up's own word. One naming a
     * person or place of its own may change the story ("And what did Lavrov say?").
     *
     * @param names which of the query's evidence terms are names ({@link QuestionReading#names})
     * @param evidence the query's evidence terms
     */
    public static boolean leavesTheStory(AskedQuestion question, SentenceCandidate lead, boolean[] names,
            List<EvidenceTerm> evidence) {
        Optional<PreviousAnswer> shown = question.previous().filter(PreviousAnswer::shown);
        if (shown.isEmpty() || shown.get().file().equals(lead.article().file())) {
            return false;
        }
        Predicate<EvidenceTerm> typed = FollowUpWords.typedIn(question);
        boolean[] held = lead.articleCheck().found();
        boolean carriedName = false;
        for (int t = 0; t < names.length; t++) {
            if (names[t]) {
                if (typed.test(evidence.get(t)) || held[t]) {
                    return false;
                }
                carriedName = true;
            }
        }
        return carriedName;
    }
}
