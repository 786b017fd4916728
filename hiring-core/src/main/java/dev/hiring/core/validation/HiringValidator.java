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
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Checks a value against the Jakarta Bean Validation constraints on its accessors (the guide's policies, such as
 * "a role lists 3 to 5 responsibilities") with Hibernate Validator. Use it at system edges: after building a value
 * from user input. {@link dev.hiring.core.json.HiringJson#read} calls it for you.
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
