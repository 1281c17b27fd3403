package vn.hanoi.gateway.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit trail as a file for auditors, and its check without the database:
 * {@code {"format":"hanoi-audit-trail-v1","exportedAt":…,"checkpoints":[…],"records":[…]}}, checkpoints first
 * so that the records can be checked as they are read (a trail of millions of records is never held in memory).
 * A record is {@code {seq, entry:{recordedAt, clientId, …}, previousHash, hash}}, exactly what {@link ChainHash}
 * hashes; a checkpoint is {@link AuditCheckpoint} as {@code GET /api/v1/audit/checkpoints} lists it.
 */
final class TrailExport {

    static final String FORMAT = "hanoi-audit-trail-v1";
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final TypeReference<List<AuditCheckpoint>> CHECKPOINTS = new TypeReference<>() {
    };

    private TrailExport() {
    }

    /** Writes the checkpoints, then every record {@code records} hands over, in chain order. */
    static void write(OutputStream out, Instant exportedAt, List<AuditCheckpoint> checkpoints,
                      Consumer<Consumer<AuditRecord>> records) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("exportedAt", exportedAt.toString());
            json.writeFieldName("checkpoints");
            JSON.writeValue(json, checkpoints);
            json.writeArrayFieldStart("records");
            records.accept(record -> writeRecord(json, record));
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Checks an exported trail against its own checkpoints and any kept from earlier ({@code retained}). */
    static ChainWalk.Verdict verify(InputStream in, PublicKey key, Collection<AuditCheckpoint> retained) throws IOException {
        List<AuditCheckpoint> checkpoints = new ArrayList<>(retained);
        ChainWalk walk = null;
        try (JsonParser json = JSON.createParser(in)) {
            expect(json.nextToken() == JsonToken.START_OBJECT, "an export is a JSON object");
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "format" -> expect(FORMAT.equals(json.getValueAsString()), "not a " + FORMAT + " export");
                    case "checkpoints" -> checkpoints.addAll(json.readValueAs(CHECKPOINTS));
                    case "records" -> {
                        expect(json.currentToken() == JsonToken.START_ARRAY, "records is an array");
                        walk = new ChainWalk(checkpoints, key);
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            walk.visit(json.readValueAs(AuditRecord.class));
                        }
                    }
                    default -> json.skipChildren();
                }
            }
        }
        expect(walk != null, "the export has no records array");
        return walk.verdict(null);
    }

    /** Checkpoints kept by an auditor: a JSON array as {@code GET /api/v1/audit/checkpoints} answers it. */
    static List<AuditCheckpoint> readCheckpoints(InputStream in) throws IOException {
        return JSON.readValue(in, CHECKPOINTS);
    }

    private static void writeRecord(JsonGenerator json, AuditRecord record) {
        try {
            JSON.writeValue(json, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(boolean condition, String otherwise) throws IOException {
        if (!condition) {
            throw new IOException(otherwise);
        }
    }
}
