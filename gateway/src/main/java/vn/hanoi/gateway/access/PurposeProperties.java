package vn.hanoi.gateway.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The purpose check ({@code gateway.purpose}): {@code enforce} (the default, in every profile) refuses a
 * personal-data read whose subject is no party to the stated dossier; {@code report} answers it and flags
 * the audit record, so that a city can see what the check would refuse before turning it on.
 */
@ConfigurationProperties("gateway.purpose")
record PurposeProperties(@DefaultValue("enforce") Mode mode) {

    enum Mode { ENFORCE, REPORT }
}
