package vn.hanoi.gateway.mappings.npsp;

import java.util.Arrays;
import java.util.Optional;

/** A canonical code list whose values each have the portal's code. */
interface PortalCoded {

    String portalCode();

    /** The value the portal's {@code code} stands for (surrounding blanks ignored). */
    static <E extends PortalCoded> Optional<E> find(E[] values, String code) {
        String plain = code == null ? "" : code.strip();
        return Arrays.stream(values).filter(value -> value.portalCode().equals(plain)).findFirst();
    }
}
