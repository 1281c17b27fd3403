package vn.hanoi.gateway.mappings.npsp;

import java.util.Arrays;
import java.util.Optional;

/** How a dossier was submitted, with the portal's {@code KenhNop} code. */
public enum Channel {
    IN_PERSON("1"),
    ONLINE("2"),
    POSTAL("3");

    private final String portalCode;

    Channel(String portalCode) {
        this.portalCode = portalCode;
    }

    public String portalCode() {
        return portalCode;
    }

    public static Optional<Channel> fromPortal(String code) {
        String plain = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(channel -> channel.portalCode.equals(plain)).findFirst();
    }
}
