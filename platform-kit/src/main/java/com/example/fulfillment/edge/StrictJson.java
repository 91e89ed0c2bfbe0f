package com.example.fulfillment.edge;

import java.io.IOException;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * How request bodies are read, in every service: strictly. A field nobody declared is refused and named (a
 * misspelled {@code giftMesage} must not be dropped in silence), a number is a JSON number and a whole one where a
 * count is asked ({@code 1.9} is not 1, {@code "3"} is not 3), text holds no control characters (a NUL cannot be
 * stored by PostgreSQL and has no business in a name), and nesting is bounded.
 * <p>
 * Only the HTTP edge reads this way. Events between the services are read by the event codec with its own,
 * tolerant mapper: a producer that adds a field must not break its consumers.
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {

    /** Deeper than any request of this API (an order is four levels deep) and far below Jackson's 1,000. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest text value: longer than any field's own limit, short enough that refusing it is cheap. */
    public static final int MAX_STRING_LENGTH = 100_000;

    private final ObjectMapper strict;

    StrictJson(ObjectMapper applicationMapper) {
        this.strict = strict(applicationMapper);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    static ObjectMapper strict(ObjectMapper applicationMapper) {
        ObjectMapper mapper = applicationMapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new PlainText()));
        return mapper;
    }

    /** Text without control characters (tab, line feed and carriage return are text) or unpaired surrogates. */
    static final class PlainText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && !TextRules.isPlainText(value)) {
                return (String) context.handleWeirdStringValue(String.class, value, TextRules.CONTROL_CHARACTER);
            }
            return value;
        }
    }
}
