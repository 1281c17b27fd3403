package vn.hanoi.gateway.routes.connector;

/**
 * A connector's pure native-to-canonical mapping (it delegates to a mapper in {@code mappings}).
 *
 * @param <N> the native record type
 */
@FunctionalInterface
public interface NativeMapper<N> {

    Object toCanonical(N nativeRecord);
}
