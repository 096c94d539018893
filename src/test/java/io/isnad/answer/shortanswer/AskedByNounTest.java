package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.isnad.answer.question.QuestionAnalyzer;

class AskedByNounTest {

    /** The sentences the questions below are asked of, by a short key. */
    private static final Map<String, String> SENTENCES = Map.of(
            "agency-nickname", "وحسب موقع وكالة \"مهر\"، الإيرانية للأنباء، فان قائد القوات الاستشارية العميد"
                    + " \"كيومرث بورهاشمي\"، الملقب بـ\"الحاج هاشم\"، قتل بهجوم في حلب السورية.",
            "agency", "ونقلت وكالة \"فارس\" عن شمخاني، المكلف بالتنسيق، قوله إن العمليات بحاجة إلى دعم جوي.",
            "rank", "أكد رئيس أركان القوات المسلحة الإيرانية، اللواء محمد حسين باقري، أن إيران مستعدة للمساعدة.",
            "glued-rank", "وقتل مساعده والعميد \"كيومرث بورهاشمي\" في حلب.",
            "brigade", "وقاد لواء من الجيش الهجوم.",
            "label", "وأطلقت إيران على قواتها التي أرسلت إلى سوريا لقب \"المدافعين عن الحرم\".",
            "operation", "وأعلنت الفصائل إطلاق \"عملية ردع العدوان\" ضد مواقع النظام.",
            "spokesman", "وقال الناطق باسم الغرفة \"حسن عبد الغني\" إن الحشود تهدد المنطقة.");

    // "-" is no short answer: an outlet the question is about ("what did Fars say"), an outlet noun after an
    // auxiliary ("what did the agency say"), a typed question (when, who), a word holding the nickname's letters
    // (القبض), a rank word without the article (لواء, a brigade), a call for something, a quote after الناطق باسم
    // when the question asks no name.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Which Iranian news agency reported his death?|agency-nickname|مهر",
        "شمخاني كلامه اتنقل عن أنهي وكالة؟|agency|فارس",
        "أي وكالة إيرانية نقلت كلام شمخاني؟|agency|فارس",
        "Which outlet quoted Shamkhani?|agency|فارس",
        "شو لقب كيومرث بورهاشمي؟|agency-nickname|الحاج هاشم",
        "بشو بيلقبوا قائد المستشارين اللي قتل بحلب؟|agency-nickname|الحاج هاشم",
        "What is the nickname of the commander killed in Aleppo?|agency-nickname|الحاج هاشم",
        "What was Bagheri's military rank?|rank|اللواء",
        "شو رتبة باقري؟|rank|اللواء",
        "ما رتبته؟|glued-rank|العميد",
        "ما رتبته؟|brigade|-",
        "ماذا قالت وكالة فارس عن شمخاني؟|agency|-",
        "What did the agency say about Shamkhani?|agency|-",
        "متى نقلت الوكالة كلام شمخاني؟|agency|-",
        "من نقلت وكالة فارس كلامه؟|agency|-",
        "أي جهة طالبت بالقبض على المهاجمين؟|agency-nickname|-",
        "ماذا سمت إيران قواتها في سوريا؟|label|المدافعين عن الحرم",
        "What label did Iran give its troops in Syria?|label|المدافعين عن الحرم",
        "ما اسم العملية التي أطلقتها الفصائل؟|operation|ردع العدوان",
        "What was the rebels' operation called?|operation|ردع العدوان",
        "شو سموها الفصائل؟|operation|ردع العدوان",
        "What did the factions call for?|operation|-",
        "ماذا قال الناطق باسم الغرفة؟|spokesman|-",
    })
    void aQuestionTypedOtherGetsWhatItAsksByItsNoun(String question, String sentenceKey, String expected) {
        String sentence = SENTENCES.get(sentenceKey);
        assertEquals(expected, AskedByNoun.find(sentence, QuestionAnalyzer.analyze(question))
                .map(s -> sentence.substring(s.start(), s.end()))
                .orElse("-"), question);
    }
}
