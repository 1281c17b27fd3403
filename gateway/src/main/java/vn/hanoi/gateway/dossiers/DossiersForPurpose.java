package vn.hanoi.gateway.dossiers;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.access.DossierParties;
import vn.hanoi.gateway.access.KnownDossiers;
import vn.hanoi.gateway.mappings.common.ParcelAt;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.routes.npsp.NpspJson;

/**
 * The dossiers a lookup may name as its purpose: those registered at a counter ({@code npsp_dossier}, with
 * their applicant, parties and parcel) and those taken in from the portal ({@code npsp_inbox}, with their
 * applicant and parcel), a counter registration winning when a code is in both.
 */
@Component
class DossiersForPurpose implements KnownDossiers {

    private final DossierTable counter;
    private final JdbcClient jdbc;

    DossiersForPurpose(DossierTable counter, JdbcClient jdbc) {
        this.counter = counter;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DossierParties> find(String dossierCode) {
        return counter.find(dossierCode).map(stored -> partiesOf(stored.dossier())).or(() -> online(dossierCode));
    }

    private static DossierParties partiesOf(CounterDossier dossier) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(dossier.applicant().id());
        dossier.parties().forEach(party -> ids.add(party.id()));
        return new DossierParties(dossier.dossierCode(), dossier.procedureCode(), dossier.receivingUnitCode(), ids,
                dossier.parcel());
    }

    private Optional<DossierParties> online(String dossierCode) {
        return jdbc.sql("SELECT content, unit_code FROM npsp_inbox WHERE dossier_code = :code").param("code", dossierCode)
                .query((row, n) -> {
                    OnlineDossier dossier = NpspJson.read(row.getString("content"), OnlineDossier.class);
                    OnlineDossier.Parcel parcel = dossier.parcel();
                    return new DossierParties(dossier.dossierCode(), dossier.procedureCode(), row.getString("unit_code"),
                            dossier.applicant() == null || dossier.applicant().id() == null ? Set.of()
                                    : Set.of(dossier.applicant().id()),
                            parcel == null ? null : new ParcelAt(parcel.legacyCommuneCode(), parcel.mapSheetNumber(),
                                    parcel.parcelNumber()));
                })
                .optional();
    }
}
