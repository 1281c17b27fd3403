/** The national document axis as the gateway calls it, held to the contract by WireMock stubs ({@code wiremock/document-axis/}). */
package vn.hanoi.gateway.contract.documentaxis;
