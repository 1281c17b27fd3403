package vn.hanoi.gateway.ops;

import java.time.Duration;

/**
 * How far behind the intake of online dossiers from the portal is: how far the newest dossier the gateway has
 * taken in is behind the newest the portal has (zero when it has them all). Implemented by the intake feature
 * as a bean; "not available" until then.
 */
public interface IntakeSignal {

    Duration lag();
}
