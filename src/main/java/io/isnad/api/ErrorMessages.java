package io.isnad.api;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.isnad.answer.Question;
import io.isnad.index.CorpusUnavailableException;
import io.isnad.retrieve.LanguageDetector;

/**
 * An error's message in the language of whoever reads it, Arabic or English. The language is the
 * first of the request's {@code Accept-Language} ranges that names one of the two (the web page
 * sends its own language); a request that names neither is read in its question's language, when
 * the refusal is about a question; else English. The messages are written in English where the
 * refusal is made, and put into Arabic here, the one place: a sentence written for the asker
 * (a blank or too long question, a body that is not JSON, an unknown conversation) has its own
 * Arabic; any other, written for a developer with the names and figures of the request, gets its
 * code's Arabic sentence with the English detail after it.
 */
final class ErrorMessages {

    private static final String TOO_LONG = "السؤال أطول من " + Question.MAX_CHARS + " حرف؛ اختصره من فضلك.";

    /** Sentences people meet, in English as written at their one source, and in Arabic. */
    private static final Map<String, String> ARABIC = Map.ofEntries(
            Map.entry("The field 'question' is required and must not be blank.",
                    "السؤال مطلوب ولا يصح أن يكون فارغاً (الحقل 'question')."),
            Map.entry("The field 'message' is required and must not be blank.",
                    "السؤال مطلوب ولا يصح أن يكون فارغاً (الحقل 'message')."),
            Map.entry("The question is longer than " + Question.MAX_CHARS + " characters.", TOO_LONG),
            Map.entry("The message is longer than " + Question.MAX_CHARS + " characters.", TOO_LONG),
            Map.entry(AskRequest.BLANK_IN_HISTORY, "كل سؤال في 'history' يجب أن يكون نصاً غير فارغ."),
            Map.entry("A question in 'history' is longer than " + Question.MAX_CHARS + " characters.",
                    "أحد أسئلة 'history' أطول من " + Question.MAX_CHARS + " حرف؛ اختصره من فضلك."),
            Map.entry("A JSON body with a 'question' field is required.",
                    "أرسل في جسم الطلب كائن JSON فيه الحقل 'question'."),
            Map.entry("A JSON body with a 'message' field is required.",
                    "أرسل في جسم الطلب كائن JSON فيه الحقل 'message'."),
            Map.entry("'topK' must be between 1 and " + AskRequest.MAX_TOP_K + ".",
                    "يجب أن يكون 'topK' بين 1 و" + AskRequest.MAX_TOP_K + "."),
            Map.entry("'conversationId' must be an id returned by an earlier reply.",
                    "يجب أن يكون 'conversationId' معرّفاً أعاده ردّ سابق."),
            Map.entry(ChatResource.NO_SUCH_CONVERSATION,
                    "لا توجد هذه المحادثة: لم تبدأ قط أو نُسيت بعد أن بقيت خاملة. "
                            + "احذف 'conversationId' لتبدأ محادثة جديدة."),
            Map.entry(ApiErrorMapper.NOT_JSON, "جسم الطلب ليس JSON صالحاً لهذه الواجهة."),
            Map.entry(ApiErrorMapper.BROKEN_BODY, "جسم الطلب مبتور أو ترميزه المجزّأ (chunked) تالف."),
            Map.entry(ApiErrorMapper.OUR_FAULT, "حدث خطأ من جهتنا وسُجّل؛ حاول مجدداً بعد قليل."),
            Map.entry(ApiErrorMapper.NO_RATINGS, "لا يمكن حفظ التقييمات أو قراءتها الآن؛ سُجّل الخطأ."),
            Map.entry(CorpusUnavailableException.STILL_INDEXING,
                    "ما زالت المقالات قيد الفهرسة؛ حاول مجدداً بعد قليل."),
            Map.entry("The request could not be read.", "تعذّرت قراءة الطلب."),
            Map.entry("No such resource.", "لا شيء بهذا العنوان."),
            Map.entry("This method is not allowed here.", "هذه الطريقة (HTTP method) غير مقبولة هنا."),
            Map.entry("This endpoint answers in JSON.", "هذه الواجهة تجيب بصيغة JSON."),
            Map.entry("The request body is larger than this endpoint accepts.",
                    "جسم الطلب أكبر مما تقبله هذه الواجهة."),
            Map.entry("The request URI is too long.", "عنوان الطلب (URI) أطول مما ينبغي."),
            Map.entry("The request headers are too large.", "ترويسات الطلب أكبر مما ينبغي."),
            Map.entry("Send the request body as application/json.", "أرسل جسم الطلب بصيغة application/json."),
            Map.entry(ApiAccessFilter.NOT_JSON_BODY,
                    "أرسل جسم الطلب بصيغة application/json (الترويسة Content-Type: application/json)."));

    /** Each code's sentence, said before a developer's English detail that has no Arabic of its own. */
    private static final Map<ErrorCode, String> ARABIC_CODES = new EnumMap<>(Map.ofEntries(
            Map.entry(ErrorCode.BAD_REQUEST, "تعذّرت قراءة الطلب"),
            Map.entry(ErrorCode.INVALID_REQUEST, "الطلب غير صالح"),
            Map.entry(ErrorCode.MALFORMED_JSON, "جسم الطلب ليس JSON صالحاً"),
            Map.entry(ErrorCode.QUESTION_TOO_LONG, "السؤال أطول مما ينبغي"),
            Map.entry(ErrorCode.MALFORMED_QUESTION_SET, "مجموعة الأسئلة غير صالحة"),
            Map.entry(ErrorCode.TOO_MANY_QUESTIONS, "الأسئلة أكثر مما يُقبل"),
            Map.entry(ErrorCode.UNAUTHORIZED, "هذه الواجهة تحتاج إلى مفتاح أو رمز دخول"),
            Map.entry(ErrorCode.INVALID_SIGNATURE, "طلب Slack غير موثّق"),
            Map.entry(ErrorCode.ADMIN_DISABLED, "هذه الواجهة مغلقة"),
            Map.entry(ErrorCode.NOT_FOUND, "غير موجود"),
            Map.entry(ErrorCode.METHOD_NOT_ALLOWED, "الطريقة غير مقبولة هنا"),
            Map.entry(ErrorCode.NOT_ACCEPTABLE, "هذه الواجهة تجيب بصيغة JSON"),
            Map.entry(ErrorCode.BODY_TOO_LARGE, "جسم الطلب أكبر مما يُقبل"),
            Map.entry(ErrorCode.URI_TOO_LONG, "عنوان الطلب أطول مما ينبغي"),
            Map.entry(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "أرسل جسم الطلب بصيغة application/json"),
            Map.entry(ErrorCode.BUSY, "الخدمة مشغولة؛ حاول مجدداً بعد قليل"),
            Map.entry(ErrorCode.HEADERS_TOO_LARGE, "ترويسات الطلب أكبر مما ينبغي"),
            Map.entry(ErrorCode.INTERNAL_ERROR, "حدث خطأ من جهتنا"),
            Map.entry(ErrorCode.NOT_READY, "الخدمة ليست جاهزة بعد؛ حاول مجدداً بعد قليل"),
            Map.entry(ErrorCode.FEEDBACK_UNAVAILABLE, "لا يمكن حفظ التقييمات الآن")));

    private ErrorMessages() {
    }

    /**
     * A refusal whose sentence names what the request sent (a field), so that no table can hold it: made here in
     * both languages.
     */
    record Named(ErrorCode code, String english, String arabic) {

        String in(String language) {
            return LanguageDetector.ARABIC.equals(language) ? arabic : english;
        }
    }

    /** A field the request body does not have; {@code known} are those it has, listed for the client. */
    static Named unknownField(String field, Collection<?> known) {
        List<String> names = known.stream().map(String::valueOf).sorted().toList();
        return new Named(ErrorCode.INVALID_REQUEST,
                "The field '" + field + "' is not one this endpoint reads; it reads " + String.join(", ", names) + ".",
                "الحقل '" + field + "' ليس مما تقرؤه هذه الواجهة؛ حقولها: " + String.join("، ", names) + ".");
    }

    /** A field whose value is of another JSON type than the one {@code expected}, the type it is read into, has. */
    static Named wrongType(String field, Class<?> expected) {
        JsonKind kind = JsonKind.of(expected);
        return new Named(ErrorCode.MALFORMED_JSON, "The field '" + field + "' must be " + kind.english + ".",
                "يجب أن يكون الحقل '" + field + "' " + kind.arabic + ".");
    }

    /** The JSON kinds of the request bodies' fields, as a refusal names them. */
    private enum JsonKind {
        WHOLE_NUMBER("a whole number", "عدداً صحيحاً"),
        TEXT("a string", "نصاً"),
        ARRAY("an array", "مصفوفة"),
        BOOLEAN("true or false", "true أو false"),
        OBJECT("an object", "كائناً"),
        OTHER("of the JSON type the endpoint's schema gives", "من نوع JSON الذي يحدده مخطط الواجهة");

        private final String english;
        private final String arabic;

        JsonKind(String english, String arabic) {
            this.english = english;
            this.arabic = arabic;
        }

        static JsonKind of(Class<?> type) {
            if (type == null) {
                return OTHER;
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return WHOLE_NUMBER;
            }
            if (CharSequence.class.isAssignableFrom(type)) {
                return TEXT;
            }
            if (Collection.class.isAssignableFrom(type) || type.isArray()) {
                return ARRAY;
            }
            return type == Boolean.class || type == boolean.class ? BOOLEAN : OBJECT;
        }
    }

    /**
     * {@code ar} or {@code en}: the first range of {@code acceptLanguage} (by weight) naming one of
     * them; else the language of {@code question} when there is one; else English. A header that
     * cannot be parsed names nothing.
     */
    static String language(String acceptLanguage, String question) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-", 2)[0];
                    if (range.getWeight() > 0 && List.of(LanguageDetector.ARABIC, LanguageDetector.ENGLISH)
                            .contains(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException e) {
                // A malformed header is no preference.
            }
        }
        return question == null || question.isBlank() ? LanguageDetector.ENGLISH : LanguageDetector.detect(question);
    }

    /** The message {@code english} of a refusal with {@code code}, in {@code language}. */
    static String in(String language, ErrorCode code, String english) {
        if (!LanguageDetector.ARABIC.equals(language)) {
            return english;
        }
        String arabic = ARABIC.get(english);
        return arabic != null ? arabic : ARABIC_CODES.get(code) + ": " + english;
    }
}
