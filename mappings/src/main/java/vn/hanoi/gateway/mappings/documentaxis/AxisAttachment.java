package vn.hanoi.gateway.mappings.documentaxis;

import vn.hanoi.gateway.mappings.npsp.DocumentType;

/**
 * A file attached to a document: its manifest entry ({@code Reference}) and its decoded bytes, whose SHA-256 the
 * reader has checked. {@code documentType} is {@code MaGiayTo} read as in {@code npsp.md}, null when absent or unknown.
 */
public record AxisAttachment(String contentId, String name, String mediaType, String description, String sha256,
                             DocumentType documentType, byte[] content) {

    @Override
    public String toString() {
        return "AxisAttachment[" + contentId + ", " + name + ", " + mediaType + ", " + sha256 + "]";
    }
}
