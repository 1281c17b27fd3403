/**
 * The National Public Service Portal's contract ({@code docs/contracts/npsp.md}) for what the gateway sends it through
 * the outbox, as WireMock stubs in {@code wiremock/npsp/} (a request outside them is answered {@code 01}), and the
 * gateway held to them field by field.
 */
package vn.hanoi.gateway.contract.npsp;
