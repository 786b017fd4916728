package dev.hiring.jdlint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The linter's layers, bottom to top: the document model ({@code document}, on the tokenizer
 * {@code internal.text}); the rule SPI ({@code spi}); the engine ({@code internal}) and the built-in rules
 * ({@code rules}); the facade ({@code dev.hiring.jdlint}: Linter, LintReport, Finding, LintConfig); the formats.
 */
class LayersTest {
    // Every rule says allowEmptyShould(false): a rule whose classes are not found (a moved package, an empty
    // import) fails instead of passing.
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theImportSeesEveryLayer() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().equals("dev.hiring.jdlint.document")))
                .hasSizeGreaterThan(5);
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().equals("dev.hiring.jdlint.rules")))
                .hasSizeGreaterThan(15);
    }

    @Test
    void theDocumentModelStandsOnTheTokenizerOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.hiring.jdlint.document")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.hiring.jdlint",
                        "dev.hiring.jdlint.spi",
                        "dev.hiring.jdlint.internal",
                        "dev.hiring.jdlint.rules",
                        "dev.hiring.jdlint.format")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void theSpiStandsOnTheDocumentModelOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.hiring.jdlint.spi")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.hiring.jdlint",
                        "dev.hiring.jdlint.internal..",
                        "dev.hiring.jdlint.rules",
                        "dev.hiring.jdlint.format")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void theEngineAndTheRulesDoNotKnowTheFacade() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.hiring.jdlint.internal..", "dev.hiring.jdlint.rules")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.hiring.jdlint", "dev.hiring.jdlint.format")
                .allowEmptyShould(false)
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("dev.hiring.jdlint.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.hiring.jdlint.rules")
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}
