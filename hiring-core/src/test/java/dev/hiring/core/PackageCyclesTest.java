package dev.hiring.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.hiring.core.json.HiringJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module form no cycle: every package under {@code dev.hiring} is a slice, and no slice
 * depends on itself through others. The classes are this module's classes, read from {@code target/classes}.
 *
 * <p>Two known cycles are not broken yet and are the only dependencies left out: {@code core.internal} (the
 * Immutables style and the invariant helper) names the value types' exceptions and {@link dev.hiring.core.Violation}
 * while the value types use it; and {@link dev.hiring.core.HiringGuides} reads its resources through
 * {@code core.json}, which validates through {@code core.validation}, both of which name core's types. Every other
 * dependency counts, so a new cycle fails this test.
 */
class PackageCyclesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theImportSeesTheModule() {
        assertThat(CLASSES.size()).isGreaterThan(100);
        assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct())
                .contains("dev.hiring.core", "dev.hiring.core.json", "dev.hiring.core.validation");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.hiring.(**)")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(resideInAPackage("dev.hiring.core.internal"), resideInAPackage("dev.hiring.core"))
                .ignoreDependency(HiringGuides.class, HiringJson.class)
                .check(CLASSES);
    }
}
