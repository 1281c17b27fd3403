package vn.hanoi.gateway.mappings.documentaxis;

/**
 * An envelope the reader cannot take as a document or a status: {@code reason} as the axis names it
 * ({@code NOT_XML}, {@code NOT_EDXML}, {@code MISSING_ELEMENT}, {@code BAD_BASE64}, {@code HASH_MISMATCH},
 * {@code ATTACHMENT_MISMATCH}) and the element concerned. The message never holds the envelope's content.
 */
public final class MalformedEdxml extends RuntimeException {

    private final String reason;
    private final String element;

    MalformedEdxml(String reason, String element) {
        super(element == null ? reason : reason + " " + element);
        this.reason = reason;
        this.element = element;
    }

    public String reason() {
        return reason;
    }

    public String element() {
        return element;
    }
}
