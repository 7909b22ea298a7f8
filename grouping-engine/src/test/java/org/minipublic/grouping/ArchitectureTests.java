package org.minipublic.grouping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
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
    void theEngineTouchesNoFiles() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.io..")
                .check(ENGINE);
    }

    /** Reading files, printing plans and the command line live in grouping-cli; a user of the engine needs none. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "picocli.CommandLine",
                "org.apache.poi.ss.usermodel.Workbook",
                "tools.jackson.databind.ObjectMapper",
                "org.apache.commons.csv.CSVFormat",
                "org.minipublic.tableio.TableReader"
            })
    void theEngineCarriesNoCommandLineOrFileLibraries(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }

    /** docs/glossary.md: those seated are members, and a session that has taken place is held (not locked). */
    @Test
    void namesUseTheGlossarysWords() {
        noClasses()
                .should()
                .haveSimpleNameContaining("Person")
                .orShould()
                .haveSimpleNameContaining("People")
                .check(ENGINE);
        noMethods().should().haveNameMatching("(?i).*locked.*").check(ENGINE);
        noFields().should().haveNameMatching("(?i).*locked.*").check(ENGINE);
    }
}
