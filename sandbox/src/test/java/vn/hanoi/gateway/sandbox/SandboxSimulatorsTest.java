package vn.hanoi.gateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.sandbox.SimulatorServer.baseName;
import static vn.hanoi.gateway.sandbox.SimulatorServer.bytes;
import static vn.hanoi.gateway.sandbox.SimulatorServer.fixtures;
import static vn.hanoi.gateway.sandbox.SimulatorServer.json;
import static vn.hanoi.gateway.sandbox.SimulatorServer.read;
import static vn.hanoi.gateway.sandbox.SimulatorServer.send;
import static vn.hanoi.gateway.sandbox.SimulatorServer.text;
import static vn.hanoi.gateway.sandbox.SimulatorServer.unknown;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hanoi.gateway.routes.registers.Registers;

/** Every simulator speaks its contract: tokens and sessions, each fixture byte for byte, "not found" its own way. */
class SandboxSimulatorsTest {

    @Test
    void everyRegisterAndEveryOtherSystemTheGatewayCallsHasASimulator() {
        List<String> registers = Registers.scan().names();
        assertThat(registers).isNotEmpty();
        assertThat(Simulators.all()).extracting(Simulator::system)
                .containsAll(registers).contains("npsp", "command-centre", "document-axis", "platform")
                .doesNotHaveDuplicates().hasSize(registers.size() + 4);
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Running {

        SimulatorServer simulator;

        abstract Simulator simulator();

        @BeforeAll
        void start() {
            simulator = new SimulatorServer(simulator());
        }

        @AfterAll
        void stop() {
            simulator.close();
        }

        /** HTTP 200 and the fixture file, byte for byte. */
        static void assertServes(HttpResponse<byte[]> answer, Path fixture) {
            assertThat(answer.statusCode()).as(fixture.toString()).isEqualTo(200);
            assertThat(answer.body()).as(fixture.toString()).isEqualTo(bytes(fixture));
        }

        HttpResponse<byte[]> postForm(String path, String form) {
            return send(simulator.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(text(form)));
        }
    }

    /** The SOAP registers: the same token call, the same {@code MaKetQua} codes. */
    abstract static class SoapRegister extends Running {

        abstract String clientSecret();

        String token() {
            HttpResponse<byte[]> answer = postForm("/oauth2/token",
                    "grant_type=client_credentials&client_id=hanoi-gateway&client_secret=" + clientSecret());
            assertThat(answer.statusCode()).isEqualTo(200);
            return json(answer).path("access_token").asText();
        }

        @Test
        void givesATokenForTheRightClientOnly() {
            assertThat(token()).isNotBlank();
            assertThat(postForm("/oauth2/token", "grant_type=client_credentials&client_id=hanoi-gateway"
                    + "&client_secret=wrong").statusCode()).isEqualTo(401);
        }

        HttpResponse<byte[]> soap(String path, String action, String bearer, String envelope) {
            HttpRequest.Builder request = simulator.request(path).header("Content-Type", "text/xml; charset=utf-8")
                    .header("SOAPAction", "\"" + action + "\"").POST(text(envelope));
            return send(bearer == null ? request : request.header("Authorization", "Bearer " + bearer));
        }

        static String envelope(String namespace, String prefix, String operation, String... elements) {
            String p = prefix.isEmpty() ? "" : prefix + ":";
            String xmlns = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < elements.length; i += 2) {
                body.append('<').append(p).append(elements[i]).append('>').append(elements[i + 1])
                        .append("</").append(p).append(elements[i]).append('>');
            }
            return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><" + p + operation
                    + " " + xmlns + "=\"" + namespace + "\">" + body + "</" + p + operation + "></s:Body></s:Envelope>";
        }

        static String resultCode(HttpResponse<byte[]> answer) {
            Matcher code = Pattern.compile("MaKetQua>([^<]*)<").matcher(new String(answer.body(), StandardCharsets.UTF_8));
            return code.find() ? code.group(1) : null;
        }
    }

    @Nested
    class Population extends SoapRegister {

        private static final String NS = "urn:vn:gov:dancu:congdan:v1";

        @Override
        Simulator simulator() {
            return new PopulationSimulator();
        }

        @Override
        String clientSecret() {
            return PopulationSimulator.CLIENT_SECRET;
        }

        private HttpResponse<byte[]> lookUp(String bearer, String personalId) {
            return soap("/ws/CongDanService", "TraCuuThongTinCongDan", bearer,
                    envelope(NS, "cd", "TraCuuThongTinCongDan", "SoDinhDanh", personalId));
        }

        @Test
        void servesEveryCitizenByPersonalId() {
            String token = token();
            for (Path file : fixtures("population/native")) {
                assertServes(lookUp(token, baseName(file)), file);
            }
        }

        @Test
        void answersUnknownPeopleWithResultCode01() {
            String token = token();
            for (String personalId : unknown("personalIds")) {
                HttpResponse<byte[]> answer = lookUp(token, personalId);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(resultCode(answer)).isEqualTo("01");
            }
        }

        @Test
        void refusesCallsWithoutTheToken() {
            String personalId = baseName(fixtures("population/native").get(0));
            assertThat(lookUp(null, personalId).statusCode()).isEqualTo(401);
            assertThat(lookUp("wrong", personalId).statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class Business extends Running {

        @Override
        Simulator simulator() {
            return new BusinessSimulator();
        }

        private HttpResponse<byte[]> tokenCall(String clientSecret) {
            String basic = Base64.getEncoder().encodeToString(("hanoi-gateway:" + clientSecret).getBytes(StandardCharsets.UTF_8));
            return send(simulator.request("/oauth/token").header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(text("grant_type=client_credentials")));
        }

        private String token() {
            HttpResponse<byte[]> answer = tokenCall(BusinessSimulator.CLIENT_SECRET);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(json(answer).path("expires_in").asInt()).isEqualTo(1800);
            assertThat(json(answer).path("token_type").asText()).isEqualTo("Bearer");
            return json(answer).path("access_token").asText();
        }

        private HttpResponse<byte[]> lookUp(String bearer, String code) {
            HttpRequest.Builder request = simulator.request("/api/v1/doanh-nghiep/" + code).GET();
            return send(bearer == null ? request : request.header("Authorization", "Bearer " + bearer));
        }

        @Test
        void givesATokenForTheRightClientOnly() {
            assertThat(token()).isNotBlank();
            assertThat(tokenCall("wrong").statusCode()).isEqualTo(401);
            assertThat(postForm("/oauth/token", "grant_type=client_credentials&client_id=hanoi-gateway"
                    + "&client_secret=" + BusinessSimulator.CLIENT_SECRET).statusCode()).isEqualTo(401);
        }

        @Test
        void servesEveryEnterpriseByItsCodeBranchesInTheDashForm() {
            String token = token();
            List<Path> files = fixtures("business/native");
            assertThat(files).extracting(SimulatorServer::baseName).contains("0111691112-001");
            for (Path file : files) {
                assertServes(lookUp(token, baseName(file)), file);
            }
        }

        @Test
        void answersUnknownEnterprisesWith404NotFound() {
            String token = token();
            for (String code : concat(unknown("enterpriseCodes"), "0111691112-002")) {
                HttpResponse<byte[]> answer = lookUp(token, code);
                assertThat(answer.statusCode()).isEqualTo(404);
                assertThat(json(answer).path("error").asText()).isEqualTo("NOT_FOUND");
                assertThat(json(answer).path("message").asText()).isEqualTo("Không tìm thấy doanh nghiệp");
            }
        }

        @Test
        void refusesCallsWithoutTheToken() {
            assertThat(lookUp(null, "0111691112").statusCode()).isEqualTo(401);
            assertThat(lookUp("wrong", "0111691112").statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class Insurance extends Running {

        private static final String ACCESS = "{\"AccessKey\":\"HNI-GW-AK\",\"SecretKey\":\"sandbox-insurance-secret\","
                + "\"AppName\":\"hanoi-gateway\",\"PartnerCode\":\"HNI\"}";

        @Override
        Simulator simulator() {
            return new InsuranceSimulator();
        }

        private static String base64(String json) {
            return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }

        private HttpResponse<byte[]> tokenCall(String access) {
            HttpRequest.Builder request = simulator.request("/lgsp/token")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(text("grant_type=client_credentials"));
            return send(access == null ? request : request.header("lgspaccesstoken", access));
        }

        private String token() {
            HttpResponse<byte[]> answer = tokenCall(base64(ACCESS));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(json(answer).path("expires_in").asInt()).isEqualTo(1800);
            return json(answer).path("access_token").asText();
        }

        private HttpResponse<byte[]> lookUp(String access, String bearer, String body) {
            HttpRequest.Builder request = simulator.request("/api/bhxh/tra-cuu-qua-trinh")
                    .header("Content-Type", "application/json").POST(text(body));
            if (access != null) {
                request.header("lgspaccesstoken", access);
            }
            return send(bearer == null ? request : request.header("Authorization", "Bearer " + bearer));
        }

        private HttpResponse<byte[]> lookUp(String key, String value) {
            return lookUp(base64(ACCESS), token(), "{\"" + key + "\": \"" + value + "\"}");
        }

        @Test
        void givesATokenForTheRightAccessHeaderOnly() {
            assertThat(token()).isNotBlank();
            String reordered = "{ \"PartnerCode\": \"HNI\", \"AppName\": \"hanoi-gateway\", "
                    + "\"SecretKey\": \"sandbox-insurance-secret\", \"AccessKey\": \"HNI-GW-AK\" }";
            assertThat(tokenCall(base64(reordered)).statusCode()).isEqualTo(200);
            assertThat(tokenCall(base64(ACCESS.replace("sandbox-insurance-secret", "wrong"))).statusCode()).isEqualTo(401);
            assertThat(tokenCall("not base64 at all").statusCode()).isEqualTo(401);
            assertThat(tokenCall(null).statusCode()).isEqualTo(401);
        }

        @Test
        void servesEveryRecordByInsuranceCodeAndByPersonalId() {
            for (Path file : fixtures("insurance/native")) {
                String personalId = read(new String(bytes(file), StandardCharsets.UTF_8)).path("duLieu").path("soDinhDanh").asText();
                assertServes(lookUp("maSoBhxh", baseName(file)), file);
                assertServes(lookUp("soDinhDanh", personalId), file);
            }
        }

        @Test
        void answersUnknownPeopleInBandWithMaLoi1() {
            for (String code : unknown("insuranceCodes")) {
                assertThat(lookUp("maSoBhxh", code).statusCode()).isEqualTo(200);
                assertThat(json(lookUp("maSoBhxh", code)).path("maLoi").asText()).isEqualTo("1");
            }
            for (String personalId : unknown("personalIds")) {
                assertThat(json(lookUp("soDinhDanh", personalId)).path("maLoi").asText()).isEqualTo("1");
            }
        }

        @Test
        void answersARequestNamingNobodyWithMaLoi2() {
            assertThat(json(lookUp(base64(ACCESS), token(), "{}")).path("maLoi").asText()).isEqualTo("2");
        }

        @Test
        void refusesCallsWithoutBothTokens() {
            String body = "{\"maSoBhxh\": \"" + baseName(fixtures("insurance/native").get(0)) + "\"}";
            assertThat(lookUp(null, null, body).statusCode()).isEqualTo(401);
            assertThat(lookUp(null, token(), body).statusCode()).isEqualTo(401);
            assertThat(lookUp(base64(ACCESS), null, body).statusCode()).isEqualTo(401);
            assertThat(lookUp(base64(ACCESS), "wrong", body).statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class Land extends SoapRegister {

        private static final String NS = "urn:vn:gov:datdai:thuadat:v1";
        private static final Pattern SERIAL = Pattern.compile("SoPhatHanhGCN>([^<]+)<");

        @Override
        Simulator simulator() {
            return new LandSimulator();
        }

        @Override
        String clientSecret() {
            return LandSimulator.CLIENT_SECRET;
        }

        private HttpResponse<byte[]> byParcel(String bearer, String prefix, String commune, String sheet, String parcel) {
            return soap("/ws/ThuaDatService", "TraCuuThuaDat", bearer, envelope(NS, prefix, "TraCuuThuaDat",
                    "MaXa", commune, "SoHieuBanDo", sheet, "SoThuTuThua", parcel));
        }

        private HttpResponse<byte[]> byCertificate(String bearer, String serial) {
            return soap("/ws/ThuaDatService", "TraCuuTheoGiayChungNhan", bearer,
                    envelope(NS, "ns2", "TraCuuTheoGiayChungNhan", "SoPhatHanhGCN", serial));
        }

        @Test
        void servesEveryParcelByCommuneSheetAndNumberWhateverThePrefix() {
            String token = token();
            for (Path file : fixtures("land/native")) {
                String[] key = baseName(file).split("-");
                assertServes(byParcel(token, "tdd", key[0], key[1], key[2]), file);
                assertServes(byParcel(token, "", key[0], key[1], key[2]), file);
            }
        }

        @Test
        void servesEveryParcelByItsCertificateSerial() {
            String token = token();
            for (Path file : fixtures("land/native")) {
                Matcher serial = SERIAL.matcher(new String(bytes(file), StandardCharsets.UTF_8));
                assertThat(serial.find()).isTrue();
                assertServes(byCertificate(token, serial.group(1)), file);
            }
        }

        @Test
        void answersParcelsItDoesNotHoldWithResultCode01() {
            String token = token();
            String[] held = baseName(fixtures("land/native").get(0)).split("-");
            List<HttpResponse<byte[]>> answers = List.of(
                    byParcel(token, "tdd", held[0], held[1], held[2] + "9"),
                    byParcel(token, "tdd", held[0], "9" + held[1], held[2]),
                    byParcel(token, "tdd", "99999", held[1], held[2]),
                    byCertificate(token, "ZZ 000000"));
            for (HttpResponse<byte[]> answer : answers) {
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(resultCode(answer)).isEqualTo("01");
                assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("ThongTinThuaDat");
            }
        }

        @Test
        void refusesCallsWithoutTheToken() {
            String[] held = baseName(fixtures("land/native").get(0)).split("-");
            assertThat(byParcel(null, "tdd", held[0], held[1], held[2]).statusCode()).isEqualTo(401);
            assertThat(byParcel("wrong", "tdd", held[0], held[1], held[2]).statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class Npsp extends Running {

        @Override
        Simulator simulator() {
            return new NpspSimulator();
        }

        private HttpResponse<byte[]> post(String path, String body) {
            return send(simulator.request(path).header("Content-Type", "application/json").POST(text(body)));
        }

        private JsonNode login(String password) {
            return json(post("/api/auth", "{\"username\":\"hanoi-gateway\",\"password\":\"" + password + "\"}"));
        }

        private String session() {
            JsonNode answer = login(NpspSimulator.PASSWORD);
            assertThat(answer.path("error_code").asText()).isEqualTo("00");
            return answer.path("session").asText();
        }

        /** A call in a fresh session; {@code fields} is the rest of the JSON object, after a comma. */
        private HttpResponse<byte[]> call(String service, String fields) {
            return callIn(session(), service, fields);
        }

        private HttpResponse<byte[]> callIn(String session, String service, String fields) {
            HttpResponse<byte[]> answer = post("/api/integration", "{\"session\":\"" + session
                    + "\",\"madonvi\":\"000.00.00.H00\",\"service\":\"" + service + "\"" + fields + "}");
            assertThat(answer.statusCode()).isEqualTo(200);
            return answer;
        }

        private static String errorCode(HttpResponse<byte[]> answer) {
            return json(answer).path("error_code").asText();
        }

        @Test
        void opensASessionForTheRightCredentialsOnly() {
            assertThat(session()).isNotBlank();
            JsonNode refused = login("wrong");
            assertThat(refused.path("error_code").asText()).isNotEqualTo("00");
            assertThat(refused.has("session")).isFalse();
        }

        @Test
        void servesTheProcedureListAndEveryProcedure() {
            Path list = SimulatorServer.FIXTURES.resolve("npsp/native/LayDanhSachTTHC.json");
            assertServes(call("LayDanhSachTTHC", ""), list);
            for (Path file : fixtures("npsp/native/LayThuTuc")) {
                assertServes(call("LayThuTuc", ",\"maTTHC\":\"" + baseName(file) + "\""), file);
            }
        }

        @Test
        void answersAnUnknownProcedureWith02() {
            assertThat(errorCode(call("LayThuTuc", ",\"maTTHC\":\"9.999999\""))).isEqualTo("02");
        }

        @Test
        void servesOnlineDossiersSinceTheCheckpointOldestFirst() {
            Path file = SimulatorServer.FIXTURES.resolve("npsp/native/LayDanhSachHoSoTrucTuyen.json");
            assertServes(call("LayDanhSachHoSoTrucTuyen", ""), file);
            JsonNode all = read(new String(bytes(file), StandardCharsets.UTF_8)).path("result");
            String fifth = all.get(4).path("NgayTiepNhan").asText();

            JsonNode page = json(call("LayDanhSachHoSoTrucTuyen", ",\"tuThoiDiem\":\"" + fifth + "\",\"soLuong\":2"));
            assertThat(page.path("error_code").asText()).isEqualTo("00");
            assertThat(page.path("total").asInt()).isEqualTo(all.size() - 4);
            assertThat(page.path("result")).containsExactly(all.get(4), all.get(5));

            JsonNode none = json(call("LayDanhSachHoSoTrucTuyen", ",\"tuThoiDiem\":\"29991231235959\",\"soLuong\":\"50\""));
            assertThat(none.path("total").asInt()).isZero();
            assertThat(none.path("result")).isEmpty();
            assertThat(errorCode(call("LayDanhSachHoSoTrucTuyen", ",\"tuThoiDiem\":\"2026-11-10\""))).isEqualTo("01");
        }

        @Test
        void keepsDossiersAndTheirProgressDroppingRepeats() {
            String code = "000.00.00.H00-261201-9001";
            assertThat(errorCode(call("TraCuuHoSo", ",\"mahoso\":\"" + code + "\""))).isEqualTo("02");
            assertThat(errorCode(call("DongBoHoSoMC", ",\"isUpdating\":\"False\",\"data\":[{\"MaHoSo\":\"" + code
                    + "\",\"MaTTHC\":\"9.000001\",\"TrangThaiHoSo\":\"1\"}]"))).isEqualTo("00");
            String accepted = "{\"MaHoSo\":\"" + code + "\",\"TrangThai\":\"2\",\"ThoiDiemXuLy\":\"20261201090000\"}";
            String processing = "{\"MaHoSo\":\"" + code + "\",\"TrangThai\":\"4\",\"ThoiDiemXuLy\":\"20261201100000\"}";
            assertThat(errorCode(call("CapNhatTienDoHoSoMC", ",\"data\":[" + accepted + "]"))).isEqualTo("00");
            assertThat(errorCode(call("CapNhatTienDoHoSoMC", ",\"data\":[" + accepted + "," + processing + "]"))).isEqualTo("00");

            JsonNode view = json(call("TraCuuHoSo", ",\"mahoso\":\"" + code + "\""));
            assertThat(view.path("error_code").asText()).isEqualTo("00");
            assertThat(view.path("result").path("MaTTHC").asText()).isEqualTo("9.000001");
            assertThat(view.path("result").path("QuaTrinhXuLy")).extracting(p -> p.path("TrangThai").asText())
                    .containsExactly("2", "4");
        }

        @Test
        void knowsTheOnlineDossiersAndRefusesProgressOfOthers() {
            Path file = SimulatorServer.FIXTURES.resolve("npsp/native/LayDanhSachHoSoTrucTuyen.json");
            String online = read(new String(bytes(file), StandardCharsets.UTF_8)).path("result").get(0).path("MaHoSo").asText();
            assertThat(errorCode(call("TraCuuHoSo", ",\"mahoso\":\"" + online + "\""))).isEqualTo("00");
            assertThat(errorCode(call("CapNhatTienDoHoSoMC", ",\"data\":[{\"MaHoSo\":\"unknown\",\"TrangThai\":\"2\","
                    + "\"ThoiDiemXuLy\":\"20261201090000\"}]"))).isEqualTo("02");
            assertThat(errorCode(call("CapNhatTienDoHoSoMC", ",\"data\":[{\"MaHoSo\":\"" + online + "\"}]"))).isEqualTo("01");
            assertThat(errorCode(call("DongBoHoSoMC", ",\"data\":[]"))).isEqualTo("01");
        }

        @Test
        void answersAnUnknownServiceWith01() {
            assertThat(errorCode(call("XoaHoSo", ""))).isEqualTo("01");
        }

        @Test
        void answersAWrongOrMissingSessionWith03() {
            assertThat(errorCode(callIn("expired-session", "LayDanhSachTTHC", ""))).isEqualTo("03");
            assertThat(errorCode(post("/api/integration", "{\"service\":\"LayDanhSachTTHC\"}"))).isEqualTo("03");
        }
    }

    private static List<String> concat(List<String> known, String more) {
        return java.util.stream.Stream.concat(known.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
