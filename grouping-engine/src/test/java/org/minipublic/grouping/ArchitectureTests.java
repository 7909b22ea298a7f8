package org.minipublic.grouping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine's rules: a plain library, OR-Tools behind one package, randomness only from the seed. */
class ArchitectureTests {

    static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minipublic.grouping");

    @Test
    void onlyTheSolverPackageUsesOrTools() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..grouping.solver..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.google.ortools..")
                .check(ENGINE);
    }

    @Test
    void theEngineDoesNotDependOnSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
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
                .check(ENGINE);
    }

    @Test
    void onlyInputOutputAndTheCommandLineTouchFiles() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..grouping.io..", "..grouping.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.io..")
                .check(ENGINE);
    }
}
