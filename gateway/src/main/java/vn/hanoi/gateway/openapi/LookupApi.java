package vn.hanoi.gateway.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a lookup endpoint in the OpenAPI document: its 200 answer is {@link #value()} (the canonical
 * record, with a bundled fixture as its example) carrying {@code X-Source-System}, {@code X-Cache} and
 * {@code X-Retrieved-At}, and it may answer the upstream problems (404, 502, 503, 504) and a 400 for a
 * malformed identifier. Access, purpose headers and their problems come from the endpoint's
 * {@code @Access} rule ({@link AccessDocs}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LookupApi {

    /** The canonical record the lookup answers. */
    Class<?> value();

    /** A bundled fixture that is a real answer, relative to {@code fixtures/}, e.g. {@code population/canonical/x.json}. */
    String example();
}
