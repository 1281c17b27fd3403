package vn.hanoi.gateway.dossiers;

import java.util.List;
import java.util.stream.Stream;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;

/** The persons a dossier shows, for its audit records: its applicant and parties who are citizens (personal ids). */
public final class DossierSubjects {

    private DossierSubjects() {
    }

    static List<String> of(CounterDossier dossier) {
        return Stream.concat(Stream.of(citizen(dossier.applicant())),
                        dossier.parties().stream().filter(party -> party.type() == ApplicantType.CITIZEN)
                                .map(CounterDossier.Party::id))
                .filter(id -> id != null).distinct().toList();
    }

    /** The applicant's personal id, or null when the applicant is an enterprise. */
    public static String citizen(Applicant applicant) {
        return applicant != null && applicant.type() == ApplicantType.CITIZEN ? applicant.id() : null;
    }
}
