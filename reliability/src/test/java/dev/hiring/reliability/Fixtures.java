package dev.hiring.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Test resources of this module and the shared data beside the repository. */
final class Fixtures {
    private Fixtures() {}

    /** A resource under {@code dev/hiring/reliability/}, as UTF-8 text. */
    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vendor payload fixture for a vendor id ({@code greenhouse}, …). */
    static String payload(String vendor) {
        return resource("payloads/"
                + switch (vendor) {
                    case "greenhouse" -> "greenhouse-scorecard.json";
                    case "lever" -> "lever-feedback.json";
                    case "ashby" -> "ashby-application-feedback.json";
                    case "workable" -> "workable-rating.json";
                    default -> throw new IllegalArgumentException(vendor);
                });
    }

    /** {@code <repository root>/../shared}, if the repository root (nearest ancestor with .ci/) is found. */
    static Optional<Path> shared() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve(".ci"))) {
                Path shared = p.resolveSibling("shared");
                return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
            }
            p = p.getParent();
        }
        return Optional.empty();
    }

    /** The Markdown postings of the shared corpus, sorted by name; empty when the corpus is absent. */
    static List<String> sharedPostings() {
        Optional<Path> shared = shared();
        if (shared.isEmpty() || !Files.isDirectory(shared.get().resolve("corpus/jd"))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(shared.get().resolve("corpus/jd"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
