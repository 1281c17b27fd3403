package vn.hanoi.gateway.routes.connector;

import java.util.Locale;

/**
 * How a register is reached ({@code gateway.connectors.<name>.transport}): {@code direct} at its own
 * {@code base-url} with its own credentials, or {@code platform} through the national data-sharing platform
 * ({@code docs/contracts/platform.md}). Configuration only: the register's client and mapping are the same.
 */
public enum TransportKind {
    DIRECT,
    PLATFORM;

    /** As configured, written in audit records and metrics: {@code direct} or {@code platform}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
