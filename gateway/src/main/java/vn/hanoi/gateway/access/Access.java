package vn.hanoi.gateway.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of an endpoint. Every handler must have one (on the method or its class): an endpoint
 * without a rule is refused, so nothing is left open by accident.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Access {

    Scope value() default Scope.DATASET;

    /** The wire name of the dataset the caller must be entitled to (with {@link Scope#DATASET}): a {@link Dataset} constant, or a register descriptor's dataset. */
    String dataset() default Dataset.OPS;

    /** Whether the endpoint reads personal data: then the purpose headers are required. */
    boolean personalData() default false;

    enum Scope {
        /** Anyone, authenticated or not. */
        PUBLIC,
        /** An authenticated client entitled to {@link #dataset()}. */
        DATASET
    }
}
