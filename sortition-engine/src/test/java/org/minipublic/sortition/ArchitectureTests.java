package org.minipublic.sortition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine's rules: a plain library, OR-Tools behind one package, randomness only from the seed. */
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
    void onlyInputOutputAndTheCommandLineTouchFiles() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..sortition.io..", "..sortition.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.io..")
                .check(ENGINE);
    }
}
