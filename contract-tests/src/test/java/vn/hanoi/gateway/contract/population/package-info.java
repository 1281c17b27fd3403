/**
 * The population register's contract ({@code national-systems/population.md}) as WireMock stubs under
 * {@code wiremock/population/}, one file per scenario, and the gateway held to it over real HTTP: each
 * scenario's exact answer to the caller, what travels upstream, and what never does.
 */
package vn.hanoi.gateway.contract.population;
