package vn.hanoi.gateway.routes.commandcentre;

import org.apache.camel.ProducerTemplate;

/** Sends the reports that are due now, without waiting for the schedule (an on-demand report). */
public final class ReportSender {

    private final ProducerTemplate producer;

    ReportSender(ProducerTemplate producer) {
        this.producer = producer;
    }

    /** Starts the send and returns; the outcome is recorded on each report. */
    public void sendDueNow() {
        producer.asyncSendBody(CommandCentreRoutes.ENDPOINT, null);
    }
}
