package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinitionQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ما هو الباراسيتامول؟|true",
        "- من هو عيسى؟ ال|true",
        "ماهي الصوفية ؟|true",
        "ما هى الأكاديمية العسكرية؟|true",
        "ما تعريف السرطان؟|true",
        "ما هو الاضطراب الوسواسي القهري؟|true",
        "من هو والد عمر المختار؟|false",
        "ماهو إسم الإمام الشافعي ؟|false",
        "ما معنى كلمة هون؟|false",
        "- ما هي الحدود في الشمال الشرقي؟ ال|false",
        "ما هي الدولة التي تحد العراق من الشمال؟|false",
        "من هو المتحدث باسم وزارة الخارجية في الحكومة الجديدة؟|false",
        "ما الدول التي تحد العراق؟|false",
        "من قتل الحسين بن علي؟|false",
        "ماذا قال الوزير؟|false",
        "What is paracetamol?|false",
    })
    void aQuestionAskingWhatOrWhoSomethingIsIsToldApart(String question, boolean whatItIs) {
        assertEquals(whatItIs, DefinitionQuestion.asks(question), question);
    }
}
