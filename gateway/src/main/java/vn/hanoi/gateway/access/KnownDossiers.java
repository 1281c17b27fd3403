package vn.hanoi.gateway.access;

import java.util.Optional;

/**
 * The dossiers the gateway knows (registered at a counter or taken in from the portal), as the purpose
 * check needs them. The dossier store implements it.
 */
public interface KnownDossiers {

    Optional<DossierParties> find(String dossierCode);
}
