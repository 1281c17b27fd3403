package vn.hanoi.gateway.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dataset a client can be entitled to, by its wire name as {@code API.md}, the clients' configuration and the
 * JWT's datasets claim spell it: the gateway's own ({@link #WAREHOUSE}, {@link #DOSSIERS}, {@link #AUDIT},
 * {@link #OPS}, {@link #INDICATORS}) and one per register, declared by its descriptor ({@code RegisterDescriptor.dataset()}).
 * The constants are strings so that {@link Access#dataset()} can name them.
 */
public record Dataset(String wireName) {

    public static final String WAREHOUSE = "warehouse";
    public static final String DOSSIERS = "dossiers";
    public static final String AUDIT = "audit";
    public static final String OPS = "ops";
    /** The plan's indicators, for the people who steer ({@code /indicators}): aggregates only. */
    public static final String INDICATORS = "indicators";

    private static final Pattern WIRE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public Dataset {
        Objects.requireNonNull(wireName, "wireName");
        if (!WIRE_NAME.matcher(wireName).matches()) {
            throw new IllegalArgumentException("not a dataset name (lower-case letters, digits and dashes)");
        }
    }

    /** The dataset of a wire name ({@code population}); binds {@code clients.<id>.datasets} from configuration. */
    public static Dataset of(String wireName) {
        return new Dataset(wireName);
    }

    /** Whether {@code name} is spelled like a dataset (a JWT claim may carry anything). */
    static boolean isWireName(String name) {
        return name != null && WIRE_NAME.matcher(name).matches();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
