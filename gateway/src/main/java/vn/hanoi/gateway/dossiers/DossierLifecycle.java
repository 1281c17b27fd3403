package vn.hanoi.gateway.dossiers;

import static vn.hanoi.gateway.mappings.npsp.DossierStatus.ACCEPTED;
import static vn.hanoi.gateway.mappings.npsp.DossierStatus.FINANCIAL_OBLIGATION;
import static vn.hanoi.gateway.mappings.npsp.DossierStatus.PROCESSED;
import static vn.hanoi.gateway.mappings.npsp.DossierStatus.PROCESSING;
import static vn.hanoi.gateway.mappings.npsp.DossierStatus.RECEIVED;
import static vn.hanoi.gateway.mappings.npsp.DossierStatus.REJECTED;
import static vn.hanoi.gateway.mappings.npsp.DossierStatus.RESULT_RETURNED;
import static vn.hanoi.gateway.mappings.npsp.DossierStatus.STOPPED;
import static vn.hanoi.gateway.mappings.npsp.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.hanoi.gateway.mappings.npsp.DossierStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;

/**
 * The dossier status state machine ({@code docs/dossiers.md}). A dossier starts {@code RECEIVED}; a progress
 * update may only move it along an allowed transition, anything else is 409 {@code CONFLICT}. REJECTED,
 * WITHDRAWN, STOPPED and RESULT_RETURNED are final. PROCESSING may repeat (handed from one department to
 * another).
 */
final class DossierLifecycle {

    private static final Map<DossierStatus, Set<DossierStatus>> NEXT = new EnumMap<>(DossierStatus.class);

    static {
        NEXT.put(RECEIVED, EnumSet.of(ACCEPTED, REJECTED, SUPPLEMENT_REQUESTED, WITHDRAWN));
        NEXT.put(ACCEPTED, EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, PROCESSED, WITHDRAWN,
                STOPPED));
        NEXT.put(PROCESSING, EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, PROCESSED, WITHDRAWN,
                STOPPED));
        NEXT.put(SUPPLEMENT_REQUESTED, EnumSet.of(ACCEPTED, PROCESSING, REJECTED, WITHDRAWN, STOPPED));
        NEXT.put(FINANCIAL_OBLIGATION, EnumSet.of(PROCESSING, PROCESSED, WITHDRAWN, STOPPED));
        NEXT.put(PROCESSED, EnumSet.of(RESULT_RETURNED));
        NEXT.put(REJECTED, EnumSet.noneOf(DossierStatus.class));
        NEXT.put(WITHDRAWN, EnumSet.noneOf(DossierStatus.class));
        NEXT.put(STOPPED, EnumSet.noneOf(DossierStatus.class));
        NEXT.put(RESULT_RETURNED, EnumSet.noneOf(DossierStatus.class));
    }

    private DossierLifecycle() {
    }

    static boolean allows(DossierStatus from, DossierStatus to) {
        return NEXT.get(from).contains(to);
    }

    static boolean isFinal(DossierStatus status) {
        return NEXT.get(status).isEmpty();
    }

    static Set<DossierStatus> next(DossierStatus from) {
        return Set.copyOf(NEXT.get(from));
    }
}
