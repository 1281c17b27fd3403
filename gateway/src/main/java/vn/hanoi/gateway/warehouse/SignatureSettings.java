package vn.hanoi.gateway.warehouse;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code gateway.signatures.*}: the trust anchors a signer certificate must chain to, PEM files of CA certificates
 * ({@code file:} or {@code classpath:}; production: the national root CA of the public digital signature service,
 * env {@code GATEWAY_SIGNATURES_TRUSTANCHORS}). None configured: no signature is {@code VALID}.
 */
@ConfigurationProperties("gateway.signatures")
record SignatureSettings(List<Resource> trustAnchors) {

    SignatureSettings {
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    }
}
