/**
 * The Government's command and information centre ({@code docs/contracts/command-centre.md}): the daily indicator
 * report, and reports of any period on demand. Route ids {@code command-centre-schedule} (queues the previous day
 * after {@code report-time}) and {@code command-centre-report} (sends every report due, each resent until the
 * centre stored it).
 */
package vn.hanoi.gateway.routes.commandcentre;
