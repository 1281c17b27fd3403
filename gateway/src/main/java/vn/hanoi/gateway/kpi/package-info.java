/**
 * The once-only KPI ({@code docs/once-only.md}): what share of dossiers needed the citizen to resubmit nothing the
 * state already holds, against the plan's 80% target. Prefill records each dossier's components in the
 * {@link vn.hanoi.gateway.kpi.OnceOnlyLedger}; {@code GET /api/v1/kpi/once-only} reports it for a period, overall
 * and per procedure, and the {@code gateway.once_only.*} gauges expose it as metrics.
 */
package vn.hanoi.gateway.kpi;
