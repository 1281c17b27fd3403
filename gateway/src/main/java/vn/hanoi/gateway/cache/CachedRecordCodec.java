package vn.hanoi.gateway.cache;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.routes.connector.CachedRecord;

/**
 * A cached record as it is stored outside the JVM: canonical JSON with the record's class name and the
 * instant its upstream answered, {@code {"type":…,"retrievedAt":…,"record":{…}}}. Only the gateway's own
 * types are read back: a value naming any other class is unreadable, never instantiated.
 */
final class CachedRecordCodec {

    private static final String OWN_TYPES = "vn.hanoi.gateway.";

    private final ObjectMapper json = CanonicalJson.newMapper();

    private record Stored(String type, Instant retrievedAt, Object record) {
    }

    String encode(CachedRecord cached) {
        try {
            return json.writeValueAsString(new Stored(cached.record().getClass().getName(), cached.retrievedAt(), cached.record()));
        } catch (JsonProcessingException e) {
            throw new UnreadableValueException("cannot write " + cached.record().getClass().getSimpleName(), null);
        }
    }

    CachedRecord decode(String stored) {
        try (JsonParser parser = json.createParser(stored)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableValueException("not a JSON object", null);
            }
            Class<?> type = null;
            Instant retrievedAt = null;
            Object record = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "type" -> type = ownType(parser.getText());
                    case "retrievedAt" -> retrievedAt = json.readValue(parser, Instant.class);
                    case "record" -> record = json.readValue(parser, requireType(type));
                    default -> parser.skipChildren();
                }
            }
            if (record == null || retrievedAt == null) {
                throw new UnreadableValueException("record or retrievedAt missing", null);
            }
            return new CachedRecord(record, retrievedAt);
        } catch (IOException e) {
            throw new UnreadableValueException(e.getClass().getSimpleName(), null);
        }
    }

    private static Class<?> requireType(Class<?> type) {
        if (type == null) {
            throw new UnreadableValueException("the type must come before the record", null);
        }
        return type;
    }

    private static Class<?> ownType(String name) {
        if (!name.startsWith(OWN_TYPES)) {
            throw new UnreadableValueException("not a gateway type", null);
        }
        try {
            return Class.forName(name, false, CachedRecordCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UnreadableValueException("unknown type", null);
        }
    }

    /** A stored value this version cannot read (another version's, or damaged): a miss, never an error. */
    static final class UnreadableValueException extends RuntimeException {
        UnreadableValueException(String detail, Throwable cause) {
            super(detail, cause, false, false);
        }
    }
}
