package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The mechanical rules of {@code docs/conventions.md}, checked on the class files of every SDK module: the
 * public signatures of the packages a module exports (to everyone, in its {@code module-info}) mention no
 * generated {@code Immutable*} type and no Jackson ({@code com.fasterxml}) type, and no two exported public
 * types share a simple name. A public signature is a public or protected method, constructor or field of a
 * public type, including the methods a public type inherits from a hidden superclass (the builders).
 */
public class ApiConventionsTest {
    /** The SDK's library and application modules; each must be found on the test class path. */
    private static final Set<String> SDK_MODULES = Set.of(
            "dev.hiring.core",
            "dev.hiring.jdlint",
            "dev.hiring.rubric",
            "dev.hiring.analytics",
            "dev.hiring.testkit",
            "dev.hiring.server",
            "dev.hiring.cli");

    private static final Set<String> EXPORTED = exportedPackages();

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .importPackages(EXPORTED)
            .that(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "in an exported package", (JavaClass c) -> EXPORTED.contains(c.getPackageName())));

    @Test
    void everySdkModuleAndExportedPackageIsSeen() {
        assertThat(EXPORTED)
                .contains(
                        "dev.hiring.core",
                        "dev.hiring.jdlint",
                        "dev.hiring.rubric",
                        "dev.hiring.rubric.importer",
                        "dev.hiring.analytics.impact",
                        "dev.hiring.testkit",
                        "dev.hiring.server",
                        "dev.hiring.cli");
        assertThat(CLASSES.stream().map(JavaClass::getPackageName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EXPORTED);
        assertThat(CLASSES.stream().filter(ApiConventionsTest::isApi).count()).isGreaterThan(150);
    }

    @Test
    void publicSignaturesNameNoGeneratedOrJacksonType() {
        assertThat(signatureViolations(CLASSES)).isEmpty();
    }

    @Test
    void exportedSimpleNamesAreUnique() {
        assertThat(duplicateSimpleNames(CLASSES)).isEmpty();
    }

    @Test
    void theSignatureRuleReportsAnImmutableOrJacksonType() {
        JavaClasses fixture = new ClassFileImporter().importClasses(Violating.class, ImmutableHidden.class);
        assertThat(signatureViolations(fixture))
                .anyMatch(v -> v.contains("Violating.tree()") && v.contains("com.fasterxml.jackson.databind.JsonNode"))
                .anyMatch(v -> v.contains("Violating.hidden()") && v.contains("ImmutableHidden"))
                .anyMatch(v -> v.contains("Violating.accept(") && v.contains("ObjectNode"))
                .anyMatch(v -> v.contains("Violating.MAPPER") && v.contains("ObjectMapper"))
                .noneMatch(v -> v.contains("fine"));
    }

    @Test
    void theNameRuleReportsADuplicate() {
        // two public top-level types of one simple name in two packages, as rubric's and analytics' Outcome were
        JavaClasses fixture = new ClassFileImporter().importClasses(java.util.List.class, java.awt.List.class);
        assertThat(duplicateSimpleNames(fixture)).containsOnlyKeys("List");
        // nested types are named with their enclosing types: two Outcome enums in different classes, or every
        // value type's Builder, are distinct names
        JavaClasses nested = new ClassFileImporter().importClasses(Violating.Outcome.class, Other.Outcome.class);
        assertThat(duplicateSimpleNames(nested)).isEmpty();
    }

    /** The violations of the signature rule among the public types of {@code classes}. */
    static List<String> signatureViolations(JavaClasses classes) {
        List<String> out = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!isApi(c)) {
                continue;
            }
            for (JavaMember m : members(c)) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC)
                        && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                    continue;
                }
                if (m.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || m.getOwner().getFullName().equals("java.lang.Object")
                        || m.getOwner().getFullName().equals("java.lang.Enum")
                        || m.getOwner().getFullName().equals("java.lang.Record")) {
                    continue;
                }
                Set<JavaClass> involved = m instanceof JavaCodeUnit u
                        ? involved(u)
                        : ((JavaField) m).getType().getAllInvolvedRawTypes();
                for (JavaClass t : involved) {
                    String name = t.getFullName();
                    if (name.startsWith("com.fasterxml.") || isGenerated(t)) {
                        out.add(c.getSimpleName() + "." + m.getName() + (m instanceof JavaCodeUnit ? "()" : "")
                                + " mentions " + name);
                    }
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * Exported public type names that more than one exported type has, with those types. A type is named as a user
     * writes it after its import: a top-level type by its simple name, a nested type with its enclosing types
     * ({@code Scorecard.Builder}).
     */
    static Map<String, Set<String>> duplicateSimpleNames(JavaClasses classes) {
        Map<String, Set<String>> byName = new TreeMap<>();
        for (JavaClass c : classes) {
            if (isApi(c)) {
                String pkg = c.getPackageName();
                String name = c.getFullName()
                        .substring(pkg.isEmpty() ? 0 : pkg.length() + 1)
                        .replace('$', '.');
                byName.computeIfAbsent(name, k -> new TreeSet<>()).add(c.getFullName());
            }
        }
        byName.values().removeIf(s -> s.size() < 2);
        return byName;
    }

    private static Set<JavaClass> involved(JavaCodeUnit u) {
        Set<JavaClass> all = new java.util.HashSet<>(u.getAllInvolvedRawTypes());
        all.addAll(u.getExceptionTypes());
        return all;
    }

    /** The members a user can call on {@code c}: its own and those it inherits (builders inherit theirs). */
    private static List<JavaMember> members(JavaClass c) {
        List<JavaMember> out = new ArrayList<>();
        out.addAll(c.getAllMethods());
        out.addAll(c.getConstructors());
        out.addAll(c.getAllFields());
        return out;
    }

    private static boolean isGenerated(JavaClass t) {
        return (t.getSimpleName().startsWith("Immutable")
                        && t.getPackageName().startsWith("dev.hiring")
                        && !t.getModifiers().contains(JavaModifier.PUBLIC))
                || t.getFullName().startsWith("org.immutables.");
    }

    /** A public type whose enclosing types are all public: a type a user of the module can name. */
    private static boolean isApi(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return !c.getSimpleName().equals("package-info") && !c.getSimpleName().equals("module-info");
    }

    /** The packages that the SDK modules export to everyone (not the qualified exports between them). */
    private static Set<String> exportedPackages() {
        Set<String> out = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        try {
            for (URL url :
                    Collections.list(ApiConventionsTest.class.getClassLoader().getResources("module-info.class"))) {
                try (InputStream in = url.openStream()) {
                    ModuleDescriptor d = ModuleDescriptor.read(in);
                    if (SDK_MODULES.contains(d.name())) {
                        seen.add(d.name());
                        d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> out.add(e.source()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(SDK_MODULES);
        return out;
    }

    /** A public type that breaks the signature rule in every way it checks. */
    public static final class Violating {
        public static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
                new com.fasterxml.jackson.databind.ObjectMapper();

        public com.fasterxml.jackson.databind.JsonNode tree() {
            return MAPPER.createObjectNode();
        }

        public ImmutableHidden hidden() {
            return new ImmutableHidden();
        }

        public void accept(List<com.fasterxml.jackson.databind.node.ObjectNode> nodes) {
            nodes.clear();
        }

        public String fine() {
            return "";
        }

        /** Shares its simple name with {@link Other.Outcome}. */
        public enum Outcome {
            A
        }
    }

    /** A second public type with the simple name {@code Outcome}. */
    public static final class Other {
        private Other() {}

        /** Shares its simple name with {@link Violating.Outcome}. */
        public enum Outcome {
            B
        }
    }
}

/** Stands for a package-private generated implementation. */
final class ImmutableHidden {}
