package dev.hiring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The SDK version, from a resource written by the build. */
final class Versions implements IVersionProvider {
    private static final String VERSION = load();

    /** The SDK version, such as {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hiring " + VERSION};
    }

    private static String load() {
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
