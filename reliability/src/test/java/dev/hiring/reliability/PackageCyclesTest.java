package dev.hiring.reliability;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module form no cycle: every package under {@code dev.hiring} is a slice, and no slice
 * depends on itself through others. The classes are this module's test classes (it has no main code), read from {@code target/test-classes}.
 */
class PackageCyclesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target", "test-classes"));

    @Test
    void theImportSeesTheModule() {
        assertThat(CLASSES.size()).isGreaterThan(10);
        assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct()).contains("dev.hiring.reliability");
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
