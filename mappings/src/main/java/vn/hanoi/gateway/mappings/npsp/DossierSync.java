package vn.hanoi.gateway.mappings.npsp;

import java.time.OffsetDateTime;

/**
 * What one {@code DongBoHoSoMC} delivers: the dossier as it was when the change was accepted, its status
 * then, when its result was returned (if it was), and whether the portal already has it.
 */
public record DossierSync(CounterDossier dossier, DossierStatus status, OffsetDateTime returnedAt, boolean updating) {
}
