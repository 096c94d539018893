package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

class PostQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وهو بيشتغل ايه؟|OTHER|true",
        "وما منصبه؟|OTHER|true",
        "وهو شو شغلته؟|OTHER|true",
        "and what post did it say he held?|OTHER|true",
        "What was his military rank?|OTHER|true",
        "when did he take the job?|DATE|false",
        "How long has he held that job?|NUMBER|false",
        "وهو بيعمل ايه؟|OTHER|false",
        "What did he warn against?|DESCRIPTION|false",
        "What was his role in the attack?|DESCRIPTION|false",
    })
    void aQuestionAskingAPersonsPostIsToldApartFromOneAskingWhenOrHowLongHeHeldIt(String question, QuestionType type,
            boolean asksPost) {
        assertEquals(asksPost, PostQuestion.asks(question, type), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وش كان منصب علي شمخاني قبل ما يصير أمين المجلس؟|OTHER|true",
        "ما هو منصبه السابق؟|OTHER|true",
        "وشو كان شغلو قبل ما يستلم رئاسة البرلمان؟|OTHER|true",
        "What post did he hold before he became commander?|OTHER|true",
        "What was his previous job?|OTHER|true",
        "وش كان منصب علي شمخاني؟|OTHER|false",
        "What post did he hold?|OTHER|false",
        "When did he take the job before the war?|DATE|false",
    })
    void aQuestionAskingThePostHeldBeforeAnotherIsToldApart(String question, QuestionType type, boolean earlier) {
        assertEquals(earlier, PostQuestion.asksEarlier(ArabicTextNormalizer.words(question), type), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "مين كان قائد المستشارين الإيرانيين بحلب قبل ما يستلم بورهاشمي؟|PERSON|true",
        "من خلف العميد كيومرث بورهاشمي في قيادة المستشارين؟|PERSON|true",
        "من هو خليفته في المنصب؟|PERSON|true",
        "Prior to Manning, who was the oldest quarterback to play in a Super Bowl?|PERSON|true",
        "Who was his predecessor as commander?|PERSON|true",
        "Who should run the ministry instead of the general?|PERSON|true",
        "من سيقود الحكومة بدلاً من رئيسها؟|PERSON|true",
        "What was built instead of the old bridge?|OTHER|false",
        "من يقف خلف الهجوم على الكلية؟|PERSON|false",
        "What group is Andy Taylor the former lead guitarist of?|PERSON|false",
        "Who heads the office that issued the statement after Assad met Araghchi?|PERSON|false",
        "متى وصل قبل الاجتماع؟|DATE|false",
    })
    void aWhoQuestionAskingWhoHeldAPostBeforeOrAfterAnotherIsToldApart(String question, QuestionType type,
            boolean other) {
        assertEquals(other, PostQuestion.asksOtherHolder(ArabicTextNormalizer.words(question), type), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "What is Hassan Abdul Ghani's military rank?|OTHER|true",
        "وشو رتبتو بالجيش؟|OTHER|true",
        "ما هي رتبة حسن عبد الغني العسكرية؟|OTHER|true",
        "أي مرتبة يحتلها مطار لوس أنجلس الدولي؟|OTHER|false",
        "Where is Brazil ranked globally in soybean production?|PLACE|false",
        "What post did he hold?|OTHER|false",
        "When did he reach the rank of general?|DATE|false",
    })
    void aQuestionAskingAPersonsRankIsToldApart(String question, QuestionType type, boolean rank) {
        assertEquals(rank, PostQuestion.asksRank(ArabicTextNormalizer.words(question), type), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وآشنو كانت الرتبة ديالو؟|OTHER|الرتبة",
        "وهو بيشتغل ايه؟|OTHER|بيشتغل",
        "What was his military rank?|OTHER|rank",
        "and what post did it say he held?|OTHER|post",
        "When did he reach the rank of general?|DATE|''",
        "وشو قال عن الهجوم؟|OTHER|''",
    })
    void theWordAskingAPostOrARankIsFoundAndNoneInAQuestionAskingAnotherKind(String question, QuestionType type,
            String asking) {
        List<String> words = ArabicTextNormalizer.words(ArabicTextNormalizer.normalize(question)).stream()
                .map(word -> word.toLowerCase(Locale.ROOT)).toList();
        assertEquals(ArabicTextNormalizer.normalize(asking), PostQuestion.askingWord(words, type), question);
    }

    @Test
    void theAskingWordsAreLeftOutAndTheRestKeptAsWritten() {
        assertEquals("وهو  ايه؟", PostQuestion.withoutAskingWords("وهو بيشتغل ايه؟"));
        assertEquals("And what  did he hold?", PostQuestion.withoutAskingWords("And what post did he hold?"));
        assertEquals("ومن اتهم؟", PostQuestion.withoutAskingWords("ومن اتهم؟"));
    }
}
