/**
 * Hostile input, refused before it reaches an endpoint: request bodies over the configured size (413),
 * JSON that is not strictly what the endpoint reads (unknown or duplicate fields, wrong types: 400).
 * The cases and the threat each addresses are listed in {@code docs/security.md}.
 */
package vn.hanoi.gateway.input;
