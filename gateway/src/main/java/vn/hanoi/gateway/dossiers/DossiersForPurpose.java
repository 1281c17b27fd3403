package vn.hanoi.gateway.dossiers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
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
import vn.hanoi.gateway.problem.StoreFailures;
import vn.hanoi.gateway.routes.npsp.NpspJson;

/**
 * The dossiers a lookup may name as its purpose: those registered at a counter ({@code npsp_dossier}, with
 * their applicant, parties and parcel) and those taken in from the portal ({@code npsp_inbox}, with their
 * applicant and parcel), a counter registration winning when a code is in both.
 */
@Component
class DossiersForPurpose implements KnownDossiers {

    /** Dossiers whose parties were read lately: what a purpose is checked against while the database is away. */
    private static final int REMEMBERED = 10_000;

    private final DossierTable counter;
    private final JdbcClient jdbc;
    private final Cache<String, DossierParties> lastRead = Caffeine.newBuilder().maximumSize(REMEMBERED)
            .expireAfterWrite(Duration.ofHours(1)).build();

    DossiersForPurpose(DossierTable counter, JdbcClient jdbc) {
        this.counter = counter;
        this.jdbc = jdbc;
    }

    /**
     * The dossier as stored; with the database out of reach, as it was last read here (within the hour), so that
     * cached lookups keep answering under a purpose already checked once (docs/reliability.md). A dossier never
     * read here is then a store failure (503), never a pass.
     */
    @Override
    public Optional<DossierParties> find(String dossierCode) {
        try {
            Optional<DossierParties> found = counter.find(dossierCode).map(stored -> partiesOf(stored.dossier()))
                    .or(() -> online(dossierCode));
            found.ifPresent(parties -> lastRead.put(dossierCode, parties));
            return found;
        } catch (RuntimeException failure) {
            DossierParties remembered = lastRead.getIfPresent(dossierCode);
            if (remembered == null || !StoreFailures.isUnavailable(failure)) {
                throw failure;
            }
            return Optional.of(remembered);
        }
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
