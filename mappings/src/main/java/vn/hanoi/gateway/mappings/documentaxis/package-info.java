/**
 * The national document axis's edXML ({@code docs/contracts/document-axis.md}), as the gateway writes it: an outgoing
 * document ({@link vn.hanoi.gateway.mappings.documentaxis.EdxmlWriter}), its ids, the purposes and the statuses.
 */
package vn.hanoi.gateway.mappings.documentaxis;
