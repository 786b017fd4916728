package dev.hiring.examples.lintrule;

import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.RuleProvider;
import java.util.List;

/**
 * Contributes Acme's rules to every linter built with {@code Linter.builder().loadProviders()}. Registered in
 * {@code module-info.java} ({@code provides … with}) for the module path and in {@code
 * META-INF/services/dev.hiring.jdlint.spi.RuleProvider} for the class path.
 */
public final class AcmeRules implements RuleProvider {
    /** Creates the provider; the ServiceLoader calls this. */
    public AcmeRules() {}

    @Override
    public List<JdRule> rules() {
        return List.of(new InternalCodenameRule());
    }
}
