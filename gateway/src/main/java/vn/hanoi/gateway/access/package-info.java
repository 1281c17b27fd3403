/**
 * Caller identity, entitlements and purpose: the one place in the request path where the gateway
 * decides who is asking, whether they may, and why. The audit trail hangs off {@link vn.hanoi.gateway.access.AccessPolicy}.
 */
package vn.hanoi.gateway.access;
