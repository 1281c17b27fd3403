package vn.hanoi.gateway.access;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * The datasets this gateway knows: its own and one per register (from the descriptors). A client configured with a
 * dataset it does not know stops the start-up (a typo would otherwise silently refuse it); a token's claim naming
 * one is ignored.
 */
@Component
public class Datasets {

    private final Set<Dataset> known;

    public Datasets(Registers registers) {
        this.known = Stream.concat(Stream.of(Dataset.WAREHOUSE, Dataset.DOSSIERS, Dataset.AUDIT, Dataset.OPS,
                                Dataset.INDICATORS),
                        registers.all().stream().map(RegisterDescriptor::dataset))
                .map(Dataset::new).collect(Collectors.toUnmodifiableSet());
    }

    public Set<Dataset> known() {
        return known;
    }

    /** The known dataset of a wire name, or empty. */
    Optional<Dataset> named(String wireName) {
        return Dataset.isWireName(wireName) ? Optional.of(new Dataset(wireName)).filter(known::contains)
                : Optional.empty();
    }

    /** {@code datasets} when every one is known; else a start-up failure naming the unknown ones. */
    Set<Dataset> requireKnown(String clientId, Set<Dataset> datasets) {
        Set<String> unknown = datasets.stream().filter(dataset -> !known.contains(dataset)).map(Dataset::wireName)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("gateway.clients." + clientId + ".datasets names unknown datasets "
                    + unknown + "; known: " + new TreeSet<>(known.stream().map(Dataset::wireName).toList()));
        }
        return datasets;
    }
}
