package vn.hanoi.gateway.dossiers;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;

/** A registered dossier and its current status, for the features built on dossiers (transfers). */
@Component
public class RegisteredDossiers {

    private final DossierTable table;

    RegisteredDossiers(DossierTable table) {
        this.table = table;
    }

    /** A dossier as registered, and its status now. */
    public record Registered(CounterDossier dossier, DossierStatus status) {
    }

    /** The dossier, locked until the caller's transaction ends (its changes are taken one at a time). */
    public Optional<Registered> lock(String dossierCode) {
        return table.lock(dossierCode).map(stored -> new Registered(stored.dossier(), stored.status()));
    }

    public Optional<Registered> find(String dossierCode) {
        return table.find(dossierCode).map(stored -> new Registered(stored.dossier(), stored.status()));
    }
}
