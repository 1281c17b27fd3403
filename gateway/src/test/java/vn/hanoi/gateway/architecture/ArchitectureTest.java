package vn.hanoi.gateway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * The modules depend one way only (gateway → routes → mappings), no package takes part in a cycle, and the
 * gateway's core names no register: a register lives in its own packages (its descriptor's package in
 * {@code routes}, and the same last name under {@code mappings}, {@code registers} and {@code sandbox}), and only
 * they name it. The registers are the descriptors found on the class path, so this test names none either.
 */
class ArchitectureTest {

    private static final String BASE = "vn.hanoi.gateway";
    private static final String MAPPINGS = BASE + ".mappings..";
    private static final String ROUTES = BASE + ".routes..";
    private static final String SANDBOX = BASE + ".sandbox..";
    /** Where registers live: each of these followed by the register's package name. */
    private static final List<String> REGISTER_HOMES = List.of(BASE + ".mappings.", BASE + ".routes.",
            BASE + ".registers.", BASE + ".sandbox.", BASE + ".contract.");

    private static final Registers REGISTERS = Registers.scan();

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void mappingsDependOnNeitherRoutesNorTheGateway() {
        noClasses().that().resideInAPackage(MAPPINGS)
                .should().dependOnClassesThat().resideInAPackage(ROUTES)
                .orShould().dependOnClassesThat(areInTheGatewayModule())
                .check(classes);
    }

    @Test
    void mappingsKnowNothingOfSpringOrCamel() {
        noClasses().that().resideInAPackage(MAPPINGS)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..")
                .check(classes);
    }

    @Test
    void routesDoNotDependOnTheGateway() {
        noClasses().that().resideInAPackage(ROUTES)
                .should().dependOnClassesThat(areInTheGatewayModule())
                .check(classes);
    }

    @Test
    void theGatewayNeverNamesTheSandbox() {
        noClasses().that().resideOutsideOfPackage(SANDBOX)
                .should().dependOnClassesThat().resideInAPackage(SANDBOX)
                .check(classes);
    }

    @Test
    void theWarehouseAndTheKpiDoNotDependOnPrefillWhichUsesThem() {
        noClasses().that().resideInAnyPackage(BASE + ".warehouse..", BASE + ".kpi..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".prefill..")
                .orShould().dependOnClassesThat().resideInAPackage(BASE + ".api..")
                .check(classes);
        noClasses().that().resideInAPackage(BASE + ".warehouse..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".kpi..")
                .check(classes);
    }

    @Test
    void noPackageTakesPartInACycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
        slices().matching(BASE + ".routes.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching(BASE + ".mappings.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void connectorPackagesDoNotDependOnEachOther() {
        slices().matching(BASE + ".routes.(*)..").should().notDependOnEachOther()
                .ignoreDependency(inRoutes(), inRoutes("connector", "registers", "jobs"))
                .check(classes);
    }

    @Test
    void everyRegisterLivesInItsOwnPackages() {
        assertThat(REGISTERS.all()).isNotEmpty();
        for (RegisterDescriptor register : REGISTERS.all()) {
            assertThat(register.getClass().getPackageName()).as(register.name())
                    .isEqualTo(BASE + ".routes." + packageOf(register));
            assertThat(register.lookups()).as(register.name() + "'s lookups")
                    .allSatisfy(lookup -> assertThat(lookup.system()).isEqualTo(register.name()));
        }
    }

    @Test
    void theCoreDependsOnNoRegistersPackage() {
        noClasses().that(areCore())
                .should().dependOnClassesThat(areInARegistersPackage())
                .check(classes);
    }

    /**
     * In the gateway module's core and the connector kit. (The portal's {@code DocumentType} in mappings names the
     * catalogue's sources, and identifier rules in {@code mappings.identifiers} say what they check: both are data
     * of the contracts, not wiring.)
     */
    @Test
    void theCoreHoldsNoRegistersNameAsALiteral() {
        Set<String> names = REGISTERS.all().stream().flatMap(register -> Stream.of(register.name(),
                register.dataset(), register.sourceSystem(), packageOf(register))).collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        for (JavaClass type : classes) {
            if (areCore().test(type) && (areInTheGatewayModule().test(type) || isIn(type, BASE + ".routes.connector")
                    || isIn(type, BASE + ".routes.registers"))) {
                for (String literal : StringLiterals.of(type.reflect())) {
                    names.stream().filter(name -> StringLiterals.namesWord(literal, name))
                            .forEach(name -> found.add(type.getName() + ": \"" + literal + "\" names " + name));
                }
            }
        }
        assertThat(found).as("register names in the gateway's core").isEmpty();
    }

    private static String packageOf(RegisterDescriptor register) {
        String pkg = register.getClass().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static Set<String> registerPackages() {
        Set<String> packages = new TreeSet<>();
        for (RegisterDescriptor register : REGISTERS.all()) {
            REGISTER_HOMES.forEach(home -> packages.add(home + packageOf(register)));
        }
        return packages;
    }

    private static DescribedPredicate<JavaClass> areInARegistersPackage() {
        Set<String> packages = registerPackages();
        return DescribedPredicate.describe("are in a register's package " + packages,
                type -> packages.stream().anyMatch(pkg -> isIn(type, pkg)));
    }

    /** Gateway classes outside the registers' packages, the register endpoints and the sandbox. */
    private static DescribedPredicate<JavaClass> areCore() {
        Set<String> packages = registerPackages();
        return DescribedPredicate.describe("are in the gateway's core", type -> type.getPackageName().startsWith(BASE)
                && packages.stream().noneMatch(pkg -> isIn(type, pkg))
                && !isIn(type, BASE + ".registers") && !isIn(type, BASE + ".sandbox"));
    }

    private static DescribedPredicate<JavaClass> areInTheGatewayModule() {
        return DescribedPredicate.describe("are in the gateway module", type -> type.getPackageName().startsWith(BASE)
                && !isIn(type, BASE + ".routes") && !isIn(type, BASE + ".mappings") && !isIn(type, BASE + ".sandbox"));
    }

    private static DescribedPredicate<JavaClass> inRoutes(String... subPackages) {
        return DescribedPredicate.describe("in routes " + List.of(subPackages), type -> subPackages.length == 0
                ? isIn(type, BASE + ".routes")
                : Arrays.stream(subPackages).anyMatch(sub -> isIn(type, BASE + ".routes." + sub)));
    }

    private static boolean isIn(JavaClass type, String pkg) {
        String name = type.getPackageName();
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }
}
