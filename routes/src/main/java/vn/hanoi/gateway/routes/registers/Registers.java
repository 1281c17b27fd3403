package vn.hanoi.gateway.routes.registers;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every register the build holds: the {@link RegisterDescriptor} implementations under
 * {@code vn.hanoi.gateway.routes}, found by Spring's class-path scanning (inside the executable jar too), so that
 * adding a register touches no list. Read the same way by the gateway (as a bean), by the sandbox before any bean
 * exists, and by the tests.
 */
public final class Registers {

    static final String BASE_PACKAGE = "vn.hanoi.gateway.routes";

    private final List<RegisterDescriptor> all;

    public Registers(List<RegisterDescriptor> all) {
        this.all = all.stream().sorted(Comparator.comparing(RegisterDescriptor::name)).toList();
        long names = this.all.stream().map(RegisterDescriptor::name).distinct().count();
        if (names != this.all.size()) {
            throw new IllegalStateException("two register descriptors share a name: " + this.all);
        }
    }

    /** The registers found on the class path. */
    public static Registers scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RegisterDescriptor.class));
        ClassLoader loader = Registers.class.getClassLoader();
        return new Registers(scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), loader))
                .map(type -> (RegisterDescriptor) BeanUtils.instantiateClass(type))
                .toList());
    }

    /** In name order. */
    public List<RegisterDescriptor> all() {
        return all;
    }

    public Optional<RegisterDescriptor> named(String name) {
        return all.stream().filter(register -> register.name().equals(name)).findFirst();
    }

    /** The registers that prefill can ask. */
    public List<RegisterDescriptor> evidenceSources() {
        return all.stream().filter(register -> register.evidence().isPresent()).toList();
    }

    public List<String> names() {
        return all.stream().map(RegisterDescriptor::name).toList();
    }
}
