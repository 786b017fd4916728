package dev.hiring.core;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.hiring.core.internal.JsonConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The built-in hiring guides, loaded from JSON resources when first used.
 *
 * <p>Loading checks each guide's structural invariants, as every value type does on construction, but not its Jakarta
 * policy constraints: the guides ship inside this jar and the build checks them with {@link
 * dev.hiring.core.validation.HiringValidator} ({@code HiringGuidesTest}), so printing a guide does not pay for
 * starting Bean Validation. The resources are read with the SDK's one JSON configuration, the
 * same as {@link dev.hiring.core.jackson.HiringJackson#newObjectMapper()} (a package below both, so this package does not
 * depend on {@code core.json}, which builds on it).
 *
 * <p>To look guides up by id together with a company's own guides (registered or loaded from JSON files), use
 * {@link dev.hiring.core.guide.GuideRegistry}: {@code GuideRegistry.builtIn().load(path)}. Nothing here falls back
 * to a default guide: code that needs a guide takes one.
 *
 * <p>This class is thread-safe.
 */
public final class HiringGuides {
    /** The id of {@link #seniorBackendEngineer()}. */
    public static final String SENIOR_BACKEND_ENGINEER = "senior-backend-engineer";

    private HiringGuides() {}

    /**
     * The Senior Backend Engineer hiring guide (ZYTHR Resources, 2025-09-19): 10 core skills, 5 soft skills, the
     * job-description do's and don'ts, 7 sourcing channels, 7 screening stages with the duration ranges of 3 of them,
     * 5 interview questions, a 3-level rating scale, 5 rubric criteria with floors on 3 of them, 6 rejection reasons,
     * 5 red flags, 5 selling points and the onboarding plan.
     */
    public static HiringGuide seniorBackendEngineer() {
        return SeniorBackend.GUIDE;
    }

    /** Every built-in guide. */
    public static List<HiringGuide> all() {
        return List.of(seniorBackendEngineer());
    }

    /**
     * The built-in guide with this id, if any. For guides of one's own as well, use {@link
     * dev.hiring.core.guide.GuideRegistry#find(String)}.
     */
    public static Optional<HiringGuide> byId(String id) {
        return all().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    static HiringGuide load(String resource) {
        try (InputStream in = HiringGuides.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new HiringException("built-in guide resource is missing: " + resource);
            }
            return GuideReader.READER.readValue(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new HiringException("built-in guide resource is not a valid guide: " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lazy holder of the guide reader, with the SDK's JSON configuration. */
    private static final class GuideReader {
        static final ObjectReader READER = JsonConfig.newObjectMapper().readerFor(HiringGuide.class);
    }

    /** Lazy holder: the guide is read on first use. */
    private static final class SeniorBackend {
        static final HiringGuide GUIDE = load("/dev/hiring/core/guides/senior-backend-engineer.json");
    }
}
