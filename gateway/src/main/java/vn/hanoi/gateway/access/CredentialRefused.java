package vn.hanoi.gateway.access;

import org.springframework.security.core.AuthenticationException;

/** A credential the gateway refuses, with a detail that is safe to tell the caller. */
final class CredentialRefused extends AuthenticationException {

    CredentialRefused(String detail) {
        super(detail);
    }
}
