package vn.hanoi.gateway.mappings.documentaxis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The gateway's edXML {@code Code} and {@code DocumentId} of a transfer ({@code API.md}, "Transfers"): code number the
 * transfer's id, code notation {@value #CODE_NOTATION}, and the id {@code {organ-id},{yyyy/MM/dd},{transferId}/HNI-LTMC},
 * globally unique because the transfer id is: the axis's idempotency key for it.
 */
public final class DocumentIds {

    public static final String CODE_NOTATION = "HNI-LTMC";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private DocumentIds() {
    }

    public static String of(String organId, LocalDate promulgated, String transferId) {
        return organId + "," + DAY.format(promulgated) + "," + transferId + "/" + CODE_NOTATION;
    }
}
