/**
 * The business registration register's contract ({@code national-systems/business.md}) as WireMock stubs
 * under {@code wiremock/business/}, one file per scenario, and the gateway held to it over real HTTP: each
 * scenario's exact answer to the caller, its 429 with {@code Retry-After}, and a branch in both spellings.
 */
package vn.hanoi.gateway.contract.business;
