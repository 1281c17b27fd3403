package vn.hanoi.gateway.routes.land;

import java.time.Duration;
import vn.hanoi.gateway.mappings.land.LegacyCommuneCodes;
import vn.hanoi.gateway.mappings.land.wsdl.ThongTinThuaDat;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.Upstream;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The parcel lookup as one attempt of the kit's resilient call: the commune code the caller sent (current
 * or pre-2025) becomes the pre-2025 codes the register speaks ({@link LegacyCommuneCodes#toTryFor}),
 * asked in that order, all within the request's one deadline. The first found wins; "not found" moves on
 * to the next code; any other failure ends the lookup with that failure. No code found it, or the commune
 * is unknown (then nothing is asked): not found.
 */
final class LegacyCommuneTries implements Upstream<ThongTinThuaDat> {

    /** One question to the register about a parcel of a pre-2025 commune. */
    @FunctionalInterface
    interface Register {
        ThongTinThuaDat parcel(ParcelKey legacyParcel, LookupRequest request, Deadline deadline, Duration attemptTimeout);
    }

    private final LegacyCommuneCodes legacyCodes;
    private final Register register;

    LegacyCommuneTries(LegacyCommuneCodes legacyCodes, Register register) {
        this.legacyCodes = legacyCodes;
        this.register = register;
    }

    @Override
    public ThongTinThuaDat fetch(LookupRequest request, Deadline deadline, Duration attemptTimeout) {
        ParcelKey asked = ParcelKey.ofLookupKey(request.key());
        for (String legacyCode : legacyCodes.toTryFor(asked.communeCode())) {
            if (deadline.isExpired()) {
                throw new UpstreamException(LandConnector.SYSTEM, FailureKind.TIMEOUT,
                        "deadline reached before every pre-2025 commune was asked");
            }
            try {
                return register.parcel(asked.inCommune(legacyCode), request, deadline, attemptTimeout);
            } catch (UpstreamException failure) {
                if (failure.kind() != FailureKind.NOT_FOUND) {
                    throw failure;
                }
            }
        }
        throw new UpstreamException(LandConnector.SYSTEM, FailureKind.NOT_FOUND, "no pre-2025 commune holds it");
    }
}
