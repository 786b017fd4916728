package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Inline suppression comments: {@code <!-- hiring-lint-disable rule-id ... -->} (to the end, or to a matching
 * enable), {@code <!-- hiring-lint-enable rule-id -->} and {@code <!-- hiring-lint-disable-next-line rule-id -->}.
 * Without rule ids a comment applies to every rule. A disable comment before the first text of the document
 * also covers document-level findings.
 */
public final class Suppressions {
    private static final String PREFIX = "hiring-lint-";

    private record Directive(String kind, List<String> rules, int offset, int line) {}

    private final List<Directive> directives;
    private final int firstTextOffset;

    private Suppressions(List<Directive> directives, int firstTextOffset) {
        this.directives = directives;
        this.firstTextOffset = firstTextOffset;
    }

    /** Finds the suppression comments of a document (one linear scan). */
    public static Suppressions of(JdDocument doc) {
        String s = doc.original();
        List<Directive> out = new ArrayList<>();
        int i = s.indexOf("<!--");
        while (i >= 0) {
            int end = s.indexOf("-->", i + 4);
            if (end < 0) {
                break;
            }
            String body = s.substring(i + 4, end).strip();
            if (body.startsWith(PREFIX)) {
                String[] parts = body.substring(PREFIX.length()).split("[\\s,]+", -1);
                String kind = parts[0];
                if (kind.equals("disable") || kind.equals("enable") || kind.equals("disable-next-line")) {
                    List<String> rules = new ArrayList<>();
                    for (int k = 1; k < parts.length; k++) {
                        if (!parts[k].isEmpty()) {
                            rules.add(parts[k]);
                        }
                    }
                    out.add(new Directive(kind, List.copyOf(rules), i, doc.lineAt(i)));
                }
            }
            i = s.indexOf("<!--", end + 3);
        }
        int first = doc.blocks().isEmpty()
                ? s.length()
                : doc.span(doc.blocks().get(0).start(), doc.blocks().get(0).start())
                        .start();
        return new Suppressions(out, first);
    }

    /** Whether there is no suppression comment. */
    public boolean isEmpty() {
        return directives.isEmpty();
    }

    /** Whether a finding of a rule at a span is silenced. */
    public boolean suppresses(String ruleId, Span span) {
        boolean disabled = false;
        for (Directive d : directives) {
            if (!d.rules().isEmpty() && !d.rules().contains(ruleId)) {
                continue;
            }
            switch (d.kind()) {
                case "disable-next-line" -> {
                    if (span.line() == d.line() + 1) {
                        return true;
                    }
                }
                case "disable" -> {
                    int from = d.offset() < firstTextOffset ? 0 : d.offset();
                    if (span.start() >= from) {
                        disabled = true;
                    }
                }
                case "enable" -> {
                    if (span.start() >= d.offset()) {
                        disabled = false;
                    }
                }
                default -> {}
            }
        }
        return disabled;
    }
}
