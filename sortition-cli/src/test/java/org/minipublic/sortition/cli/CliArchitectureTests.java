package org.minipublic.sortition.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minipublic.cli.ErrorHandler;
import org.minipublic.sortition.io.TextFiles;
import org.minipublic.tableio.TableReader;

/** The command line uses the engine as any other user would: through its API, with randomness from a seed. */
class CliArchitectureTests {

    static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minipublic.sortition.cli", "org.minipublic.sortition.io");

    @Test
    void theCommandLineLeavesOrToolsAndTheSolversToTheEngine() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.google.ortools..", "..sortition.solver..", "..sortition.model..")
                .check(CLI);
    }

    @Test
    void errorsBecomeMessagesAndExitCodesAsInEveryMinipublicTool() {
        assertThat(SortitionCli.commandLine().getExecutionExceptionHandler()).isInstanceOf(ErrorHandler.class);
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
    void textIsReadThroughTextFilesWhichRefusesAFileThatIsNotUtf8() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(TextFiles.class.getName())
                .should()
                .callMethod(TableReader.class, "read", Path.class)
                .orShould()
                .callMethod(Files.class, "readString", Path.class)
                .orShould()
                .callMethod(Files.class, "readString", Path.class, Charset.class)
                .orShould()
                .callMethod(Files.class, "readAllLines", Path.class)
                .orShould()
                .callMethod(Files.class, "readAllLines", Path.class, Charset.class)
                .orShould()
                .callMethod(Files.class, "newBufferedReader", Path.class)
                .orShould()
                .callMethod(Files.class, "newBufferedReader", Path.class, Charset.class)
                .orShould()
                .callMethod(Files.class, "lines", Path.class)
                .orShould()
                .callMethod(Files.class, "lines", Path.class, Charset.class)
                .because("a file in another encoding must be refused by name, not read with replacement characters"
                        + " or fail with a stack trace")
                .check(CLI);
    }

    @Test
    void filesAreReadAndWrittenWithoutTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("..sortition.io..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..sortition.cli..", "picocli..")
                .check(CLI);
    }
}
