package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.isnad.answer.question.QuestionAnalyzer;

class NamedAfterNounTest {

    // "-" is no short answer: a question asking no name, an English question (its kind noun is no Arabic word),
    // a kind's noun with the article (المطار names no one airport), a name the question itself writes, the
    // adjective of الاسم (الآخر) or the genitive of the kind's noun (تويوتا of شعبة تويوتا) read as the kind, a gloss
    // in quotes, a question asking by the verb سمّى.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ماسم أكثر المطارات أحادية المدارج نشاطاً في العالم؟|أما مطار سان دييغو الدولي فهو المطار أحادي المدرج الأكثر"
                + " نشاطاً في العالم.|مطار سان دييغو الدولي",
        "ما اسم ثاني أكثر المطارات نشاطاً بالولايات المتحدة؟|تحوي كاليفورنيا الجنوبية مطار لوس أنجلس الدولي ، وهو"
                + " ثاني أكثر المطارات نشاطاً في الولايات المتحدة.|مطار لوس أنجلس الدولي",
        "ماسم أكثر مطارات الطيران العمومي نشاطاً في العالم؟|ومطار فان نويس فهو أكثر مطارات الطيران العمومي نشاطاً"
                + " في العالم.|مطار فان نويس",
        "ما الاسم الذي تسمى به المناطق الثمانية؟|تتكون كاليفورنيا الجنوبية من مجال إحصائي مشترك، وثمانية مناطق"
                + " إحصائية حضرية ضخمة ، ومنطقة حضرية دولية ضخمة.|مناطق إحصائية حضرية ضخمة",
        "ما هو اسم المطار الأكثر نشاطاً؟|وهو المطار الأكثر نشاطاً في العالم.|-",
        "ماسم أكثر مطارات الطيران العمومي نشاطاً؟|وهو أكثر مطارات الطيران العمومي نشاطاً.|-",
        "كم مطاراً في الولاية؟|أما مطار سان دييغو الدولي فهو المطار الأكثر نشاطاً.|-",
        "ما الاسم الآخر للجانب الغربي؟|يقع قسم آخر اسمه بروكهيفن على الحافة الجنوبية للجانب الغربي.|-",
        "اذكر اسم شعبة تويوتا الفاخرة.|قامت كل من هوندا وتويوتا ونيسان بإنشاء الشُعب الفاخرة.|-",
        "ما هو اسم المجسات الصغيرة؟|وهي تهدّبها المويجسات (\"مجسّات صغيرة\") تغطيها مولدات المادة الغروية.|-",
        "رئيسي سمّى اللي حصل في حمص إيه؟|حمل رئيسي مسؤولية مجزرة حمص لـ”حماة الإرهابيين”.|-",
        "ما اسم المجزرة التي حمّل رئيسي مسؤوليتها؟|حمل رئيسي مسؤولية مجزرة حمص لـ”حماة الإرهابيين”.|مجزرة حمص",
        "What is the name of the busiest airport?|أما مطار سان دييغو الدولي فهو المطار الأكثر نشاطاً.|-",
    })
    void aNameIsReadUnquotedAfterItsKindsNoun(String question, String sentence, String expected) {
        assertEquals(expected, NamedAfterNoun.find(sentence, QuestionAnalyzer.analyze(question))
                .map(s -> sentence.substring(s.start(), s.end()))
                .orElse("-"), question);
    }
}
