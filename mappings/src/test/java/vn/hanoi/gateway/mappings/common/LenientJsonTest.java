package vn.hanoi.gateway.mappings.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LenientJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsScalarsAsTextAndEverythingElseAsNull() throws Exception {
        JsonNode node = json.readTree("{\"a\": \" x \", \"b\": \"\", \"c\": null, \"d\": 12, \"e\": {}, \"f\": true}");

        assertThat(LenientJson.text(node, "a")).isEqualTo("x");
        assertThat(LenientJson.text(node, "b")).isNull();
        assertThat(LenientJson.text(node, "c")).isNull();
        assertThat(LenientJson.text(node, "d")).isEqualTo("12");
        assertThat(LenientJson.text(node, "e")).isNull();
        assertThat(LenientJson.text(node, "f")).isEqualTo("true");
        assertThat(LenientJson.text(node, "absent")).isNull();
        assertThat(LenientJson.text(null, "a")).isNull();
    }

    @Test
    void padsCodesThatLostTheirLeadingZerosAsNumbers() throws Exception {
        JsonNode node = json.readTree("{\"province\": 1, \"commune\": \"00175\", \"short\": \"1\"}");

        assertThat(LenientJson.code(node, "province", 2)).isEqualTo("01");
        assertThat(LenientJson.code(node, "commune", 5)).isEqualTo("00175");
        assertThat(LenientJson.code(node, "short", 2)).isEqualTo("1");
    }

    @Test
    void readsNumbersSentAsNumbersOrVietnameseText() throws Exception {
        JsonNode node = json.readTree("{\"a\": 1.8E7, \"b\": \"9.000.000\", \"c\": 12.5, \"d\": \"12,5\", \"e\": \"x\"}");

        assertThat(LenientJson.decimal(node, "a")).hasToString("18000000");
        assertThat(LenientJson.decimal(node, "b")).isEqualByComparingTo(new BigDecimal("9000000"));
        assertThat(LenientJson.integer(node, "b")).isEqualTo(9_000_000);
        assertThat(LenientJson.integer(node, "c")).isNull();
        assertThat(LenientJson.decimal(node, "d")).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(LenientJson.decimal(node, "e")).isNull();
    }

    @Test
    void readsFlags() throws Exception {
        JsonNode node = json.readTree("{\"a\": \"1\", \"b\": 1, \"c\": true, \"d\": \"0\", \"e\": \"\"}");

        assertThat(LenientJson.flag(node, "a")).isTrue();
        assertThat(LenientJson.flag(node, "b")).isTrue();
        assertThat(LenientJson.flag(node, "c")).isTrue();
        assertThat(LenientJson.flag(node, "d")).isFalse();
        assertThat(LenientJson.flag(node, "e")).isFalse();
        assertThat(LenientJson.flag(node, "absent")).isFalse();
    }

    @Test
    void readsArraysOfObjectsALoneObjectOrNothing() throws Exception {
        JsonNode node = json.readTree("{\"list\": [{\"x\": 1}, \"junk\", null, {\"x\": 2}], \"one\": {\"x\": 3},"
                + " \"text\": \"\", \"empty\": []}");

        assertThat(LenientJson.objects(node, "list")).hasSize(2);
        assertThat(LenientJson.objects(node, "one")).hasSize(1);
        assertThat(LenientJson.objects(node, "text")).isEmpty();
        assertThat(LenientJson.first(node, "list").get("x").asInt()).isEqualTo(1);
        assertThat(LenientJson.first(node, "empty")).isNull();
        assertThat(LenientJson.object(node, "text")).isNull();
    }
}
