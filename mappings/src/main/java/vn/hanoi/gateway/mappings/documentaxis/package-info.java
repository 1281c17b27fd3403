/**
 * The national document axis's edXML ({@code docs/contracts/document-axis.md}): an outgoing document as the gateway
 * writes it ({@link vn.hanoi.gateway.mappings.documentaxis.EdxmlWriter}), its ids, the purposes and the statuses; and
 * what the gateway's axis inbox receives, read leniently ({@link vn.hanoi.gateway.mappings.documentaxis.EdxmlReader}),
 * with where an incoming transfer is routed ({@link vn.hanoi.gateway.mappings.documentaxis.IncomingTransferRouter}).
 * Pure functions: no Spring, no Camel.
 */
package vn.hanoi.gateway.mappings.documentaxis;
