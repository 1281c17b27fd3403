/**
 * The social insurance register's contract ({@code national-systems/insurance.md}) as WireMock stubs under
 * {@code wiremock/insurance/}, one file per scenario, and the gateway held to it over real HTTP: each
 * scenario's exact answer to the caller, its in-band {@code maLoi} errors, and lookups by personal id.
 */
package vn.hanoi.gateway.contract.insurance;
