package org.dateline.spark;

import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The cli module's DependencyRulesTest covers model, core, store, web and the CLI; this covers the Spark job's own
 * packages. (A cycle through core cannot arise: Maven keeps core from seeing this module at all.)
 */
class DependencyRulesTest {
    @Test
    void noPackageOfTheJobDependsOnItselfThroughOtherPackages() {
        var job = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_TESTS).importPackages("org.dateline.spark");
        // an empty import fails too: ArchUnit refuses a rule that matched nothing
        slices().matching("org.dateline.(**)").should().beFreeOfCycles().check(job);
    }
}
