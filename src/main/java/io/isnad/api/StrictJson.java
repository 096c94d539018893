package io.isnad.api;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request fields must have the JSON type their schema gives: {@code "topK": "5"},
 * {@code "topK": 2.5} and {@code "question": 123} are refused as malformed instead of being
 * converted, so a client's mistake is reported rather than silently reinterpreted. For the same
 * reason a field the request body does not have is refused: a client sending {@code "history"} or
 * {@code "top_k"} believes it is read.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.addHandler(new UnknownFieldRefusal());
    }

    /**
     * Refuses an unknown field of the API's own request bodies (the records of this package) only. Not
     * {@code FAIL_ON_UNKNOWN_PROPERTIES} for the whole mapper: the framework's mapper may also read other
     * services' JSON (a model's replies), which may grow fields this service need not know.
     */
    private static final class UnknownFieldRefusal extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String field) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (type.getPackageName().equals(StrictJson.class.getPackageName())) {
                throw UnrecognizedPropertyException.from(parser, beanOrClass, field,
                        deserializer.getKnownPropertyNames());
            }
            return false;
        }
    }
}
