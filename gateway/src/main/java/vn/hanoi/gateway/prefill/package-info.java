/**
 * Prefill ({@code POST /api/v1/prefill}, {@code docs/once-only.md}): for a procedure's components, the evidence
 * the state already holds. The procedure comes from the portal's catalogue ({@code ProcedureCatalogue.find}, the
 * one use of it); each evidence source (the registers through the cached, resilient connector routes, and the
 * warehouse) is asked once, all in parallel on a bounded pool, within one overall deadline; a source that fails
 * makes only its components {@code UNAVAILABLE}. {@link vn.hanoi.gateway.prefill.EvidenceRules} decides each
 * component's status and {@link vn.hanoi.gateway.prefill.EvidenceFields} what of the record it may see.
 */
package vn.hanoi.gateway.prefill;
