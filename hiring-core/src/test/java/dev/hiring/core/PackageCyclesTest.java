package dev.hiring.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module form no cycle: every package under {@code dev.hiring} is a slice, and no slice
 * depends on itself through others. The classes are this module's classes, read from {@code target/classes}.
 *
 * <p>No dependency is left out: the Immutables style and the invariant helper live in {@code dev.hiring.core} with
 * the value types and exceptions they name, and the JSON configuration that {@link HiringGuides} and {@code
 * core.json} share lives in {@code core.internal}, which names no SDK type.
 */
class PackageCyclesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theImportSeesTheModule() {
        assertThat(CLASSES.size()).isGreaterThan(100);
        assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct())
                .contains(
                        "dev.hiring.core",
                        "dev.hiring.core.internal",
                        "dev.hiring.core.json",
                        "dev.hiring.core.validation");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.hiring.(**)")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(false) // a rule over no class would pass: fail instead
                .check(CLASSES);
    }
}
