package vn.hanoi.gateway.ops;

import java.time.Duration;

/**
 * How far behind the intake of online dossiers from the portal is: the time since the newest dossier the
 * gateway has taken in was submitted on the portal, or since its last successful poll, whichever the
 * intake can tell. Implemented by the intake feature as a bean; "not available" until then.
 */
public interface IntakeSignal {

    Duration lag();
}
