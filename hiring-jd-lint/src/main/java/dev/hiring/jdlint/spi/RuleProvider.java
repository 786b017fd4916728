package dev.hiring.jdlint.spi;

import java.util.List;

/**
 * A service that contributes custom rules, found with {@link java.util.ServiceLoader}: declare {@code provides
 * dev.hiring.jdlint.spi.RuleProvider with ...} in your module (or a {@code META-INF/services} entry).
 */
public interface RuleProvider {
    /** The rules this provider contributes; each must have a {@link RuleMeta} with a unique id. */
    List<JdRule> rules();
}
