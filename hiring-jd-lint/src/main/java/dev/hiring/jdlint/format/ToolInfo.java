package dev.hiring.jdlint.format;

/** The linter's name and version, as the output formats report them. */
public final class ToolInfo {
    /** The tool name. */
    public static final String NAME = "hiring-jd-lint";

    private ToolInfo() {}

    /** The version from the jar manifest, or the development version when run from classes. */
    public static String version() {
        String v = ToolInfo.class.getPackage() == null
                ? null
                : ToolInfo.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
