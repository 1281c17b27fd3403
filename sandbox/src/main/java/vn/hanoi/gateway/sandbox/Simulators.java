package vn.hanoi.gateway.sandbox;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every simulator of the sandbox: the {@link Simulator} implementations under {@code vn.hanoi.gateway.sandbox},
 * found by class-path scanning as the register descriptors are, so that a new register's simulator is added
 * without editing a list.
 */
final class Simulators {

    private Simulators() {
    }

    static List<Simulator> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Simulator.class));
        ClassLoader loader = Simulators.class.getClassLoader();
        return scanner.findCandidateComponents(Simulators.class.getPackageName()).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), loader))
                .map(type -> (Simulator) BeanUtils.instantiateClass(type))
                .sorted(Comparator.comparing(Simulator::system))
                .toList();
    }

    static Simulator of(String system) {
        return all().stream().filter(simulator -> simulator.system().equals(system)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulator for " + system));
    }
}
