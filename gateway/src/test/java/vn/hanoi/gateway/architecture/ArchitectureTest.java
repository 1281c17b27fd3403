package vn.hanoi.gateway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The modules depend one way only: gateway → routes → mappings. */
class ArchitectureTest {

    private static final String MAPPINGS = "vn.hanoi.gateway.mappings..";
    private static final String ROUTES = "vn.hanoi.gateway.routes..";
    private static final String[] GATEWAY = {
        "vn.hanoi.gateway", "vn.hanoi.gateway.api..", "vn.hanoi.gateway.access..", "vn.hanoi.gateway.problem..",
        "vn.hanoi.gateway.correlation..", "vn.hanoi.gateway.health..", "vn.hanoi.gateway.sandbox..",
        "vn.hanoi.gateway.audit..", "vn.hanoi.gateway.dossiers..", "vn.hanoi.gateway.ops..",
        "vn.hanoi.gateway.input..",

        "vn.hanoi.gateway.prefill..", "vn.hanoi.gateway.warehouse..", "vn.hanoi.gateway.kpi..",
        "vn.hanoi.gateway.personaldata..", "vn.hanoi.gateway.validation..",

        "vn.hanoi.gateway.openapi..", "vn.hanoi.gateway.cache.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hanoi.gateway");

    @Test
    void mappingsDependOnNeitherRoutesNorTheGateway() {
        noClasses().that().resideInAPackage(MAPPINGS)
                .should().dependOnClassesThat().resideInAPackage(ROUTES)
                .orShould().dependOnClassesThat().resideInAnyPackage(GATEWAY)
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
                .should().dependOnClassesThat().resideInAnyPackage(GATEWAY)
                .check(classes);
    }

    @Test
    void theWarehouseAndTheKpiDoNotDependOnPrefillWhichUsesThem() {
        noClasses().that().resideInAnyPackage("vn.hanoi.gateway.warehouse..", "vn.hanoi.gateway.kpi..")
                .should().dependOnClassesThat().resideInAPackage("vn.hanoi.gateway.prefill..")
                .orShould().dependOnClassesThat().resideInAPackage("vn.hanoi.gateway.api..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.hanoi.gateway.warehouse..")
                .should().dependOnClassesThat().resideInAPackage("vn.hanoi.gateway.kpi..")
                .check(classes);
    }

    @Test
    void connectorPackagesDoNotDependOnEachOther() {
        String[] systems = {"population", "business", "insurance", "land", "npsp", "civilstatus"};
        for (String system : systems) {
            for (String other : systems) {
                if (!system.equals(other)) {
                    noClasses().that().resideInAPackage("vn.hanoi.gateway.routes." + system + "..")
                            .should().dependOnClassesThat().resideInAPackage("vn.hanoi.gateway.routes." + other + "..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }
}
