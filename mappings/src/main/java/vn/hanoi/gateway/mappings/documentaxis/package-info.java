/**
 * The national document axis ({@code docs/contracts/document-axis.md}) in canonical terms: a lenient edXML reader
 * ({@link vn.hanoi.gateway.mappings.documentaxis.EdxmlReader}) for the documents and statuses the gateway's axis
 * inbox receives, the axis's codes (status, purpose), and where an incoming transfer is routed
 * ({@link vn.hanoi.gateway.mappings.documentaxis.IncomingTransferRouter}). Pure functions: no Spring, no Camel.
 */
package vn.hanoi.gateway.mappings.documentaxis;
