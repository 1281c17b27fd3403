package vn.hanoi.gateway.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Optional;
import vn.hanoi.gateway.mappings.common.ParcelAt;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/**
 * The stated purpose of one personal-data request, held to its dossier: every subject the endpoint names must
 * be a party to it (see {@link #admit}). A subject that is not is refused (403 {@code PURPOSE_MISMATCH}), or, in
 * {@code report} mode or under an override, let through with the request's {@link #verdict()} saying so, for the
 * audit record.
 */
public final class PurposeBinding {

    /** How a request's subjects stood against its dossier, as its audit records say. */
    public enum Verdict {
        /** Every subject is a party to the stated dossier. */
        PARTY,
        /** Some subject is not (or the dossier is unknown), and the check only reports: the data was answered. */
        MISMATCH,
        /** Some subject is not, and the caller overrode the check with a reason. */
        OVERRIDE
    }

    static final String ATTRIBUTE = PurposeBinding.class.getName();

    private final String dossierCode;
    private final DossierParties dossier;
    private final PurposeProperties.Mode mode;
    private final String overrideReason;
    private Verdict verdict = Verdict.PARTY;

    PurposeBinding(String dossierCode, DossierParties dossier, PurposeProperties.Mode mode, String overrideReason) {
        this.dossierCode = dossierCode;
        this.dossier = dossier;
        this.mode = mode;
        this.overrideReason = overrideReason;
    }

    public static Optional<PurposeBinding> of(HttpServletRequest request) {
        return Optional.ofNullable((PurposeBinding) request.getAttribute(ATTRIBUTE));
    }

    /**
     * One answer about these persons (personal ids) and, for a land record, this parcel. It is for the stated
     * dossier when one of the persons is a party to it (a parcel's co-holders need not all be: the applicant
     * selling a shared parcel is enough) or it is the dossier's parcel. An answer about no person and no parcel
     * holds no personal data and passes.
     */
    public void admit(Collection<String> personalIds, Optional<ParcelAt> parcel) {
        if (personalIds.isEmpty() && parcel.isEmpty()) {
            return;
        }
        if (dossier != null && (personalIds.stream().anyMatch(dossier::names) || parcel.filter(dossier::isAbout).isPresent())) {
            return;
        }
        mismatch("A subject of this request is no party to dossier " + dossierCode + ".");
    }

    /** The request acts for this dossier (a prefill's body names one): it must be the stated one. */
    public void admitDossier(String code) {
        if (!dossierCode.equals(code)) {
            mismatch("The request is for dossier " + code + " but states " + dossierCode + ".");
        }
    }

    void requireKnownDossier() {
        if (dossier == null) {
            mismatch("The gateway knows no dossier " + dossierCode
                    + ": register it (POST /api/v1/dossiers) before looking anyone up for it.");
        }
    }

    public Verdict verdict() {
        return verdict;
    }

    /** Why the caller overrode the check; null without an override or when nothing needed overriding. */
    public String overrideReason() {
        return verdict == Verdict.OVERRIDE ? overrideReason : null;
    }

    /** The dossier the stated code names, when the gateway knows it. */
    public Optional<DossierParties> dossier() {
        return Optional.ofNullable(dossier);
    }

    private void mismatch(String detail) {
        if (overrideReason != null) {
            verdict = Verdict.OVERRIDE;
            return;
        }
        verdict = Verdict.MISMATCH;
        if (mode == PurposeProperties.Mode.ENFORCE) {
            throw new ApiException(ErrorCode.PURPOSE_MISMATCH, detail);
        }
    }
}
