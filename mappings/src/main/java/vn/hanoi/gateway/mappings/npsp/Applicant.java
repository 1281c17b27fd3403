package vn.hanoi.gateway.mappings.npsp;

/** Who a dossier is for. {@link #toString()} hides the id and name: they are personal data. */
public record Applicant(ApplicantType type, String id, String name) {

    @Override
    public String toString() {
        return "Applicant[type=" + type + ", id=***, name=***]";
    }
}
