package dev.hiring.core.guide;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.UnknownGuideException;
import dev.hiring.core.json.HiringJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Hiring guides by id: the built-in guides ({@link #builtIn()}) plus guides a company registers ({@link
 * #with(HiringGuide)}) or loads from JSON files ({@link #load(Path)}). A guide file has the format of the built-in
 * resource {@code /dev/hiring/core/guides/senior-backend-engineer.json} (what {@code hiring guide --format json}
 * prints); it is read with the SDK's JSON configuration and checked like every input: its structure and invariants
 * when built, then its Jakarta constraints ({@link dev.hiring.core.validation.HiringValidator}).
 *
 * <pre>{@code
 * GuideRegistry guides = GuideRegistry.builtIn().load(Path.of("guides/data-engineer.json"));
 * HiringGuide guide = guides.get("data-engineer");        // UnknownGuideException if absent
 * Optional<HiringGuide> maybe = guides.find("sre");      // empty if absent
 * }</pre>
 *
 * <p>There is no default guide: every lookup names its id, and an unknown id is an {@link UnknownGuideException}
 * naming it and the known ids. Nothing is global: {@link #with(HiringGuide)} and {@link #load(Path)} return a new
 * registry and leave this one unchanged; pass the registry to the code that needs it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GuideRegistry {
    private static final GuideRegistry EMPTY = new GuideRegistry(Map.of());

    /** Guides by id, in the order registered. */
    private final Map<String, HiringGuide> guides;

    private GuideRegistry(Map<String, HiringGuide> guides) {
        this.guides = guides;
    }

    /** A registry with no guide. */
    public static GuideRegistry empty() {
        return EMPTY;
    }

    /** A registry of the built-in guides ({@link HiringGuides#all()}). */
    public static GuideRegistry builtIn() {
        return BuiltIn.REGISTRY;
    }

    /**
     * A registry of these guides, in this order.
     *
     * @throws HiringException if two guides have the same id
     */
    public static GuideRegistry of(List<HiringGuide> guides) {
        GuideRegistry r = EMPTY;
        for (HiringGuide g : guides) {
            r = r.with(g);
        }
        return r;
    }

    /**
     * A new registry with this guide added after the others.
     *
     * @throws HiringException if this registry already holds a guide with the same id (the message names it)
     */
    public GuideRegistry with(HiringGuide guide) {
        Objects.requireNonNull(guide, "guide");
        if (guides.containsKey(guide.id())) {
            throw new HiringException("a guide with id '" + guide.id() + "' is already registered");
        }
        Map<String, HiringGuide> copy = new LinkedHashMap<>(guides);
        copy.put(guide.id(), guide);
        return new GuideRegistry(Collections.unmodifiableMap(copy));
    }

    /**
     * A new registry with the guide of this JSON file added; see {@link #read(Path)}.
     *
     * @throws HiringException naming the file if it is missing, malformed or invalid, or if its id is already
     *     registered
     */
    public GuideRegistry load(Path file) {
        return with(read(file));
    }

    /**
     * A new registry with the guide read from this UTF-8 JSON stream added; see {@link #read(InputStream)}.
     *
     * @throws HiringException if the JSON is malformed or the guide invalid, or if its id is already registered
     */
    public GuideRegistry load(InputStream json) {
        return with(read(json));
    }

    /** The guide with this id, if this registry holds one. */
    public Optional<HiringGuide> find(String id) {
        return Optional.ofNullable(guides.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The guide with this id.
     *
     * @throws UnknownGuideException naming the id and the known ids if this registry holds none
     */
    public HiringGuide get(String id) {
        HiringGuide g = guides.get(Objects.requireNonNull(id, "id"));
        if (g == null) {
            throw new UnknownGuideException(id, ids());
        }
        return g;
    }

    /** Whether this registry holds a guide with this id. */
    public boolean contains(String id) {
        return guides.containsKey(id);
    }

    /** The ids, in the order registered. */
    public List<String> ids() {
        return List.copyOf(guides.keySet());
    }

    /** The guides, in the order registered. */
    public List<HiringGuide> all() {
        return List.copyOf(guides.values());
    }

    /**
     * Reads one guide from a JSON file and checks it: structure and invariants, then the Jakarta constraints.
     *
     * @throws HiringException whose message starts with the file name if the file is missing, malformed (cause:
     *     {@link dev.hiring.core.HiringParseException} with line, column and JSON path) or invalid (cause: {@link
     *     dev.hiring.core.InvalidHiringDataException} with every violation); never quoting the file's text
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static HiringGuide read(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String shown = name == null ? file.toString() : name.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return HiringJson.read(in, HiringGuide.class);
        } catch (NoSuchFileException e) {
            throw new HiringException(shown + ": no such guide file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (HiringException e) {
            throw new HiringException(shown + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one guide from UTF-8 JSON and checks it, like {@link #read(Path)}. The stream is not closed.
     *
     * @throws dev.hiring.core.HiringParseException if the JSON is malformed or not of a guide's shape
     * @throws dev.hiring.core.InvalidHiringDataException listing every violation if the guide is invalid
     */
    public static HiringGuide read(InputStream json) {
        return HiringJson.read(Objects.requireNonNull(json, "json"), HiringGuide.class);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof GuideRegistry r
                && r.guides.equals(guides)
                && r.ids().equals(ids());
    }

    @Override
    public int hashCode() {
        return guides.hashCode();
    }

    @Override
    public String toString() {
        return "GuideRegistry" + new ArrayList<>(guides.keySet());
    }

    /** Lazy holder: the built-in guides are read on first use. */
    private static final class BuiltIn {
        static final GuideRegistry REGISTRY = of(HiringGuides.all());
    }
}
