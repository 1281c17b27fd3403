package vn.hanoi.gateway.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.BodyErrors;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldCodes;

/**
 * The one reader of JSON request bodies. Every body is bound to a record of text fields ({@code DossierBody},
 * {@code PrefillBody}, {@code VerificationRequest}) strictly: a field the record does not have, a field given
 * twice, trailing content, a number or object where text is expected (never coerced), a date that is not ISO
 * text or nesting deeper than any request needs is a 400 {@code VALIDATION_FAILED} whose error names the field and
 * a code of {@link FieldCodes} ({@link BodyErrors}), never the value; a body declaring a charset other than UTF-8
 * is 415. The record then checks each field's rules with {@code validation.FieldChecks}, which collects every
 * broken rule into the same problem. Request bodies arrive through the HTTP converter this installs; a JSON part
 * of a multipart body (the warehouse's metadata) through {@link #read}. The application's own {@code ObjectMapper}
 * (upstream answers, mappers) stays lenient.
 */
@Component
public class StrictJson implements WebMvcConfigurer {

    static final int MAX_NESTING_DEPTH = 32;

    private final ObjectMapper strict;

    public StrictJson(ObjectMapper json) {
        this.strict = strict(json);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter) {
                converters.set(i, new Utf8Json(strict));
            }
        }
    }

    /**
     * A JSON document that is not the request body, read as strictly as one.
     *
     * @param part the document's name in an error about it as a whole ({@code metadata})
     */
    public <T> T read(String json, String part, Class<T> type) {
        try {
            return strict.readValue(json, type);
        } catch (JsonProcessingException unreadable) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The request is not valid: " + part
                    + " could not be read; see errors.", BodyErrors.of(unreadable, part), null);
        }
    }

    private static ObjectMapper strict(ObjectMapper lenient) {
        ObjectMapper strict = lenient.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            strict.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        strict.registerModule(new SimpleModule("iso-dates-only").addDeserializer(LocalDate.class, new IsoDate()));
        strict.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        return strict;
    }

    /**
     * A date is ISO text ({@code 1951-01-01}) and nothing else: Jackson's own reading also takes a number (days
     * since 1970: {@code 0} became 1970-01-01) and an array ({@code [1951,1,1]}).
     */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADate) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
            }
        }
    }

    /**
     * JSON is UTF-8 (RFC 8259): a body declaring another charset is 415, never decoded as that charset
     * (Vietnamese text read as Latin-1 would be stored garbled) nor silently read as UTF-8 against its label.
     */
    static final class Utf8Json extends MappingJackson2HttpMessageConverter {

        Utf8Json(ObjectMapper mapper) {
            super(mapper);
        }

        @Override
        public boolean canRead(Class<?> type, MediaType mediaType) {
            return utf8OrUndeclared(mediaType) && super.canRead(type, mediaType);
        }

        @Override
        public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
            return utf8OrUndeclared(mediaType) && super.canRead(type, contextClass, mediaType);
        }

        private static boolean utf8OrUndeclared(MediaType mediaType) {
            return mediaType == null || mediaType.getCharset() == null
                    || StandardCharsets.UTF_8.equals(mediaType.getCharset());
        }
    }
}
