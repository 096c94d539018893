package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.isnad.answer.question.QuestionAnalyzer;

class AskedByNounTest {

    /** The sentences the questions below are asked of, by a short key. */
    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("agency-nickname", "وحسب موقع وكالة \"مهر\"، الإيرانية للأنباء، فان قائد القوات الاستشارية"
                    + " العميد \"كيومرث بورهاشمي\"، الملقب بـ\"الحاج هاشم\"، قتل بهجوم في حلب السورية."),
            Map.entry("agency", "ونقلت وكالة \"فارس\" عن شمخاني، المكلف بالتنسيق، قوله إن العمليات بحاجة إلى دعم جوي."),
            Map.entry("rank", "أكد رئيس أركان القوات المسلحة الإيرانية، اللواء محمد حسين باقري، أن إيران مستعدة"
                    + " للمساعدة."),
            Map.entry("glued-rank", "وقتل مساعده والعميد \"كيومرث بورهاشمي\" في حلب."),
            Map.entry("twice-glued-rank", "وأشاد القائد بالمستشارين وبالعميد \"كيومرث بورهاشمي\" في حلب."),
            Map.entry("brigade", "وقاد لواء من الجيش الهجوم."),
            Map.entry("label", "وأطلقت إيران على قواتها التي أرسلت إلى سوريا لقب \"المدافعين عن الحرم\"."),
            Map.entry("operation", "وأعلنت الفصائل إطلاق \"عملية ردع العدوان\" ضد مواقع النظام."),
            Map.entry("spokesman", "وقال الناطق باسم الغرفة \"حسن عبد الغني\" إن الحشود تهدد المنطقة."),
            Map.entry("language", "وقال نتنياهو في مقطع فيديو نشره عبر حسابه على “إكس” باللغة الإنجليزية: “كانت ولايتك"
                    + " الأولى مليئة بلحظات رائدة”."),
            Map.entry("sign-language", "وقامت الممثلة مارلي ماتلين بترجمة النشيد بلغة الإشارة الأمريكية في نفس الوقت."),
            Map.entry("in-languages", "الموناليزا (باللغة الفرنسية: Mona Lisa، وباللغة الإيطالية: Monna Lisa) هي لوحة"
                    + " شهيرة، واسمها \"الجيوكاندا\"."),
            Map.entry("ministry", "وفي 30 نوفمبر، أكدت وزارة الخارجية الإيرانية أن قنصليتها في حلب تعرضت للهجوم."),
            Map.entry("group", "ويوجه التحالف ضربات جوية ضد مواقع تنظيم \"داعش\" في العراق وسوريا."),
            Map.entry("post", "وفي أبريل 2020، صرح حشمت الله فلاحت بيشه، العضو السابق في لجنة الأمن القومي بالبرلمان"
                    + " الإيراني، بأن طهران أنفقت مليارات الدولارات في سوريا."),
            Map.entry("minister", "في حين شدد وزير الخارجية الروسي سيرغي لافروف على أنه لا أساس لاتهام روسيا."),
            Map.entry("two-posts", "آخر رئيس وزراء لألمانيا الشرقية، لوثار دي ميزيير، من نسل الهوغونوت، كما"
                    + " بالنسبة لوزير الداخلية الفيدرالي الألماني، توماس دي مايزيير."),
            Map.entry("credit", "نغوك آنه (بحسب وكالة فرانس برس)"));

    // "-" is no short answer: an outlet the question is about ("what did Fars say"), an outlet noun after an
    // auxiliary ("what did the agency say"), a typed question (when, who), a word holding the nickname's letters
    // (القبض), a rank word without the article (لواء, a brigade), a call for something, a quote after الناطق باسم
    // when the question asks no name, a call in (a summons).
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
        "ما رتبته؟|twice-glued-rank|العميد",
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
        "Why did the factions call in the jets?|operation|-",
        "What is another name for the rebels' operation?|operation|ردع العدوان",
        "ليش لقبو كيومرث بورهاشمي هيك؟|agency-nickname|الحاج هاشم",
        "ماسم العملية التي أطلقتها الفصائل؟|operation|ردع العدوان",
        "ما اسم الموناليزا بالإيطالية؟|in-languages|Monna Lisa",
        "وما اسم الموناليزا في اللغة الفرنسية؟|in-languages|Mona Lisa",
        "ما اسم الموناليزا الآخر؟|in-languages|الجيوكاندا",
        "ماذا قال الناطق باسم الغرفة؟|spokesman|-",
        "and what language did he record it in?|language|الإنجليزية",
        "والخبر مكتوب بيا لغة؟|language|الإنجليزية",
        "إلى أي لغة ترجمت مارلي ماتلين النشيد الوطني؟|sign-language|لغة الإشارة الأمريكية",
        "ما المستوى الذي بلغته مدينة كاليفورنيا من حيث تعداد السكان؟|sign-language|-",
        "Persian-language outlets said his death came as a result of what?|language|-",
        "Which Iranian ministry said its consulate was hit?|ministry|وزارة الخارجية الإيرانية",
        "أي وزارة أكدت الهجوم على القنصلية؟|ministry|وزارة الخارجية الإيرانية",
        "ماذا قالت وزارة الخارجية الإيرانية؟|ministry|-",
        "وش التنظيم اللي يضرب التحالف مواقعه؟|group|داعش",
        "حشمت الله فلاحت بيشه وش كان منصبه؟|post|العضو السابق في لجنة الأمن القومي بالبرلمان الإيراني",
        "وهو بيشتغل ايه؟|minister|وزير الخارجية الروسي",
        "ما هي الوظيفة التي شغلها توماس دي مايزيير في الحكومة الألمانية؟|two-posts|وزير الداخلية الفيدرالي الألماني",
        "بأي صفة عرفت وكالة فارس علي شمخاني؟|agency|المكلف بالتنسيق",
        "and which news agency was it based on|credit|فرانس برس",
    })
    void aQuestionTypedOtherGetsWhatItAsksByItsNoun(String question, String sentenceKey, String expected) {
        String sentence = SENTENCES.get(sentenceKey);
        assertEquals(expected, AskedByNoun.find(sentence, QuestionAnalyzer.analyze(question))
                .map(s -> sentence.substring(s.start(), s.end()))
                .orElse("-"), question);
    }
}
