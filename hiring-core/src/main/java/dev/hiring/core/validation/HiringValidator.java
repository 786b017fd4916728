package dev.hiring.core.validation;

import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Checks a value against the Jakarta Bean Validation constraints on its accessors (the guide's policies, such as
 * "a role lists 3 to 5 responsibilities") with Hibernate Validator. Use it at system edges: after building a value
 * from user input. {@link dev.hiring.core.json.HiringJson#read} calls it for you.
 *
 * <p>Accessors are found in both styles: record-style {@code name()} (the SDK's value types, whose constraints sit
 * on such accessors) and JavaBean {@code getName()}/{@code isName()}, both as property {@code name}. Any public
 * no-argument method that returns a value is an accessor, except {@code toString()}, {@code hashCode()} and
 * {@code getClass()}; Hibernate Validator calls only those that carry a constraint or {@code @Valid}.
 *
 * <p>Messages are English whatever the default locale, sorted by path, and never include the validated value.
 *
 * <p>This class is thread-safe.
 */
public final class HiringValidator {
    /** Keeps Hibernate Validator's start-up banner out of users' logs; held so the setting is not collected. */
    // Never read on purpose: java.util.logging keeps loggers weakly, so the level set on it lasts only while this
    // field holds it.
    @SuppressWarnings("UnusedVariable")
    private static final java.util.logging.Logger HV_VERSION_LOGGER = quietBanner();

    private static final Validator VALIDATOR = create();

    private HiringValidator() {}

    private static java.util.logging.Logger quietBanner() {
        java.util.logging.Logger logger =
                java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private static Validator create() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(Locale.ENGLISH)
                .locales(Locale.ENGLISH)
                .getterPropertySelectionStrategy(new AccessorStrategy())
                .buildValidatorFactory();
        return factory.getValidator();
    }

    /**
     * Returns every violation of {@code value}'s constraints, sorted by path; empty when valid.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public static List<Violation> violations(Object value) {
        Objects.requireNonNull(value, "value");
        Set<ConstraintViolation<Object>> found = VALIDATOR.validate(value);
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> cv : found) {
            out.add(new Violation(path(cv.getPropertyPath()), cv.getMessage()));
        }
        out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return out;
    }

    /**
     * Returns {@code value} if it meets its constraints.
     *
     * @throws InvalidHiringDataException listing every violation, if any
     * @throws NullPointerException if {@code value} is null
     */
    public static <T> T validate(T value) {
        List<Violation> found = violations(value);
        if (!found.isEmpty()) {
            throw new InvalidHiringDataException(
                    value.getClass().getSimpleName().replaceFirst("^Immutable", ""), found);
        }
        return value;
    }

    /** Sees record-style accessors ({@code name()}) as properties, besides JavaBean getters. */
    static final class AccessorStrategy implements GetterPropertySelectionStrategy {
        private static final Set<String> NOT_ACCESSORS = Set.of("toString", "hashCode", "getClass", "clone");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            String name = executable.getName();
            Class<?> type = executable.getReturnType();
            if (executable.getParameterTypes().length != 0 || type == void.class || NOT_ACCESSORS.contains(name)) {
                return Optional.empty();
            }
            if (bean(name, "get") || (bean(name, "is") && type == boolean.class)) {
                int from = name.startsWith("is") ? 2 : 3;
                return Optional.of(Character.toLowerCase(name.charAt(from)) + name.substring(from + 1));
            }
            return Optional.of(name);
        }

        private static boolean bean(String name, String prefix) {
            return name.length() > prefix.length()
                    && name.startsWith(prefix)
                    && Character.isUpperCase(name.charAt(prefix.length()));
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            String cap = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
            return List.of(propertyName, "get" + cap, "is" + cap);
        }
    }

    /** Formats a property path like {@code skills[0].years} and JavaBean names without {@code is}/{@code get}. */
    private static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            String name = node.getName();
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && !(node.getKey() instanceof Object[])) {
                sb.append('[').append(node.getKey()).append(']');
            }
            if (name != null && !name.startsWith("<")) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }
}
