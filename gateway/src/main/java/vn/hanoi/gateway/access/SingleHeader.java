package vn.hanoi.gateway.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * A header that must be sent once. Sent more than once (which copy counts is a parser differential) or
 * holding what the security firewall refuses to read (control characters, non-ASCII bytes read as
 * Latin-1), it has no clear value.
 */
final class SingleHeader {

    private SingleHeader() {
    }

    /** The one value, or null when the header is absent or has no clear value. */
    static String of(HttpServletRequest request, String name) {
        List<String> values = values(request, name);
        return values != null && values.size() == 1 ? values.get(0) : null;
    }

    /** Sent, but without one clear value. */
    static boolean isAmbiguous(HttpServletRequest request, String name) {
        List<String> values = values(request, name);
        return values == null || values.size() > 1;
    }

    /** Every copy of the header; null when the firewall refuses to read one. */
    private static List<String> values(HttpServletRequest request, String name) {
        try {
            return request.getHeaders(name) == null ? List.of() : Collections.list(request.getHeaders(name));
        } catch (RequestRejectedException unreadable) {
            return null;
        }
    }
}
