/**
 * Caller identity, entitlements, purpose and rate limits: the one place in the request path where the
 * gateway decides who is asking, whether they may, and why. {@link vn.hanoi.gateway.access.SecurityConfiguration}
 * resolves the caller (API key or bearer token) and applies its rate limit; {@link vn.hanoi.gateway.access.AccessPolicy}
 * applies each endpoint's {@link vn.hanoi.gateway.access.Access} rule and hands personal-data requests to the
 * audit trail as a {@link vn.hanoi.gateway.access.PersonalDataAccess}.
 */
package vn.hanoi.gateway.access;
