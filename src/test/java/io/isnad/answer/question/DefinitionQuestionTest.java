package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinitionQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ما هو الباراسيتامول؟|true|false",
        "- من هو عيسى؟ ال|true|false",
        "ماهي الصوفية ؟|true|false",
        "ما هى الأكاديمية العسكرية؟|true|false",
        "ما تعريف السرطان؟|true|true",
        "ما هو الاضطراب الوسواسي القهري؟|true|false",
        "من هو والد عمر المختار؟|false|false",
        "ماهو إسم الإمام الشافعي ؟|false|false",
        "ما معنى كلمة هون؟|false|true",
        "ما معنى سنة شمسية؟|false|true",
        "ما معنى؟|false|false",
        "ماذا يعني التضخم؟|false|false",
        "- ما هي الحدود في الشمال الشرقي؟ ال|false|false",
        "ما هي الدولة التي تحد العراق من الشمال؟|false|false",
        "من هو المتحدث باسم وزارة الخارجية في الحكومة الجديدة؟|false|false",
        "ما الدول التي تحد العراق؟|false|false",
        "من قتل الحسين بن علي؟|false|false",
        "ماذا قال الوزير؟|false|false",
        "What is paracetamol?|false|false",
    })
    void aQuestionAskingWhatOrWhoSomethingIsOrWhatATermMeansIsToldApart(String question, boolean whatItIs,
            boolean meaning) {
        assertEquals(whatItIs, DefinitionQuestion.asks(question), question);
        // A meaning asked opens with ما and a noun of meaning, whatever the term's shape (a construct too).
        assertEquals(meaning, DefinitionQuestion.asksMeaning(question), question);
    }
}
