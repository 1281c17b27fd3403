package vn.hanoi.gateway.prefill;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.Registers;

/** The sources prefill can ask, by the name the catalogue gives them: every register with evidence, and the warehouse. */
@Component
class Sources {

    private final Map<String, Source> byName = new LinkedHashMap<>();

    Sources(Registers registers) {
        for (RegisterDescriptor register : registers.evidenceSources()) {
            byName.put(register.name(), new Source(register.name(), new Dataset(register.dataset()), register.evidence()));
        }
        byName.put(Source.WAREHOUSE, Source.warehouse());
    }

    Optional<Source> named(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }
}
