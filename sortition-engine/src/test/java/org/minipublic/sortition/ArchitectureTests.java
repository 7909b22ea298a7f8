package org.minipublic.sortition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine's rules: a plain library without files, OR-Tools behind one package, randomness only from the seed. */
class ArchitectureTests {

    static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minipublic.sortition");

    @Test
    void onlyTheSolverPackageUsesOrTools() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..sortition.solver..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.google.ortools..")
                .check(ENGINE);
    }

    @Test
    void theEngineDoesNotDependOnSpringOrPersistence() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .check(ENGINE);
    }

    @Test
    void randomnessComesOnlyFromTheSeededGenerator() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Random")
                .orShould()
                .callMethod(Math.class, "random")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .check(ENGINE);
    }

    @Test
    void theEngineTouchesNoFiles() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.io..")
                .check(ENGINE);
    }

    /** Reading files, the draw record's JSON parsing and the command line live in sortition-cli. */
    @Test
    void theEngineUsesNoCommandLineOrFileLibraries() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "picocli..",
                        "org.apache.poi..",
                        "tools.jackson..",
                        "org.apache.commons..",
                        "org.minipublic.tableio..")
                .check(ENGINE);
    }

    /** Nor are they on its class path (table-io is there for the tests only, to read the reference fixtures). */
    @ParameterizedTest
    @ValueSource(strings = {"picocli.CommandLine", "tools.jackson.databind.ObjectMapper"})
    void theEngineCarriesNoCommandLineOrJsonLibraries(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }
}
