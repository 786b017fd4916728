package dev.hiring.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.DurationDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The SDK's one Jackson configuration. It names no SDK type, so {@code dev.hiring.core} (the built-in guides) and
 * {@code dev.hiring.core.json} (which builds on {@code dev.hiring.core}) both use it without a package cycle.
 * The SDK modules reach it through {@link dev.hiring.core.jackson.HiringJackson#newObjectMapper()}.
 */
public final class JsonConfig {
    /** The deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 10_000_000;
    /** The longest document accepted, in characters. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private JsonConfig() {}

    /** Returns a new mapper with the SDK's configuration. */
    public static ObjectMapper newObjectMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Jackson messages must not quote the input (it may hold personal data).
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                // registered after JavaTimeModule, so its Instant reader wins
                .addModule(new SimpleModule("hiring-strict-time")
                        .addDeserializer(Instant.class, new TextOnly<>(Instant.class, InstantDeserializer.INSTANT))
                        .addDeserializer(Duration.class, new TextOnly<>(Duration.class, DurationDeserializer.INSTANCE)))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // ALLOW_COERCION_OF_SCALARS does not cover text targets: a JSON number or boolean where a string is
                // expected would read as its text ("candidate": 5 as "5"); the schemas say string, so does the reader
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .defaultLocale(Locale.ROOT)
                .defaultTimeZone(TimeZone.getTimeZone("UTC"))
                // what the deprecated serializationInclusion(NON_ABSENT) set: values only, content inclusion left as is
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
                .build();
    }

    /**
     * A time value from an ISO-8601 string only, read by Jackson's own reader of that type: Jackson also takes a
     * JSON number (epoch seconds or milliseconds for an {@link Instant}, seconds for a {@link Duration}), which the
     * schemas refuse and which a reader could take for another unit.
     */
    static final class TextOnly<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final StdScalarDeserializer<? extends T> reader;

        TextOnly(Class<T> type, StdScalarDeserializer<? extends T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            return reader.deserialize(p, ctxt);
        }
    }
}
