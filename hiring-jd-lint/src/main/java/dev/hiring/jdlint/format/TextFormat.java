package dev.hiring.jdlint.format;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.Finding;
import java.util.List;

/** Formats reports as {@code path:line:column: severity rule-id message} lines and a summary line. */
public final class TextFormat {
    private TextFormat() {}

    /** Formats the reports of several files. */
    public static String format(List<FileResult> files) {
        StringBuilder b = new StringBuilder();
        int errors = 0;
        int warnings = 0;
        int suggestions = 0;
        for (FileResult f : files) {
            for (Finding x : f.report().findings()) {
                b.append(f.path())
                        .append(':')
                        .append(x.line())
                        .append(':')
                        .append(x.column())
                        .append(": ")
                        .append(x.severity().id())
                        .append(' ')
                        .append(x.ruleId())
                        .append(' ')
                        .append(x.message());
                x.suggestion()
                        .ifPresent(s -> b.append(" (suggestion: ").append(s).append(')'));
                b.append('\n');
                if (x.severity() == Severity.ERROR) {
                    errors++;
                } else if (x.severity() == Severity.WARNING) {
                    warnings++;
                } else {
                    suggestions++;
                }
            }
        }
        int total = errors + warnings + suggestions;
        b.append(total)
                .append(total == 1 ? " problem" : " problems")
                .append(" (")
                .append(errors)
                .append(errors == 1 ? " error, " : " errors, ")
                .append(warnings)
                .append(warnings == 1 ? " warning, " : " warnings, ")
                .append(suggestions)
                .append(suggestions == 1 ? " suggestion" : " suggestions")
                .append(") in ")
                .append(files.size())
                .append(files.size() == 1 ? " file" : " files");
        if (files.size() == 1) {
            b.append(", score ").append(files.get(0).report().score()).append("/100");
        }
        b.append('\n');
        return b.toString();
    }
}
