/**
 * The national document axis ({@code docs/contracts/document-axis.md}): the gateway's token there
 * ({@link vn.hanoi.gateway.routes.documentaxis.AxisSession}, shared by sending and the inbox) and the sending of
 * the transfers' edXML documents through their outbox (route ids {@code document-axis-<operation>}).
 */
package vn.hanoi.gateway.routes.documentaxis;
