package vn.hanoi.gateway.routes.commandcentre;

import java.time.LocalDate;

/** A period to report to the command centre (Vietnam days, both inclusive). */
public record QueuedReport(LocalDate from, LocalDate to) {
}
