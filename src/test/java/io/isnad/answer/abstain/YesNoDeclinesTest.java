package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

class YesNoDeclinesTest {

    private static final String CLOSED = "هل أغلقت تركيا حدودها بعد وقوع الانفجار؟";
    /** The terms of {@link #CLOSED}: the asked event's three words, then the given event's two. */
    private static final List<EvidenceTerm> CLOSED_TERMS = terms("اغلقت", "تركيا", "حدود", "وقوع", "انفجار");
    /** No term is the question's wording. */
    private static final boolean[] NO_WORDING = new boolean[CLOSED_TERMS.size() + 2];
    /** "Did the Kremlin confirm…?" and its terms, the party first. */
    private static final AskedQuestion KREMLIN =
            english("Did the Kremlin confirm Shamkhani's claim that Russian jets struck Aleppo?");
    private static final List<EvidenceTerm> KREMLIN_TERMS =
            terms("kremlin", "confirm", "shamkhani", "claim", "russian", "jets", "aleppo");

    @Test
    void aYesNoQuestionJudgedOnASentenceWritingOnlyTheEventItTakesAsGivenIsDeclined() {
        // "تركيا: وقع الانفجار قرب الحدود": the explosion and the border written, the closing not.
        assertTrue(YesNoDeclines.givenEventOnly(arabic(CLOSED), CLOSED_TERMS,
                NO_WORDING, () -> written(false, true, true, true, true)));
        AskedQuestion withdrew = english("Did the army withdraw its troops from the town after the bombing?");
        assertTrue(YesNoDeclines.givenEventOnly(withdrew, terms("army", "withdraw", "troops", "town", "bombing"),
                NO_WORDING, () -> written(true, false, true, true, true)));
        assertTrue(YesNoDeclines.givenEventOnly(english("Was the minister arrested during the protests?"),
                terms("minister", "arrested", "protests"), NO_WORDING, () -> written(true, false, true)));
        // "لحظة", at the moment of, puts the closing against the explosion as "بعد" does.
        assertTrue(YesNoDeclines.givenEventOnly(arabic("هل أغلقت تركيا حدودها لحظة وقوع الانفجار؟"), CLOSED_TERMS,
                NO_WORDING, () -> written(false, true, true, true, true)));
        // The given event's verb the question's own wording (وقوع as a dialect verb would be): told in other words.
        boolean[] givenVerbWording = {false, false, false, true, false};
        assertTrue(YesNoDeclines.givenEventOnly(arabic(CLOSED), CLOSED_TERMS, givenVerbWording,
                () -> written(false, true, true, false, true)));
    }

    @Test
    void aYesNoQuestionWhoseAskedEventIsWrittenOrWhoseGivenOneIsNotIsAnswered() {
        // Every asked word written: the sentence may tell the closing.
        assertFalse(YesNoDeclines.givenEventOnly(arabic(CLOSED), CLOSED_TERMS,
                NO_WORDING, () -> written(true, true, true, true, true)));
        // A given word unwritten: the sentence is not the given event's alone.
        assertFalse(YesNoDeclines.givenEventOnly(arabic(CLOSED), CLOSED_TERMS,
                NO_WORDING, () -> written(false, true, true, false, true)));
        // No given event named: nothing to tell the asked one from.
        assertFalse(YesNoDeclines.givenEventOnly(arabic("هل أغلقت تركيا حدودها؟"), CLOSED_TERMS,
                NO_WORDING, () -> written(false, true, true, true, true)));
        // A link word opening the question gives nothing before it to ask.
        assertFalse(YesNoDeclines.givenEventOnly(english("After the bombing, did the army withdraw?"),
                terms("bombing", "army", "withdraw"), NO_WORDING, () -> written(true, true, false)));
    }

    @Test
    void theAfterOfAPhraseTheLexiconReadIsNoLink() {
        AskedQuestion coalition = english("Does the US-led coalition only go after ISIS in Syria?");
        // Washington's strikes in Iraq and Syria: ISIS and Syria written, the coalition and "go after" not.
        assertFalse(YesNoDeclines.givenEventOnly(coalition, terms("us led coalition", "go after", "isis", "syria"),
                NO_WORDING, () -> written(false, false, true, true)));
        // The same words with "after" read alone: a link, the "given" ISIS and Syria written, the coalition not.
        assertTrue(YesNoDeclines.givenEventOnly(coalition, terms("us led coalition", "go", "isis", "syria"),
                NO_WORDING, () -> written(false, false, true, true)));
    }

    @Test
    void onlyAYesNoQuestionNotAFollowUpIsRead() {
        assertFalse(YesNoDeclines.givenEventOnly(arabic("متى أغلقت تركيا حدودها بعد وقوع الانفجار؟"), CLOSED_TERMS,
                NO_WORDING, () -> {
                    throw new AssertionError("read for a question that is not yes/no");
                }));
        AskedQuestion followUp = new AskedQuestion(CLOSED, CLOSED, QuestionAnalyzer.analyze(CLOSED), false,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.PLACE, "أين وقع الانفجار؟")));
        assertFalse(YesNoDeclines.givenEventOnly(followUp, CLOSED_TERMS,
                NO_WORDING, () -> written(false, true, true, true, true)));
    }

    @Test
    void aYesNoQuestionNamingAPersonItsJudgedSentenceDoesNotNameIsDeclined() {
        AskedQuestion discussed = english("Did Araghchi and Assad discuss the truce in Lebanon at their meeting?");
        List<EvidenceTerm> terms = terms("araghchi", "assad", "discuss", "truce", "lebanon", "meeting");
        // "…دخلت هدنة هشة بين إسرائيل وحزب الله في لبنان حيز التنفيذ": the truce and Lebanon, neither man.
        assertTrue(personUnnamed(discussed, terms, written(false, false, false, true, true, false)));
        assertTrue(personUnnamed(discussed, terms, written(true, false, true, true, true, true)),
                "one of the two named persons missing");
        assertTrue(personUnnamed(arabic("هل طلب بشار الأسد من عراقجي إرسال قوات؟"),
                terms("طلب", "بشار", "اسد", "عراقج", "ارسال", "قو"), written(true, false, false, true, true, true)),
                "an Arabic question's person");
    }

    @Test
    void aYesNoQuestionWhosePersonsTheSentenceNamesOrThatNamesNoneIsNotDeclinedForIt() {
        AskedQuestion discussed = english("Did Araghchi and Assad discuss the truce in Lebanon at their meeting?");
        List<EvidenceTerm> terms = terms("araghchi", "assad", "discuss", "truce", "lebanon", "meeting");
        assertFalse(personUnnamed(discussed, terms, written(true, true, false, false, false, false)),
                "both named, the rest left to the other checks");
        assertFalse(personUnnamed(english("Did Iran evacuate its consulate in Aleppo?"),
                terms("iran", "evacuate", "consulate", "aleppo"), written(false, false, true, true)),
                "a state is no person");
        assertFalse(personUnnamed(english("Who did Araghchi meet in Damascus?"),
                terms("araghchi", "meet", "damascus"), written(false, true, true)), "no yes/no question");
        assertFalse(personUnnamed(englishFollowUp("Did Assad say so?", "What did Araghchi say?"),
                terms("assad", "say"), written(false, true)), "a follow-up's party may be the earlier answer's");
    }

    @Test
    void anEnglishYesNoQuestionAskingOfADeedWhosePartyTheSentenceDoesNotNameIsDeclined() {
        // "ونقلت وكالة فارس عن شمخاني… قوله إن…": Shamkhani's words, no word of the Kremlin.
        assertTrue(YesNoDeclines.partyUnnamed(KREMLIN, KREMLIN_TERMS,
                () -> written(false, true, true, true, true, true, true)));
        assertTrue(YesNoDeclines.partyUnnamed(english("Has the US-led coalition struck HTS positions?"),
                terms("us led coalition", "struck", "hts", "positions"), () -> written(false, true, true, true)),
                "a party of several words, read by its first");
        // "وكانت التنظيمات المسلحة استهدفت… حفل تخريج طلاب ضباط الكلية الحربية": no attaché among the guests told.
        AskedQuestion attaches = english("Were foreign military attachés among the guests at the academy?");
        assertTrue(YesNoDeclines.partyUnnamed(attaches, terms("foreign", "military", "attachés", "guests", "academy"),
                () -> written(true, true, false, false, true)), "a subject asked to be among a group");
    }

    @Test
    void anEnglishYesNoQuestionWhoseSubjectIsNamedAmongTheGroupOrThatAsksOfNoGroupIsNotDeclinedForIt() {
        assertFalse(YesNoDeclines.partyUnnamed(english("Was Binnish among the places the army shelled?"),
                terms("binnish", "places", "army", "shelled"), () -> written(true, false, true, true)),
                "the subject named among the group, whose own noun the sentence need not write");
        assertFalse(YesNoDeclines.partyUnnamed(english("Was the truce already in effect?"),
                terms("truce", "in effect"), () -> written(false, true)), "no group asked");
    }

    @Test
    void anEnglishYesNoQuestionWhosePartyIsNamedOrThatAsksNoDeedIsNotDeclinedForIt() {
        assertFalse(YesNoDeclines.partyUnnamed(KREMLIN, KREMLIN_TERMS,
                () -> written(true, false, false, false, false, false, false)), "the party named, the rest left");
        assertFalse(YesNoDeclines.partyUnnamed(english("Was the Gaza truce in effect when Netanyahu wrote?"),
                terms("gaza", "truce", "in effect", "netanyahu"), () -> written(false, true, true, true)),
                "a state of things, not a deed");
        assertFalse(YesNoDeclines.partyUnnamed(english("Did anyone claim the attack on the academy?"),
                terms("claim", "attack", "academy"), () -> written(false, true, true)), "no party named");
        assertFalse(YesNoDeclines.partyUnnamed(arabic("هل أكد الكرملين كلام شمخاني؟"),
                terms("اكد", "كرملين", "شمخان"), () -> written(true, false, true)), "English only");
        AskedQuestion followUp = englishFollowUp("Did the Kremlin confirm it?", "What did Shamkhani say?");
        assertFalse(YesNoDeclines.partyUnnamed(followUp, terms("kremlin", "confirm"), () -> written(false, true)),
                "a follow-up's sentence is the conversation's");
    }

    @Test
    void aYesNoQuestionAskingOfADeedToAPersonTheSentenceTellsDoneToAnotherIsNotDeclinedForIt() {
        // "أبرق… قاليباف، إلى نظيره السوري، حمودة صباغ، معزياً": the whole deed, to another: "no, to Sabbagh".
        AskedQuestion sent = english("Did Qalibaf send his condolences to Assad himself?");
        List<EvidenceTerm> terms = terms("qalibaf", "send", "condolences", "assad");
        assertFalse(personUnnamed(sent, terms, written(true, true, true, false)));
        assertFalse(personUnnamed(english("Did Araghchi meet with Assad in Damascus?"),
                terms("araghchi", "meet", "damascus", "assad"), written(true, true, true, false)), "with another");
        assertFalse(personUnnamed(arabic("هل التقى عراقجي مع الأسد في دمشق؟"),
                terms("التقي", "عراقج", "اسد", "دمشق"), written(true, true, false, true)), "an Arabic question");
        assertTrue(personUnnamed(sent, terms, written(true, false, true, false)), "the deed not told whole");
        assertTrue(YesNoDeclines.personUnnamed(sent, terms, () -> written(true, true, true, false),
                () -> written(false, true, true, false)), "the party named only beside the sentence");
        assertTrue(personUnnamed(english("Did Assad send his condolences to Qalibaf?"), terms,
                written(true, true, true, false)), "the party itself unnamed");
        assertTrue(personUnnamed(english("Did Qalibaf and Assad send their condolences?"),
                terms("qalibaf", "assad", "send", "condolences"), written(true, false, true, true)),
                "a second party joined by and");
    }

    @Test
    void aYesNoQuestionWhoseAskedActTheSentenceHoldsNoWordOfIsDeclined() {
        // "…مايك والتز، ذكر في مقابلة… أن حركة الفصائل لن تحكم غزة أبدا": Waltz and Gaza held, nothing of the act.
        AskedQuestion waltz = english("Did Mike Waltz say US troops would be sent to Gaza?");
        List<EvidenceTerm> waltzTerms = terms("mike", "waltz", "say", "us", "troops", "sent", "gaza");
        boolean[] gazaNamed = written(false, false, false, false, false, false, true);
        assertTrue(YesNoDeclines.askedActUnheld(waltz, waltzTerms, gazaNamed,
                () -> written(true, true, false, false, false, false, true)));
        // The act's words held: the sentence may tell what he said of the troops.
        assertFalse(YesNoDeclines.askedActUnheld(waltz, waltzTerms, gazaNamed,
                () -> written(true, true, false, false, true, false, true)));
        // The graduation attack held, not the arrest nor anyone arrested.
        AskedQuestion arrested = arabic("هل اعتُقل أحد من منفذي الهجوم على الكلية الحربية في حمص؟");
        List<EvidenceTerm> arrestTerms = terms("اعتقل", "احد", "منفذ", "هجوم", "كل", "حرب", "حمص");
        assertTrue(YesNoDeclines.askedActUnheld(arrested, arrestTerms, new boolean[arrestTerms.size()],
                () -> written(false, false, false, true, true, true, true)));
    }

    @Test
    void theActOfAPhrasalVerbRunsPastItsPreposition() {
        // "call for" read as one term: the act is "call for military action", up to "against".
        AskedQuestion called = english("Did Netanyahu call for military action against Iran's nuclear programme?");
        assertTrue(YesNoDeclines.askedActUnheld(called, terms("netanyahu", "call for", "military action", "iran"),
                new boolean[4], () -> written(true, false, false, true)));
        // Read word by word, the act closes at "for" and holds one term, too few to decline on.
        assertFalse(YesNoDeclines.askedActUnheld(called, terms("netanyahu", "call", "military action", "iran"),
                new boolean[4], () -> written(true, false, false, true)));
        AskedQuestion prisoner = english("Did the rebels take any Iranian advisers prisoner in Aleppo?");
        assertEquals(List.of(List.of("did", "the", "rebels"), List.of("take", "any", "iranian", "advisers",
                "prisoner")), YesNoDeclines.askedAct(prisoner, terms("rebels", "take", "iranian", "advisers")));
    }

    @Test
    void aVerbAloneUnheldOrAQuestionOfAnotherKindIsNotDeclinedForItsAct() {
        // "لكن موظفيها بخير": the staff held, their injury told in other words.
        assertFalse(YesNoDeclines.askedActUnheld(arabic("هل أصيب موظفو القنصلية الإيرانية في حلب؟"),
                terms("اصيب", "موظفو", "قنصل", "ايران", "حلب"), written(false, false, false, true, true),
                () -> written(false, true, true, true, true)));
        // The act "طلب بشار الأسد" holds one word that is no name.
        assertFalse(YesNoDeclines.askedActUnheld(arabic("هل طلب بشار الأسد من عراقجي إرسال قوات إلى سوريا؟"),
                terms("طلب", "بشار", "اسد", "عراقج", "ارسال", "قو"), written(false, true, true, true, false, false),
                () -> written(false, true, true, true, true, false)));
        assertFalse(YesNoDeclines.askedActUnheld(english("Who did Mike Waltz say would send troops?"),
                terms("mike", "waltz", "say", "send", "troops"), new boolean[5],
                () -> new boolean[5]), "no yes/no question");
    }

    @Test
    void aFollowUpsActAndAnInfinitiveAfterItsVerbAreRead() {
        AskedQuestion shotDown = englishFollowUp("did the syrian army manage to shoot down any of the drones?",
                "In the report on the Homs military college strike, what took place on the Thursday?");
        List<EvidenceTerm> shotTerms = terms("syrian army", "manage", "shoot", "down", "drones", "homs", "strike");
        assertEquals(List.of(List.of("did", "the", "syrian"), List.of("army", "manage", "to", "shoot", "down", "any")),
                YesNoDeclines.askedAct(shotDown, shotTerms));
        // The strike's sentence shown again holds the drones, the college and the strike, and nothing of the act.
        assertTrue(YesNoDeclines.askedActUnheld(shotDown, shotTerms, new boolean[shotTerms.size()],
                () -> written(true, false, false, false, true, true, true)));
        // A sentence telling the drones shot down holds the act's words.
        assertFalse(YesNoDeclines.askedActUnheld(shotDown, shotTerms, new boolean[shotTerms.size()],
                () -> written(true, false, true, true, true, true, true)));
        // "to" after another verb still closes the act: "send" alone is held, "troops" is past the act.
        AskedQuestion sent = englishFollowUp("Did he send troops to Aleppo?", "Who spoke?");
        assertEquals(List.of(List.of("did", "he"), List.of("send", "troops")),
                YesNoDeclines.askedAct(sent, terms("send", "troops", "aleppo")));
    }

    @Test
    void theDeedAVerbOfGoingIsForIsPartOfItsAct() {
        AskedQuestion visit = englishFollowUp("did he go to homs to visit them",
                "Did the Iranian chief of staff wish the wounded of the Homs attack a recovery?");
        List<EvidenceTerm> visitTerms = terms("go", "homs", "visit", "wounded", "attack");
        assertEquals(List.of(List.of("did", "he"), List.of("go", "visit", "them")),
                YesNoDeclines.askedAct(visit, visitTerms));
        // A line on the Homs massacre holds the city and the attack, and neither the going nor the visit.
        assertTrue(YesNoDeclines.askedActUnheld(visit, visitTerms, new boolean[visitTerms.size()],
                () -> written(false, true, false, false, true)));
        assertFalse(YesNoDeclines.askedActUnheld(visit, visitTerms, new boolean[visitTerms.size()],
                () -> written(false, true, true, false, true)), "a line telling of the visit");
        // Rewritten with the earlier question's words, the act is still read in the words the user typed.
        String asked = "did he go to homs to visit them";
        AskedQuestion rewritten = new AskedQuestion(asked + " (تمنى رئيس الأركان التعافي اعتداء حمص)", asked,
                QuestionAnalyzer.analyze(asked), true, visit.previous());
        assertEquals(List.of(List.of("did", "he"), List.of("go", "visit", "them")),
                YesNoDeclines.askedAct(rewritten, visitTerms));
        // "to" and an article after the destination open another place, no deed.
        assertEquals(List.of(List.of("did", "they"), List.of("travel")), YesNoDeclines.askedAct(
                english("Did they travel to Aleppo to the front?"), terms("travel", "aleppo", "front")));
        // "to" after another verb than one of going closes the act, as before.
        assertEquals(List.of(List.of("did", "he"), List.of("send", "troops")), YesNoDeclines.askedAct(
                english("Did he send troops to Aleppo to fight?"), terms("send", "troops", "aleppo", "fight")));
    }

    @Test
    void aDialectQuestionClosingOnOrNotIsReadForWhatItStates() {
        // Asked without هل: the act is the statement before "or not", from its first word, as typed.
        AskedQuestion press = arabic("زين وبعد القعدة طلعوا بمؤتمر صحفي مشترك ولا لا؟");
        List<EvidenceTerm> pressTerms = terms("قعد", "طلعوا", "موتمر", "صحف", "مشترك", "وكال", "عراقج");
        assertEquals(List.of(List.of(), ArabicTextNormalizer.words("زين وبعد القعدة طلعوا بمؤتمر صحفي مشترك")),
                YesNoDeclines.askedAct(press, pressTerms));
        // The agency's line on the talks holds the carried words and nothing of the press conference.
        boolean[] named = written(false, false, false, false, false, false, true);
        assertTrue(YesNoDeclines.askedActUnheld(press, pressTerms, named,
                () -> written(false, false, false, false, false, true, true)));
        assertFalse(YesNoDeclines.askedActUnheld(press, pressTerms, named,
                () -> written(false, false, true, true, false, true, true)), "a line telling of it");
        // It ends at a preposition, as after هل; without "or not" the statement is not read.
        assertEquals(List.of(List.of(), ArabicTextNormalizer.words("حزب الله بعت مقاتلين")),
                YesNoDeclines.askedAct(arabic("حزب الله بعت مقاتلين على حلب ولا لأ؟"), terms("مقاتل")));
        assertEquals(List.of(), YesNoDeclines.askedAct(arabic("حزب الله بعت مقاتلين على حلب؟"), terms("مقاتل")));
    }

    static List<EvidenceTerm> terms(String... labels) {
        return Stream.of(labels).map(l -> new EvidenceTerm(l, Set.of(l), 6.0, false)).toList();
    }

    /** {@link YesNoDeclines#personUnnamed} with the judged sentence holding, and writing, what {@code held} says. */
    private static boolean personUnnamed(AskedQuestion question, List<EvidenceTerm> terms, boolean[] held) {
        return YesNoDeclines.personUnnamed(question, terms, () -> held, () -> held);
    }

    static boolean[] written(boolean... written) {
        return written;
    }

    static AskedQuestion arabic(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false, Optional.empty());
    }

    static AskedQuestion english(String question) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true, Optional.empty());
    }

    /** An English follow-up to {@code earlier}, a question of another kind. */
    private static AskedQuestion englishFollowUp(String question, String earlier) {
        return new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.OTHER, earlier)));
    }
}
