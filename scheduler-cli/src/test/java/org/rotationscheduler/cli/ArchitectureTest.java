package org.rotationscheduler.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way (issue #10, README "How it works"): domain → rules → reading → planning and
 * checking → reports → writing → use cases → CLI, and no two packages import each other, however
 * indirectly. Every module's main classes are on this module's test class path.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rotationscheduler");
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("org.rotationscheduler.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("org.rotationscheduler.domain..")
                .layer("rules").definedBy("org.rotationscheduler.rules..", "org.rotationscheduler.campaign..",
                        "org.rotationscheduler.changes..")
                .layer("reading").definedBy("org.rotationscheduler.io.in..")
                .layer("planning").definedBy("org.rotationscheduler.planning..")
                .layer("checking").definedBy("org.rotationscheduler.check..")
                .layer("reports").definedBy("org.rotationscheduler.report..")
                .layer("writing").definedBy("org.rotationscheduler.io.out..")
                .layer("use cases").definedBy("org.rotationscheduler.app..", "org.rotationscheduler.generate..",
                        "org.rotationscheduler.bench..")
                .layer("cli").definedBy("org.rotationscheduler.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("use cases").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("writing").mayOnlyBeAccessedByLayers("use cases", "cli")
                .whereLayer("reports").mayOnlyBeAccessedByLayers("writing", "use cases", "cli")
                .whereLayer("planning").mayOnlyBeAccessedByLayers("reports", "writing", "use cases", "cli")
                .whereLayer("checking").mayOnlyBeAccessedByLayers("reports", "writing", "use cases", "cli")
                .whereLayer("reading").mayOnlyBeAccessedByLayers("planning", "checking", "reports", "writing",
                        "use cases", "cli")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("reading", "planning", "checking", "reports",
                        "writing", "use cases", "cli")
                .check(classes);
    }

    @Test
    void everyClassIsInALayer() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().should().resideInAnyPackage(
                "org.rotationscheduler.domain..", "org.rotationscheduler.rules..", "org.rotationscheduler.campaign..",
                "org.rotationscheduler.changes..", "org.rotationscheduler.io.in..", "org.rotationscheduler.planning..",
                "org.rotationscheduler.check..", "org.rotationscheduler.report..", "org.rotationscheduler.io.out..",
                "org.rotationscheduler.app..", "org.rotationscheduler.generate..", "org.rotationscheduler.bench..",
                "org.rotationscheduler.cli..").check(classes);
    }
}
