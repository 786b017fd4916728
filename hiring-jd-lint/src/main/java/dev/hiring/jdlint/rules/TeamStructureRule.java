package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import org.jspecify.annotations.Nullable;

/**
 * The guide's "Mention team structure": team size, composition or reporting line. A size is a number of people
 * in the team ("a team of 6", "four engineers and a designer"), not a company's headcount, a number of openings
 * ("we are hiring two engineers") or an adjective ("a small team"); a composition names two kinds of people; a
 * reporting line names whom the role reports to ("report to the VP of Engineering", not "cloud reports to
 * management") or whom it leads ("lead a team", not "lead teams" across the company).
 */
@RuleMeta(
        id = "team-structure",
        summary = "Mention the team structure: size, composition or reporting line",
        reason = "Candidates decide on the people they will work with and for; the team is part of the job",
        severity = Severity.WARNING,
        category = Category.CONTENT,
        guideRef = "outcomes-and-team",
        messages = {
            @Message(id = "missing", text = "No team structure: state the team's size, composition or reporting line")
        })
public final class TeamStructureRule implements JdRule {
    /** How many words may stand between a number or a leading verb and what it is about. */
    private static final int WINDOW = 3;

    /** How many words may stand between a leading verb and the team it leads ("lead and mentor our SRE team"). */
    private static final int LEAD_WINDOW = 5;

    /** How many words after "team of" are read for its members. */
    private static final int COMPOSITION_WORDS = 8;

    /** How many words after "report to" are read for the manager's title. */
    private static final int MANAGER_WORDS = 6;

    /** The largest number read as a team's size: a company's headcount ("900 people") is not the team. */
    private static final int MAX_TEAM = 50;

    /** Creates the rule. */
    public TeamStructureRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        if (ctx.lexicon("team-phrases").occursIn(doc, 0, doc.text().length())) {
            return;
        }
        Lexicon nouns = ctx.lexicon("team-size-nouns");
        Lexicon managers = ctx.lexicon("manager-titles");
        Lexicon years = ctx.lexicon("years-words");
        Lexicon generic = ctx.lexicon("team-generic-nouns");
        Lexicon functions = ctx.lexicon("team-functions");
        for (PhraseMatch m : ctx.lexicon("team-report-phrases").findAll(doc)) {
            if (within(doc, managers, m.lastWord() + 1, MANAGER_WORDS)) {
                return;
            }
        }
        for (PhraseMatch m : ctx.lexicon("team-composition-phrases").findAll(doc)) {
            if (members(doc, m.lastWord() + 1, nouns, years, generic, MAX_TEAM)
                    && aboutTheRole(doc, doc.wordToken(m.firstWord()))) {
                return;
            }
        }
        Lexicon numberWords = ctx.lexicon("number-words");
        Lexicon team = ctx.lexicon("team-words");
        Lexicon ledTeam = ctx.lexicon("team-lead-objects");
        Lexicon context = ctx.lexicon("team-context");
        Lexicon leads = ctx.lexicon("team-lead-verbs");
        Lexicon manages = ctx.lexicon("team-manage-verbs");
        Lexicon hiring = ctx.lexicon("hiring-verbs");
        int n = doc.wordCount();
        for (int k = 0; k < n; k++) {
            int t = doc.wordToken(k);
            if (team.lengthAt(doc, k) > 0
                    && k + 1 < n
                    && doc.token(doc.wordToken(k + 1)).equals("of")
                    && members(
                            doc,
                            k + 2,
                            nouns,
                            years,
                            null,
                            k > 0 && functions.lengthAt(doc, k - 1) > 0 ? Integer.MAX_VALUE : MAX_TEAM)
                    && aboutTheRole(doc, t)) {
                return;
            }
            // "lead and mentor our SRE team", not "the company is run by a skilled team"
            boolean leadsTeam = leads.lengthAt(doc, k) > 0
                    && !(k + 1 < n && doc.token(doc.wordToken(k + 1)).equals("by"))
                    && within(doc, ledTeam, k + 1, LEAD_WINDOW);
            boolean managesPeople = manages.lengthAt(doc, k) > 0
                    && (within(doc, ledTeam, k + 1, WINDOW) || within(doc, nouns, k + 1, WINDOW));
            if ((leadsTeam || managesPeople) && aboutTheRole(doc, t)) {
                return;
            }
            boolean number = (doc.isNumber(t)
                            && RuleSupport.leadingInt(doc.token(t)) > 0
                            && RuleSupport.leadingInt(doc.token(t)) <= MAX_TEAM)
                    || (numberWords.lengthAt(doc, k) > 0 && !doc.token(t).startsWith("a"));
            // "we are hiring two engineers" counts openings, not the team
            if (!number || after(doc, hiring, k, 2)) {
                continue;
            }
            for (int j = k + 1; j <= k + WINDOW && j < n; j++) {
                if (doc.sentence(doc.wordToken(j)) != doc.sentence(t)) {
                    break;
                }
                if (nouns.lengthAt(doc, j) > 0 && RuleSupport.sentenceHas(doc, k, context) && aboutTheRole(doc, t)) {
                    return;
                }
            }
        }
        ctx.reportDocument(doc, "missing");
    }

    /** Whether a phrase of {@code lex} ends just before word {@code k}, at most {@code gap} words before it. */
    private static boolean after(JdDocument doc, Lexicon lex, int k, int gap) {
        int sentence = doc.sentence(doc.wordToken(k));
        for (int j = Math.max(0, k - gap - 3); j < k; j++) {
            int len = lex.lengthAt(doc, j);
            if (len > 0 && j + len <= k && j + len >= k - gap + 1 && doc.sentence(doc.wordToken(j)) == sentence) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase of {@code lex} starts within {@code window} words from word {@code from}, in its sentence. */
    private static boolean within(JdDocument doc, Lexicon lex, int from, int window) {
        if (from >= doc.wordCount()) {
            return false;
        }
        int sentence = doc.sentence(doc.wordToken(from - 1));
        for (int j = from; j < Math.min(doc.wordCount(), from + window); j++) {
            if (doc.sentence(doc.wordToken(j)) != sentence) {
                return false;
            }
            if (lex.lengthAt(doc, j) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code t} lies outside the process and benefits sections (interviewers are not the team);
     * asked only of a candidate, as the section lookup scans the sections.
     */
    private static boolean aboutTheRole(JdDocument doc, int t) {
        SectionKind kind = RuleSupport.sectionKind(doc, doc.tokenStart(t));
        return kind != SectionKind.PROCESS && kind != SectionKind.BENEFITS;
    }

    /**
     * Whether the words from {@code from} name the members of a team: a size ("of 19", "of around 12", not "of
     * 900" or "of more than 25 years of experience"; an "engineering team of around 500" is a team of that size
     * however large) or two kinds of people ("of software engineers and quant developers"), but not one kind ("of
     * engineers"). After an explicit composition phrase ("the team consists of"), one specific kind is enough
     * ("roboticists"), a generic one ("talented engineers") is not.
     */
    private static boolean members(
            JdDocument doc, int from, Lexicon nouns, Lexicon years, @Nullable Lexicon generic, int maxSize) {
        int n = doc.wordCount();
        if (from <= 0 || from >= n) {
            return false;
        }
        int sentence = doc.sentence(doc.wordToken(from - 1));
        int kinds = 0;
        for (int j = from; j < Math.min(n, from + COMPOSITION_WORDS); j++) {
            int t = doc.wordToken(j);
            if (doc.sentence(t) != sentence) {
                break;
            }
            int size = doc.isNumber(t) ? RuleSupport.leadingInt(doc.token(t)) : -1;
            if (size > 0) {
                return size <= maxSize && (j + 1 >= n || years.lengthAt(doc, j + 1) == 0);
            }
            int len = nouns.lengthAt(doc, j);
            if (generic != null && generic.lengthAt(doc, j) == 0 && (len > 0 || specialist(doc.token(t)))) {
                return true;
            }
            if (len > 0) {
                kinds++;
                j += len - 1;
            }
        }
        return kinds >= 2;
    }

    /** Whether a word names a specialist by its ending: "roboticists", "economists", "data scientists". */
    private static boolean specialist(String word) {
        return word.length() > 5 && word.endsWith("ists");
    }
}
