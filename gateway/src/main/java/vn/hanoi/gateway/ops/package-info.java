/**
 * Operations: the ops page ({@code /ops}) and its data ({@code /api/v1/ops/*}), and the signals other
 * features report to ops ({@link vn.hanoi.gateway.ops.OutboxSignal}, {@link vn.hanoi.gateway.ops.IntakeSignal},
 * {@link vn.hanoi.gateway.ops.AuditSignal}, {@link vn.hanoi.gateway.ops.OnceOnlySignal}): a feature
 * implements its signal as a bean, and the page and the {@code gateway.*} metrics show it; until then
 * they say "not available". What each state, metric and alert means: {@code docs/operations.md}.
 */
package vn.hanoi.gateway.ops;
