package org.minipublic.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.minipublic.app.infrastructure.DatabaseCommand;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/** House rules Spring Modulith cannot see. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minipublic.app");

    @Test
    void controllersLiveOnlyInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .or()
                .areAnnotatedWith(ControllerAdvice.class)
                .should()
                .resideInAPackage("..web..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWebLayerKnowsAboutServletRequests() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..", "..login..", "..infrastructure..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void nothingUsesJpa() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .check(CLASSES);
    }

    /** The database commands are run by an operator at a console, instead of the application: they print. */
    @Test
    void modulesDoNotPrintToTheConsoleExceptTheDemoBannerAndTheDatabaseCommands() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..demo..")
                .and()
                .doNotBelongToAnyOf(DatabaseCommand.class)
                .should()
                .accessField(System.class, "out")
                .check(CLASSES);
    }
}
