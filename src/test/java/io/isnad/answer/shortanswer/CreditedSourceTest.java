package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.isnad.answer.question.QuestionAnalyzer;

class CreditedSourceTest {

    private static final List<String> BYLINE_AND_ADDRESS = List.of("نغوك آنه (بحسب وكالة فرانس برس)",
            "المصدر: https://www.congluan.vn/iran-se-ung-ho-manh-me-chinh-quyen-syria-post323811.html");

    // Each row: the question, the credit line (BYLINE_AND_ADDRESS: the two above), the source's name or "-" for none.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "and which news agency was it based on|BYLINE_AND_ADDRESS|فرانس برس",
        "araghchi assad damascus meeting article source website|BYLINE_AND_ADDRESS|congluan.vn",
        "araghchi assad damascus meeting article source|BYLINE_AND_ADDRESS|فرانس برس",
        "netanyahu trump inauguration video story source|المصدر: “تايمز أوف إسرائيل” + RT|تايمز أوف إسرائيل",
        "رسالة باقري لوزير الدفاع السوري وش الموقع اللي نشرها؟|المصدر: الجديد برس|الجديد برس",
        "which news site ran the story on shamkhani|سيريانيوز|سيريانيوز",
        "which news site ran the story on shamkhani|تعليق واحد على الخبر المنشور هنا اليوم|-",
    })
    void aSourceQuestionGetsTheNameItsStorysCreditLinesGive(String question, String lines, String expected) {
        List<String> credits = lines.equals("BYLINE_AND_ADDRESS") ? BYLINE_AND_ADDRESS : List.of(lines);
        assertEquals(expected, CreditedSource.find(credits, QuestionAnalyzer.analyze(question).words())
                .map(c -> credits.get(c.line()).substring(c.span().start(), c.span().end()))
                .orElse("-"), question);
    }
}
