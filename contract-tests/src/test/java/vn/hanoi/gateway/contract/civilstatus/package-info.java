/** The civil-status register's contract ({@code civil-status.md}) as WireMock stubs, and the gateway held to it. */
package vn.hanoi.gateway.contract.civilstatus;
