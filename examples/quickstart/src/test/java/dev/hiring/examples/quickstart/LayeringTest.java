package dev.hiring.examples.quickstart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The SDK's layering, stated once so nobody has to remember it: arrows point down (core ← jd-lint; core ← rubric ←
 * analytics; testkit, cli, examples and benchmarks on top), and no module reaches into another's {@code internal}
 * package; core's Immutables style and invariant helper ({@code dev.hiring.core.HiringStyle}, {@code
 * dev.hiring.core.Violations}) are for the SDK's own library modules: the CLI and the examples use the rest of the
 * public API only.
 */
class LayeringTest {
    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hiring");

    /**
     * Every package a rule below starts from holds classes; each rule also says {@code allowEmptyShould(false)}, so a
     * rule whose classes are missing from the import fails instead of passing.
     */
    @Test
    void theImportSeesTheSdk() {
        org.assertj.core.api.Assertions.assertThat(SDK.size()).isGreaterThan(300);
        org.assertj.core.api.Assertions.assertThat(SDK.stream().map(c -> c.getPackageName()))
                .contains(
                        "dev.hiring.core",
                        "dev.hiring.core.json",
                        "dev.hiring.core.internal",
                        "dev.hiring.jdlint",
                        "dev.hiring.jdlint.internal",
                        "dev.hiring.rubric",
                        "dev.hiring.analytics",
                        "dev.hiring.testkit",
                        "dev.hiring.cli",
                        "dev.hiring.examples.quickstart");
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("dev.hiring.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.hiring.jdlint..",
                        "dev.hiring.rubric..",
                        "dev.hiring.analytics..",
                        "dev.hiring.testkit..",
                        "dev.hiring.cli..",
                        "dev.hiring.examples..")
                .allowEmptyShould(false)
                .check(SDK);
    }

    @Test
    void jdLintAndRubricDoNotKnowEachOther() {
        noClasses()
                .that()
                .resideInAPackage("dev.hiring.jdlint..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.hiring.rubric..",
                        "dev.hiring.analytics..",
                        "dev.hiring.testkit..",
                        "dev.hiring.cli..",
                        "dev.hiring.examples..")
                .allowEmptyShould(false)
                .check(SDK);
        noClasses()
                .that()
                .resideInAPackage("dev.hiring.rubric..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.hiring.jdlint..",
                        "dev.hiring.analytics..",
                        "dev.hiring.testkit..",
                        "dev.hiring.cli..",
                        "dev.hiring.examples..")
                .allowEmptyShould(false)
                .check(SDK);
    }

    @Test
    void analyticsSitsOnRubricAndCoreOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.hiring.analytics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.hiring.jdlint..", "dev.hiring.testkit..", "dev.hiring.cli..", "dev.hiring.examples..")
                .allowEmptyShould(false)
                .check(SDK);
    }

    @Test
    void librariesNeverImportTheTopLayer() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.hiring.testkit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.hiring.cli..", "dev.hiring.examples..")
                .allowEmptyShould(false)
                .check(SDK);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.hiring.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.hiring.core.internal..")
                .allowEmptyShould(false)
                .check(SDK);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.hiring.jdlint..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.hiring.jdlint.internal..")
                .allowEmptyShould(false)
                .check(SDK);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.hiring.rubric..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.hiring.rubric.internal..")
                .allowEmptyShould(false)
                .check(SDK);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.hiring.analytics..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.hiring.analytics.internal..")
                .allowEmptyShould(false)
                .check(SDK);
        noClasses()
                .that()
                .resideInAnyPackage("dev.hiring.cli..", "dev.hiring.examples..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.hiring.core.HiringStyle")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.hiring.core.Violations")
                .allowEmptyShould(false)
                .check(SDK);
    }
}
