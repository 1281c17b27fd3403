package vn.hanoi.gateway.mappings.npsp;

/**
 * What one {@code DongBoHoSoMC} delivers: the dossier as it was when the change was accepted, its status
 * then, and whether the portal already has it.
 */
public record DossierSync(CounterDossier dossier, DossierStatus status, boolean updating) {
}
