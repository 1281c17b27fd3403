package vn.hanoi.gateway.mappings.npsp;

import java.util.Optional;

/** How a dossier was submitted, with the portal's {@code KenhNop} code. */
public enum Channel implements PortalCoded {
    IN_PERSON("1"),
    ONLINE("2"),
    POSTAL("3");

    private final String portalCode;

    Channel(String portalCode) {
        this.portalCode = portalCode;
    }

    @Override
    public String portalCode() {
        return portalCode;
    }

    public static Optional<Channel> fromPortal(String code) {
        return PortalCoded.find(values(), code);
    }
}
