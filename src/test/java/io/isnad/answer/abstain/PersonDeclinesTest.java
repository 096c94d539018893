package io.isnad.answer.abstain;

import static io.isnad.answer.abstain.YesNoDeclinesTest.arabic;
import static io.isnad.answer.abstain.YesNoDeclinesTest.english;
import static io.isnad.answer.abstain.YesNoDeclinesTest.terms;
import static io.isnad.answer.abstain.YesNoDeclinesTest.written;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.retrieve.EvidenceTerm;

class PersonDeclinesTest {

    private static final String MINISTRY = "وفي 30 نوفمبر/تشرين الثاني، أكدت وزارة الخارجية الإيرانية أن قنصليتها "
            + "في حلب تعرضت للهجوم، لكن موظفيها بخير.";
    private static final String AGENCY = "قالت وكالة أنباء إيرانية إن جنرالا في الحرس الثوري الإسلامي الإيراني قتل "
            + "في معارك بسوريا يوم 28 نوفمبر/تشرين الثاني.";
    /** Tells of a funeral, naming nobody. */
    private static final String FUNERAL = "وشيعت سوريا ضحايا الاعتداء الإرهابي من أمام المستشفى العسكري في حمص.";
    private static final AskedQuestion BLAME = english("amir-abdollahian blame israel homs academy attack");
    private static final List<EvidenceTerm> BLAME_TERMS =
            terms("amir abdollahian", "blame", "israel", "homs", "academy", "attack");

    @Test
    void aQuestionNamingAPersonItsArticleNamesAwayFromTheJudgedSentenceIsDeclined() {
        // Raisi's blame for the Homs massacre: Homs, Israel and the attack held, Amir-Abdollahian named further on.
        assertTrue(namedElsewhere(BLAME, BLAME_TERMS, written(false, false, true, true, false, true), true));
        assertTrue(namedElsewhere(arabic("ماذا قال بشار الأسد عن الهجوم على حلب؟"),
                terms("قال", "بشار", "اسد", "هجوم", "حلب"), written(true, false, false, true, true), true),
                "an Arabic question's person");
        assertTrue(namedElsewhere(english("Where did Araghchi go after Damascus?"),
                terms("araghchi", "go", "damascus"), written(false, true, true), true), "a question of another type");
    }

    @Test
    void aPersonNamedAroundTheSentenceOrNowhereInItsArticleKeepsTheAnswer() {
        assertFalse(namedElsewhere(BLAME, BLAME_TERMS, written(true, false, true, true, false, true), true),
                "the sentence or a neighbour names him");
        assertFalse(namedElsewhere(BLAME, BLAME_TERMS, written(false, false, true, true, false, true), false),
                "an article that never names him is read by the article checks");
        assertFalse(namedElsewhere(arabic("كم كان عمر بايتون مانينغ عندما لعب في سوبر بول 50؟"),
                terms("عمر", "بايت", "مانينغ", "لعب", "سوبر", "بول"), written(false, true, true, false, true, true),
                true),
                "an Arabic given name alone is as often a common word: عمر, age");
        assertFalse(namedElsewhere(english("iran foreign ministry blame israel homs academy attack"),
                terms("iran", "foreign ministry", "blame", "israel", "homs", "academy", "attack"),
                written(false, false, false, true, true, false, true), true), "no person named");
    }

    @Test
    void aYesNoQuestionOrAFollowUpIsNotRead() {
        assertFalse(namedElsewhere(english("Did Araghchi visit Ankara?"), terms("araghchi", "visit", "ankara"),
                written(false, true, true), true), "a yes/no question is read by YesNoDeclines.personUnnamed");
        String question = "And what did Araghchi say there?";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.PLACE, "Where did Assad meet Araghchi?")));
        assertFalse(namedElsewhere(followUp, terms("araghchi", "say"), written(false, true), true),
                "a follow-up's names are the conversation's");
    }

    @Test
    void aPersonAskedByHisOfficeAndJudgedOnASentenceNamingNobodyIsDeclined() {
        assertTrue(PersonDeclines.noneNamed(
                english("Which Iranian official confirmed that the consulate's staff were safe?"), MINISTRY, AGENCY));
        assertTrue(PersonDeclines.noneNamed(english("Which Iranian officials attended the funeral?"), MINISTRY, ""),
                "a plural official; the article's first sentence");
        assertTrue(PersonDeclines.noneNamed(arabic("مين المسؤول الإيراني اللي أكد إن موظفي القنصلية بخير؟"),
                MINISTRY, AGENCY), "an Arabic who-word before the official");
        assertTrue(PersonDeclines.noneNamed(arabic("منو من المسؤولين الإيرانيين أكد سلامة الموظفين؟"),
                MINISTRY, AGENCY), "the partitive before a plural official");
        assertTrue(PersonDeclines.noneNamed(english("Who was the Syrian army's commander in Aleppo?"), MINISTRY,
                AGENCY), "who and a copula before the office");
        assertTrue(PersonDeclines.noneNamed(english("Which Iranian secretaries attended the funeral?"), MINISTRY,
                ""), "a plural in -ies, read by the English inflection");
        assertTrue(PersonDeclines.noneNamed(english("homs military academy victims names"), FUNERAL, ""),
                "a search-box query closing on a person's noun");
        assertTrue(PersonDeclines.noneNamed(english("hezbollah secretary general name"), MINISTRY, AGENCY),
                "a search-box query naming an office");
    }

    @Test
    void aSentenceOrTheOneBeforeItNamingSomeoneOrAQuestionNotAskingByAnOfficeKeepsTheAnswer() {
        AskedQuestion official = english("Which Iranian official said Araghchi would visit Ankara?");
        assertFalse(PersonDeclines.noneNamed(official,
                "وقال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي إن عراقجي سيزور أيضا أنقرة.", AGENCY),
                "a name after its title");
        assertFalse(PersonDeclines.noneNamed(official, "وتابع المسؤول الإيراني، أن الطائرات لم تغادر يوم أمس.",
                "وتعليقا على مغادرة الطائرات الروسية قاعدة همدان الإيرانية، قال شمخاني إنه لم يكن مقررا أن تبقى."),
                "the sentence goes on with the words of the person the one before it named");
        assertFalse(PersonDeclines.noneNamed(arabic("من هو المدير العام للبرونكوس؟"),
                "الرقم القياسي السابق كان بحوزة جون إلواي، الذي قاد البرونكوس للفوز في السوبر بول 33.", ""),
                "a foreign name written bare, its second word opening with a hamza's alif");
        assertFalse(PersonDeclines.noneNamed(english("Whom did the Syrian army say it worked with?"),
                "وأعلن الجيش السوري في بيان له، أنه بالتعاون مع \"القوات الصديقة\"، ألحق خسائر بالمهاجمين.", ""),
                "a who-question asking no office: a body may answer it");
        assertFalse(PersonDeclines.noneNamed(english("Who did Iran's foreign minister call?"),
                "أجرى الوزير اتصالاً هاتفياً بنظيره السوري.", ""), "the office is the question's subject");
        String question = "And which official said so?";
        AskedQuestion followUp = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), true,
                Optional.of(new PreviousAnswer("a.txt", 0, QuestionType.PLACE, "Where did Assad meet Araghchi?")));
        assertFalse(PersonDeclines.noneNamed(followUp, MINISTRY, AGENCY), "a follow-up");
        assertFalse(PersonDeclines.noneNamed(english("homs military academy victims names"),
                "وقال وزير الدفاع السوري علي محمود عباس إن الهجوم جبان.", FUNERAL), "a search-box query, a person named");
        assertFalse(PersonDeclines.noneNamed(english("homs military academy victims"), FUNERAL, ""),
                "a search-box query asking no person");
    }

    private static boolean namedElsewhere(AskedQuestion question, List<EvidenceTerm> terms, boolean[] held,
            boolean inArticle) {
        return PersonDeclines.namedElsewhere(question, terms, () -> held, t -> inArticle);
    }
}
