package io.isnad.api;

/**
 * The request examples of the OpenAPI document, one Arabic and one English per endpoint that
 * takes a body. They are written against the seed articles (the default articles folder) and
 * are replayed by the contract test, so each one must succeed there.
 */
final class ApiExamples {

    static final String ASK_ARABIC = """
            {"question": "من هو المتحدث باسم وزارة الخارجية الإيرانية الذي وصف معارك حلب بأنها انتهاك لاتفاقات أستانا؟"}""";
    static final String ASK_ENGLISH = """
            {"question": "Which Iranian commander was killed in Aleppo?", "topK": 3}""";
    static final String CHAT_ARABIC = """
            {"message": "من هو المتحدث باسم وزارة الخارجية الإيرانية؟"}""";
    static final String CHAT_ENGLISH = """
            {"message": "Which Iranian commander was killed in Aleppo?", "topK": 3}""";
    static final String FEEDBACK_ARABIC = """
            {"rating": "up", "question": "من هو المتحدث باسم وزارة الخارجية الإيرانية؟",
             "answer": "إسماعيل بقائي [1]", "citations": [{"file": "000_7a1f042e14fe9a2d.txt", "start": 73, "end": 300}]}""";
    static final String FEEDBACK_ENGLISH = """
            {"rating": "down", "question": "Which Iranian commander was killed in Aleppo?",
             "answer": "The articles do not say.", "citations": [], "comment": "The second article names him."}""";
    static final String EVAL_ARABIC = """
            {"questions": "{\\"id\\": \\"s01\\", \\"lang\\": \\"ar\\", \\"question\\": \\"من هو المتحدث باسم وزارة \
            الخارجية الإيرانية؟\\", \\"expected_files\\": [\\"000_7a1f042e14fe9a2d.txt\\"], \\"answers\\": \
            [\\"بقائي\\"], \\"answerable\\": true}"}""";
    static final String EVAL_ENGLISH = """
            {"questions": "{\\"id\\": \\"s02\\", \\"lang\\": \\"en\\", \\"question\\": \\"Which Iranian commander was \
            killed in Aleppo?\\", \\"expected_files\\": [\\"002_18f32a539009a80b.txt\\"], \\"answers\\": \
            [\\"Pourhashemi\\"], \\"answerable\\": true}", "k": 5}""";
    static final String REINDEX = "{}";

    private ApiExamples() {
    }
}
