package org.dateline.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules, checked on the main code of every module the CLI is built from (model, core, store, web and
 * the CLI itself; the spark module checks its own). Dependencies point one way, and the store and the web server
 * stand on the records alone, so that {@code dateline serve} never needs CoreNLP or its models. The Maven enforcer
 * keeps core and CoreNLP off store's and web's runtime classpath as well.
 */
class DependencyRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dateline");

    @Test
    void noPackageDependsOnItselfThroughOtherPackages() {
        slices().matching("org.dateline.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theStoreAndTheWebServerNeverReachCoreOrCoreNlp() {
        noClasses().that().resideInAnyPackage("org.dateline.store..", "org.dateline.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dateline.core..", "edu.stanford.nlp..")
                .check(MAIN);
    }

    /** Without this the rules above would pass on an empty import, e.g. when a module's classes are not found. */
    @Test
    void theRulesSeeTheMainCodeOfEveryModule() {
        assertThat(MAIN.stream().map(JavaClass::getPackageName))
                .contains("org.dateline.model", "org.dateline.core", "org.dateline.core.read", "org.dateline.store",
                        "org.dateline.web", "org.dateline.cli");
        assertThat(MAIN.stream().map(JavaClass::getSimpleName)).doesNotContain(getClass().getSimpleName());
    }
}
