package vn.hanoi.gateway.routes.land;

import java.time.Duration;
import java.util.function.Function;
import vn.hanoi.gateway.mappings.land.wsdl.ThongTinThuaDat;
import vn.hanoi.gateway.mappings.land.wsdl.ThuaDatPortType;
import vn.hanoi.gateway.mappings.land.wsdl.TraCuuTheoGiayChungNhan;
import vn.hanoi.gateway.mappings.land.wsdl.TraCuuThuaDat;
import vn.hanoi.gateway.mappings.land.wsdl.TraCuuThuaDatResponse;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.ResultCodes;
import vn.hanoi.gateway.routes.connector.SoapPort;
import vn.hanoi.gateway.routes.connector.Transport;

/**
 * One call of the land register's {@code ThuaDatService} through a CXF client generated from its WSDL:
 * {@code TraCuuThuaDat} for a parcel of a pre-2025 commune, or {@code TraCuuTheoGiayChungNhan} for a
 * certificate serial. Both answer {@code TraCuuThuaDatResponse}, read by its {@code MaKetQua}.
 */
final class LandSoapClient {

    private final SoapPort<ThuaDatPortType> port;
    private final Transport transport;

    LandSoapClient(ConnectorProperties properties, Transport transport) {
        this.transport = transport;
        this.port = new SoapPort<>(LandConnector.SYSTEM, ThuaDatPortType.class,
                transport.address("/ws/ThuaDatService"), properties);
    }

    /** The parcel with these numbers in this pre-2025 commune. */
    ThongTinThuaDat parcel(ParcelKey legacyParcel, LookupRequest request, Deadline deadline, Duration attemptTimeout) {
        TraCuuThuaDat question = new TraCuuThuaDat();
        question.setMaXa(legacyParcel.communeCode());
        question.setSoHieuBanDo(legacyParcel.mapSheetNumber());
        question.setSoThuTuThua(legacyParcel.parcelNumber());
        return call(request, deadline, attemptTimeout, service -> service.traCuuThuaDat(question));
    }

    /** The parcel of the certificate whose serial is the request's key; an {@code Upstream} on its own. */
    ThongTinThuaDat certificate(LookupRequest request, Deadline deadline, Duration attemptTimeout) {
        TraCuuTheoGiayChungNhan question = new TraCuuTheoGiayChungNhan();
        question.setSoPhatHanhGCN(request.key());
        return call(request, deadline, attemptTimeout, service -> service.traCuuTheoGiayChungNhan(question));
    }

    private ThongTinThuaDat call(LookupRequest request, Deadline deadline, Duration attemptTimeout,
                                 Function<ThuaDatPortType, TraCuuThuaDatResponse> operation) {
        return transport.authenticated(request, deadline, headers -> answer(port.call(headers, request.correlationId(),
                deadline.cap(attemptTimeout), operation)));
    }

    private static ThongTinThuaDat answer(TraCuuThuaDatResponse response) {
        TraCuuThuaDatResponse answer = response == null ? new TraCuuThuaDatResponse() : response;
        return ResultCodes.requireFound(LandConnector.SYSTEM, answer.getMaKetQua(), answer.getThongTinThuaDat());
    }
}
