package vn.hanoi.gateway.routes.npsp;

import java.time.Instant;
import java.util.Optional;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.mappings.npsp.Routing;

/** Where the online intake keeps what it took and how far it got; the gateway stores it. */
public interface IntakeLedger {

    /** The portal time ({@code yyyyMMddHHmmss}) of the latest dossier taken, if any. */
    Optional<String> checkpoint();

    boolean knows(String dossierCode);

    /**
     * The portal time of the newest dossier the portal has shown (the last of a page of its answer): what the
     * intake's lag is measured against.
     */
    void sawOnPortal(String receivedAt);

    /**
     * Offers the dossier in the inbox its routing names and moves the checkpoint to {@code checkpoint}, in one
     * transaction; {@code false} when the dossier was already taken.
     */
    boolean take(OnlineDossier dossier, Routing routing, String checkpoint, Instant at);
}
