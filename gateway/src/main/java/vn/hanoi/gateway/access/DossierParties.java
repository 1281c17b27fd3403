package vn.hanoi.gateway.access;

import java.util.Optional;
import java.util.Set;
import vn.hanoi.gateway.mappings.common.ParcelAt;

/**
 * What the purpose check knows of a dossier: whom it concerns (the applicant's and every party's id), the
 * parcel it is about (or null), and, for a citizen's access history, its procedure and receiving unit.
 */
public record DossierParties(String dossierCode, String procedureCode, String unitCode, Set<String> partyIds,
                             ParcelAt parcel) {

    public DossierParties {
        partyIds = Set.copyOf(partyIds);
    }

    boolean names(String id) {
        return partyIds.contains(id);
    }

    boolean isAbout(ParcelAt other) {
        return Optional.ofNullable(parcel).filter(own -> own.isSameParcelAs(other)).isPresent();
    }

    @Override
    public String toString() {
        return "DossierParties[" + dossierCode + ", parties=" + partyIds.size() + "]";
    }
}
