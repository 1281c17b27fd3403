package vn.hanoi.gateway.routes.npsp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hanoi.gateway.mappings.npsp.DossierSync;
import vn.hanoi.gateway.mappings.npsp.PortalDossierMapper;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.mappings.npsp.ProgressSync;
import vn.hanoi.gateway.mappings.npsp.ResultUpload;

/**
 * Outbox entries to the portal: each canonical payload translated ({@link PortalDossierMapper}) and sent with
 * {@code DongBoHoSoMC} or {@code CapNhatTienDoHoSoMC}, several entries in one call ({@code data: [...]}) when
 * they go to the same service (and, for dossiers, with the same {@code isUpdating}), or with
 * {@code TaiLenTepKetQua}, one result file per call, whose {@code IdTep} is recorded ({@link ResultFiles}) before
 * the entry counts as delivered. The dispatcher hands over at most one entry per dossier at a time, so a call never
 * reorders a dossier's changes, and a dossier's result files are uploaded before the sync that lists them. Sending
 * an entry again is harmless: the portal upserts dossiers by {@code MaHoSo}, drops a repeated (MaHoSo, TrangThai,
 * ThoiDiemXuLy) progress, and answers a repeated (MaHoSo, MaHash) upload with the same {@code IdTep}.
 */
final class OutboxDelivery {

    private final NpspPortal portal;
    private final ProcedureCatalogue catalogue;
    private final ResultFiles resultFiles;
    private final PortalDossierMapper mapper = new PortalDossierMapper();

    OutboxDelivery(NpspPortal portal, ProcedureCatalogue catalogue, ResultFiles resultFiles) {
        this.portal = portal;
        this.catalogue = catalogue;
        this.resultFiles = resultFiles;
    }

    /** One portal call: the service, and the entries it carries with their translated items, in the same order. */
    record Call(Service service, List<OutboxEntry> entries, List<ObjectNode> items) {
    }

    /** A portal service an entry goes to; a call carries entries of one service only. */
    enum Service { CREATE_DOSSIERS, UPDATE_DOSSIERS, PROGRESS, UPLOAD_RESULT }

    /** The entries, translated and grouped into calls; a payload that cannot be read is in {@code unreadable}. */
    record Prepared(List<Call> calls, List<OutboxEntry> unreadable) {
    }

    Prepared prepare(List<OutboxEntry> entries) {
        Map<Service, Call> calls = new LinkedHashMap<>();
        List<Call> uploads = new ArrayList<>();
        List<OutboxEntry> unreadable = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            try {
                Translated translated = translate(entry);
                if (translated.service() == Service.UPLOAD_RESULT) {
                    uploads.add(new Call(Service.UPLOAD_RESULT, List.of(entry), List.of(translated.item())));
                    continue;
                }
                calls.computeIfAbsent(translated.service(), service -> new Call(service, new ArrayList<>(), new ArrayList<>()));
                calls.get(translated.service()).entries().add(entry);
                calls.get(translated.service()).items().add(translated.item());
            } catch (IllegalArgumentException badPayload) {
                unreadable.add(entry);
            }
        }
        List<Call> prepared = new ArrayList<>(calls.values());
        prepared.addAll(uploads);
        return new Prepared(List.copyOf(prepared), unreadable);
    }

    /** Sends the call; its correlation id is its first entry's (each entry's own is in the dispatcher's log). */
    void send(Call call) {
        String correlationId = call.entries().get(0).correlationId();
        switch (call.service()) {
            case CREATE_DOSSIERS -> portal.synchronise(call.items(), false, correlationId);
            case UPDATE_DOSSIERS -> portal.synchronise(call.items(), true, correlationId);
            case PROGRESS -> portal.progress(call.items(), correlationId);
            case UPLOAD_RESULT -> {
                ObjectNode upload = call.items().get(0);
                resultFiles.uploaded(call.entries().get(0).dossierCode(), upload.path("MaHash").asText(),
                        portal.uploadResult(upload, correlationId));
            }
        }
    }

    private record Translated(Service service, ObjectNode item) {
    }

    private Translated translate(OutboxEntry entry) {
        return switch (entry.kind()) {
            case DOSSIER -> {
                DossierSync sync = NpspJson.read(entry.payload(), DossierSync.class);
                Procedure procedure = catalogue.find(sync.dossier().procedureCode()).orElse(null);
                Map<String, String> portalFileIds = sync.results().isEmpty() ? Map.of()
                        : resultFiles.portalFileIds(sync.dossier().dossierCode());
                yield new Translated(sync.updating() ? Service.UPDATE_DOSSIERS : Service.CREATE_DOSSIERS,
                        mapper.toPortal(sync, procedure, portalFileIds));
            }
            case RESULT_FILE -> {
                ResultUpload upload = NpspJson.read(entry.payload(), ResultUpload.class);
                yield new Translated(Service.UPLOAD_RESULT,
                        mapper.toPortal(upload, resultFiles.content(upload.documentId(), upload.sha256())));
            }
            case PROGRESS -> new Translated(Service.PROGRESS,
                    mapper.toPortal(NpspJson.read(entry.payload(), ProgressSync.class)));
        };
    }
}
