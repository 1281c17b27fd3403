package vn.hanoi.gateway.contract.everyregister;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.gateway.contract.AbstractContractIT;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.contract.business.BusinessRegister;
import vn.hanoi.gateway.contract.civilstatus.CivilStatusRegister;
import vn.hanoi.gateway.contract.insurance.InsuranceRegister;
import vn.hanoi.gateway.contract.land.LandRegister;
import vn.hanoi.gateway.contract.population.PopulationRegister;

/**
 * A gateway whose cached copies are fresh for a blink, held to each of the five registers in turn: a test
 * takes the register as its parameter ({@code @MethodSource("everyRegister")}).
 */
@TestPropertySource(properties = {
        "gateway.connectors.population.cache.ttl=" + AbstractEveryRegisterIT.TTL_MILLIS + "ms",
        "gateway.connectors.business.cache.ttl=" + AbstractEveryRegisterIT.TTL_MILLIS + "ms",
        "gateway.connectors.insurance.cache.ttl=" + AbstractEveryRegisterIT.TTL_MILLIS + "ms",
        "gateway.connectors.land.cache.ttl=" + AbstractEveryRegisterIT.TTL_MILLIS + "ms",
        "gateway.connectors.civil-status.cache.ttl=" + AbstractEveryRegisterIT.TTL_MILLIS + "ms",
})
public abstract class AbstractEveryRegisterIT extends AbstractContractIT {

    protected static final long TTL_MILLIS = 200;

    private static final List<Register> EVERY_REGISTER = List.of(PopulationRegister.POPULATION,
            BusinessRegister.BUSINESS, InsuranceRegister.INSURANCE, LandRegister.LAND, CivilStatusRegister.CIVIL_STATUS);

    /** Each register, named by its system. */
    public static Stream<Register> everyRegister() {
        return EVERY_REGISTER.stream();
    }

    @Override
    protected final List<Register> registers() {
        return EVERY_REGISTER;
    }

    /** Waits until every copy cached so far is past its freshness time. */
    protected static void letTheCopyExpire() throws InterruptedException {
        Thread.sleep(TTL_MILLIS + 100);
    }
}
