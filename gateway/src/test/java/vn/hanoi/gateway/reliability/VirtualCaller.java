package vn.hanoi.gateway.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import vn.hanoi.gateway.dossiers.DossierRequests;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.PrefillCalls;

/**
 * One counter of the one-stop shop, as fast as the gateway answers until the deadline: lookups of fixture and
 * unknown records, prefills, and its own dossiers (registered, updated, moved through the state machine, with
 * refused steps among them). Its choices come from a seeded random, so a run can be repeated.
 */
final class VirtualCaller {

    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final int CODES_PER_DAY = 9000;
    private static final String[][] PREFILLS = {{"9.000005", "CITIZEN", "001300973597"},
            {"9.000001", "CITIZEN", "031204407711"}, {"9.000004", "CITIZEN", "001305885451"},
            {"9.000007", "ENTERPRISE", "0110386356"},
            // no register holds this person: never cached, so every fault of the population register shows
            {"9.000004", "CITIZEN", "001080293893"}};

    private final int number;
    private final Identifiers ids;
    private final GatewayHttp http;
    private final DossierRequests dossiers;
    private final PrefillCalls prefills;
    private final Random random;
    private final List<Call> calls = new ArrayList<>();
    private final List<TrackedDossier> owned = new ArrayList<>();

    VirtualCaller(int number, int port, Identifiers ids) {
        this.number = number;
        this.ids = ids;
        this.http = new GatewayHttp(port);
        this.dossiers = new DossierRequests(http);
        this.prefills = new PrefillCalls(http);
        this.random = new Random(number * 7919L);
    }

    /** Calls until {@code untilNanos} ({@link System#nanoTime()}); every call and answer is kept. */
    VirtualCaller run(long untilNanos) {
        while (System.nanoTime() < untilNanos) {
            int dice = random.nextInt(100);
            if (dice < 30) {
                lookUp();
            } else if (dice < 42) {
                prefill();
            } else {
                workOnDossier();
            }
        }
        return this;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<TrackedDossier> dossiers() {
        return List.copyOf(owned);
    }

    private void lookUp() {
        boolean known = random.nextInt(4) > 0;
        switch (random.nextInt(5)) {
            case 0, 1 -> lookUp(known ? RequestKind.CITIZEN_KNOWN : RequestKind.CITIZEN_UNKNOWN,
                    "/api/v1/citizens/" + Identifiers.any(known ? ids.citizens() : ids.unknownCitizens(), random), known);
            case 2 -> lookUp(known ? RequestKind.ENTERPRISE_KNOWN : RequestKind.ENTERPRISE_UNKNOWN, "/api/v1/enterprises/"
                    + Identifiers.any(known ? ids.enterprises() : ids.unknownEnterprises(), random), known);
            case 3 -> lookUp(known ? RequestKind.INSURANCE_KNOWN : RequestKind.INSURANCE_UNKNOWN, "/api/v1/social-insurance/"
                    + Identifiers.any(known ? ids.insurances() : ids.unknownInsurances(), random), known);
            default -> lookUp(known ? RequestKind.PARCEL_KNOWN : RequestKind.PARCEL_UNKNOWN, "/api/v1/land-parcels/"
                    + Identifiers.parcelPath(Identifiers.any(known ? ids.parcels() : ids.unknownParcels(), random)), known);
        }
    }

    private void lookUp(RequestKind kind, String path, boolean known) {
        record(kind, known ? 200 : 404, () -> http.getAsOneStopShop(path));
    }

    private void prefill() {
        String[] request = PREFILLS[random.nextInt(PREFILLS.length)];
        ObjectNode body = PrefillCalls.body(request[0], code(0), request[1], request[2]);
        record(RequestKind.PREFILL, 200, () -> prefills.prefill(body, GatewayHttp.ONE_STOP_KEY));
    }

    private void workOnDossier() {
        TrackedDossier dossier = owned.isEmpty() ? null : owned.get(owned.size() - 1);
        if (dossier == null || dossier.isDone() && random.nextInt(3) > 0) {
            register(new TrackedDossier(code(owned.size() + 1)), RequestKind.DOSSIER_CREATE);
            return;
        }
        int dice = random.nextInt(100);
        if (dice < 55 && !dossier.isDone()) {
            ObjectNode step = dossier.nextStep(random.nextInt(25) == 0);
            if (record(RequestKind.PROGRESS_VALID, 202, () -> dossiers.progress(dossier.code(), step)) == 202) {
                dossier.stepAccepted(step);
            }
        } else if (dice < 70) {
            register(dossier, RequestKind.DOSSIER_UPDATE);
        } else if (dice < 85) {
            ObjectNode refused = dossier.refusedStep(random.nextBoolean());
            record(RequestKind.PROGRESS_INVALID, 409, () -> dossiers.progress(dossier.code(), refused));
        } else {
            record(RequestKind.DOSSIER_READ, 200, () -> http.getAsOneStopShop("/api/v1/dossiers/" + dossier.code()));
        }
    }

    private void register(TrackedDossier dossier, RequestKind kind) {
        boolean isNew = kind == RequestKind.DOSSIER_CREATE;
        if (isNew) {
            owned.add(dossier);
        }
        ObjectNode body = dossier.nextRegistration();
        int expected = dossier.isFinal() ? 409 : 202;
        if (record(kind, expected, () -> dossiers.register(body)) == 202) {
            dossier.registrationAccepted();
        }
    }

    /** {@code LOAD.C<n>-<day>-<sequence>}: this caller's own codes, a new day every 9000. */
    private String code(int sequence) {
        return String.format("LOAD.C%02d-%s-%04d", number, FIRST_DAY.plusDays(sequence / CODES_PER_DAY)
                .format(CODE_DATE), sequence % CODES_PER_DAY + 1);
    }

    private int record(RequestKind kind, int expected, Supplier<HttpResponse<String>> request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> answer = request.get();
            calls.add(answered(kind, expected, started, answer));
            return answer.statusCode();
        } catch (UncheckedIOException | IllegalStateException e) {
            calls.add(new Call(kind, expected, started, System.nanoTime(), Call.NO_ANSWER,
                    e.getClass().getSimpleName(), false, false, null, List.of()));
            return Call.NO_ANSWER;
        }
    }

    private static Call answered(RequestKind kind, int expected, long started, HttpResponse<String> answer) {
        long ended = System.nanoTime();
        boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        JsonNode body = readable(answer);
        String code = problem ? body.path("code").asText(null) : null;
        List<String> unavailable = kind == RequestKind.PREFILL && answer.statusCode() == 200
                ? StreamSupport.stream(body.path("items").spliterator(), false)
                        .filter(item -> "UNAVAILABLE".equals(item.path("status").asText()))
                        .map(item -> item.path("source").asText()).distinct().sorted().toList()
                : List.of();
        return new Call(kind, expected, started, ended, answer.statusCode(), code, problem,
                answer.headers().firstValue("Retry-After").isPresent(),
                answer.headers().firstValue("X-Cache").orElse(null), unavailable);
    }

    /** The body as JSON; a missing node when it is not JSON (an HTML error page is an answer to report, too). */
    private static JsonNode readable(HttpResponse<String> answer) {
        try {
            return answer.body().isBlank() ? MissingNode.getInstance() : GatewayHttp.json(answer);
        } catch (UncheckedIOException notJson) {
            return MissingNode.getInstance();
        }
    }
}
