/**
 * The land register's contract ({@code national-systems/land.md}, {@code docs/land.md}) as WireMock stubs
 * under {@code wiremock/land/}, one file per scenario, and the gateway held to it over real HTTP: each
 * scenario's exact answer to the caller, a current commune asked as the pre-2025 communes it was made of
 * (in order, from the register's journal), an unknown commune never asked, and lookups by certificate.
 */
package vn.hanoi.gateway.contract.land;
