package vn.hanoi.gateway.api;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.http.ResponseEntity;
import vn.hanoi.gateway.routes.connector.LookupResult;

/** A lookup's answer: the canonical record, with where it came from in {@code X-Source-System}, {@code X-Cache}, {@code X-Retrieved-At}. */
public final class LookupResponses {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private LookupResponses() {
    }

    public static ResponseEntity<Object> of(LookupResult result) {
        return ResponseEntity.ok()
                .header("X-Source-System", result.system())
                .header("X-Cache", result.cache().name())
                .header("X-Retrieved-At", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        result.retrievedAt().truncatedTo(ChronoUnit.SECONDS).atZone(VIETNAM)))
                .body(result.record());
    }
}
