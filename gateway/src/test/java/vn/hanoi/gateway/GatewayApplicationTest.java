package vn.hanoi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayApplicationTest {

    @Test
    void givesTheCommonPoolTwoWorkersOnTwoCoresOrFewer() {
        assertThat(GatewayApplication.commonPoolParallelism(1, null)).contains("2");
        assertThat(GatewayApplication.commonPoolParallelism(2, null)).contains("2");
    }

    @Test
    void leavesTheCommonPoolAloneOnMoreCoresOrWhenConfigured() {
        assertThat(GatewayApplication.commonPoolParallelism(4, null)).isEmpty();
        assertThat(GatewayApplication.commonPoolParallelism(2, "1")).isEmpty();
    }
}
