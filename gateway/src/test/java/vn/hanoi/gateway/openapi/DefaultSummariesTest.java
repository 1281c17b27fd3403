package vn.hanoi.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultSummariesTest {

    @Test
    void turnsAHandlerNameIntoWords() {
        assertThat(DefaultSummaries.inWords("parkedEntries")).isEqualTo("Parked entries");
        assertThat(DefaultSummaries.inWords("progress")).isEqualTo("Progress");
        assertThat(DefaultSummaries.inWords("byPersonalId")).isEqualTo("By personal id");
    }
}
