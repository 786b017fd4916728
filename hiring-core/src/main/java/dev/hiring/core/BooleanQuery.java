package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A boolean sourcing search: groups of synonyms joined by {@code OR}, groups joined by {@code AND}, as in the
 * guide's {@code (Go OR Golang) AND (microservices OR grpc) AND (senior OR lead)}.
 *
 * <p>{@link #toString()} formats the query: a group of one term has no parentheses; a term is quoted when it
 * has whitespace, a parenthesis, a quote, a backslash, or is the word AND, OR or NOT; inside quotes {@code "}
 * and {@code \} are escaped with a backslash. {@link #parse(String)} reads that form back, so
 * {@code parse(q.toString()).equals(q)}. Parsing is a single linear pass (no regular expressions).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBooleanQuery.class)
@JsonDeserialize(as = ImmutableBooleanQuery.class)
public abstract class BooleanQuery {
    /** The longest query text {@link #parse} accepts. */
    public static final int MAX_LENGTH = 10_000;

    private static final Map<Seniority, List<String>> SENIORITY_TERMS = seniorityTerms();

    BooleanQuery() {}

    /** The groups, each a non-empty list of synonyms; at least one group. */
    public abstract List<List<String>> groups();

    /** Returns a query of the given groups. */
    public static BooleanQuery of(List<? extends List<String>> groups) {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> g : groups) {
            copy.add(List.copyOf(g));
        }
        return ImmutableBooleanQuery.builder().addAllGroups(copy).build();
    }

    /**
     * Returns the sourcing query for a role: one group per required skill that has keywords, then a group for the
     * seniority ({@code senior OR lead} for a senior role). Keywords are used without surrounding whitespace.
     *
     * @throws InvalidHiringDataException if the role has no required skill with keywords, or a keyword holds a
     *     control character (the violation names the keyword, such as {@code skills[0].keywords[1]})
     */
    public static BooleanQuery forRole(Role role) {
        List<List<String>> groups = new ArrayList<>();
        List<Violation> bad = new ArrayList<>();
        List<SkillRequirement> skills = role.skills();
        for (int i = 0; i < skills.size(); i++) {
            SkillRequirement s = skills.get(i);
            if (!s.required() || s.keywords().isEmpty()) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < s.keywords().size(); j++) {
                String term = s.keywords().get(j).strip();
                if (term.chars().anyMatch(Character::isISOControl)) {
                    bad.add(new Violation(
                            "skills[" + i + "].keywords[" + j + "]",
                            "must not contain control characters to be used in a sourcing query"));
                }
                terms.add(term);
            }
            groups.add(terms);
        }
        if (!bad.isEmpty()) {
            throw new InvalidHiringDataException("Role", bad);
        }
        if (groups.isEmpty()) {
            throw new InvalidHiringDataException(
                    "Role",
                    List.of(new Violation(
                            "skills", "needs at least one required skill with keywords to build a sourcing query")));
        }
        groups.add(SENIORITY_TERMS.get(role.seniority()));
        return of(groups);
    }

    /**
     * Parses a query in the form {@link #toString()} writes.
     *
     * @throws HiringParseException with the 1-based column of the problem, if the text is not such a query
     */
    public static BooleanQuery parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new HiringParseException(
                    "query is longer than " + MAX_LENGTH + " characters", "$", 1, MAX_LENGTH + 1);
        }
        return new Parser(text).query();
    }

    /** Returns a copy with one more group of synonyms. */
    public final BooleanQuery plusGroup(List<String> synonyms) {
        List<List<String>> groups = new ArrayList<>(groups());
        groups.add(synonyms);
        return of(groups);
    }

    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder();
        for (List<String> g : groups()) {
            if (sb.length() > 0) {
                sb.append(" AND ");
            }
            if (g.size() > 1) {
                sb.append('(');
            }
            for (int i = 0; i < g.size(); i++) {
                if (i > 0) {
                    sb.append(" OR ");
                }
                appendTerm(sb, g.get(i));
            }
            if (g.size() > 1) {
                sb.append(')');
            }
        }
        return sb.toString();
    }

    private static void appendTerm(StringBuilder sb, String term) {
        if (!needsQuotes(term)) {
            sb.append(term);
            return;
        }
        sb.append('"');
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    private static boolean needsQuotes(String term) {
        String upper = term.toUpperCase(Locale.ROOT);
        if (upper.equals("AND") || upper.equals("OR") || upper.equals("NOT")) {
            return true;
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    @Value.Check
    final void check() {
        Violations v =
                Violations.of("BooleanQuery").require(!groups().isEmpty(), "groups", "must have at least one group");
        for (int i = 0; i < groups().size(); i++) {
            List<String> g = groups().get(i);
            v.require(!g.isEmpty(), "groups[" + i + "]", "must have at least one term");
            for (int j = 0; j < g.size(); j++) {
                String t = g.get(j);
                boolean ok = !t.isBlank() && t.strip().equals(t) && t.chars().noneMatch(Character::isISOControl);
                v.require(
                        ok,
                        "groups[" + i + "][" + j + "]",
                        "must be non-blank, without surrounding whitespace or control characters");
            }
        }
        v.throwIfAny();
    }

    private static Map<Seniority, List<String>> seniorityTerms() {
        Map<Seniority, List<String>> m = new EnumMap<>(Seniority.class);
        m.put(Seniority.JUNIOR, List.of("junior", "graduate"));
        m.put(Seniority.MID, List.of("mid-level", "intermediate"));
        m.put(Seniority.SENIOR, List.of("senior", "lead"));
        m.put(Seniority.STAFF, List.of("staff", "principal"));
        m.put(Seniority.PRINCIPAL, List.of("principal", "distinguished"));
        return m;
    }

    /** A recursive-descent parser over the text; one pass, no backtracking. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        BooleanQuery query() {
            List<List<String>> groups = new ArrayList<>();
            skipSpace();
            if (pos == s.length()) {
                throw error("query is empty");
            }
            groups.add(group());
            skipSpace();
            while (pos < s.length()) {
                expectKeyword("AND");
                skipSpace();
                groups.add(group());
                skipSpace();
            }
            try {
                return of(groups);
            } catch (InvalidHiringDataException e) {
                throw error("query has an empty or invalid term");
            }
        }

        private List<String> group() {
            List<String> terms = new ArrayList<>();
            if (peek() == '(') {
                pos++;
                skipSpace();
                terms.add(term());
                skipSpace();
                while (peek() != ')') {
                    if (pos >= s.length()) {
                        throw error("missing ')'");
                    }
                    expectKeyword("OR");
                    skipSpace();
                    terms.add(term());
                    skipSpace();
                }
                pos++;
            } else {
                terms.add(term());
            }
            return terms;
        }

        private String term() {
            if (pos >= s.length()) {
                throw error("expected a term");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                StringBuilder sb = new StringBuilder();
                while (true) {
                    if (pos >= s.length()) {
                        throw error("unterminated quoted term");
                    }
                    char d = s.charAt(pos++);
                    if (d == '\\') {
                        if (pos >= s.length()) {
                            throw error("dangling escape");
                        }
                        sb.append(s.charAt(pos++));
                    } else if (d == '"') {
                        return sb.toString();
                    } else {
                        sb.append(d);
                    }
                }
            }
            if (c == '(' || c == ')') {
                throw error("expected a term, found '" + c + "'");
            }
            int start = pos;
            while (pos < s.length() && !isDelimiter(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos);
            String upper = word.toUpperCase(Locale.ROOT);
            if (upper.equals("AND") || upper.equals("OR") || upper.equals("NOT")) {
                pos = start;
                throw error("expected a term, found the operator " + upper + " (quote it to search for it)");
            }
            return word;
        }

        private void expectKeyword(String keyword) {
            int start = pos;
            while (pos < s.length() && !isDelimiter(s.charAt(pos))) {
                pos++;
            }
            if (!s.substring(start, pos).equals(keyword)) {
                pos = start;
                throw error("expected " + keyword);
            }
        }

        private static boolean isDelimiter(char c) {
            return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private HiringParseException error(String message) {
            return new HiringParseException(message, "$", 1, pos + 1);
        }
    }
}
