package org.minipublic.grouping.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line uses the engine as any other user would: through its API, with randomness from a seed. */
class CliArchitectureTests {

    static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minipublic.grouping.cli", "org.minipublic.grouping.io");

    @Test
    void theCommandLineLeavesOrToolsAndTheSearchToTheEngine() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.google.ortools..", "..grouping.solver..", "..grouping.search..", "..grouping.rule..")
                .check(CLI);
    }

    @Test
    void theCommandLineDoesNotDependOnSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(CLI);
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
                .check(CLI);
    }

    @Test
    void filesAreReadAndWrittenWithoutTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("..grouping.io..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..grouping.cli..", "picocli..")
                .check(CLI);
    }

    /** docs/glossary.md: those seated are members, and a session that has taken place is held (not locked). */
    @Test
    void namesUseTheGlossarysWords() {
        noClasses()
                .should()
                .haveSimpleNameContaining("Person")
                .orShould()
                .haveSimpleNameContaining("People")
                .check(CLI);
        noMethods().should().haveNameMatching("(?i).*locked.*").check(CLI);
        noFields().should().haveNameMatching("(?i).*locked.*").check(CLI);
    }
}
