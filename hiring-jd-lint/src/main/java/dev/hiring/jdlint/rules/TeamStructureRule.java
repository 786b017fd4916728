package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/** The guide's "Mention team structure": team size, composition or reporting line. */
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

    /** How many words after "team of" are read for its members. */
    private static final int COMPOSITION_WORDS = 8;

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
        Lexicon numberWords = ctx.lexicon("number-words");
        Lexicon team = ctx.lexicon("team-words");
        Lexicon context = ctx.lexicon("team-context");
        Lexicon leads = ctx.lexicon("team-lead-verbs");
        Lexicon manages = ctx.lexicon("team-manage-verbs");
        Lexicon sizes = ctx.lexicon("team-size-adjectives");
        int n = doc.wordCount();
        for (int k = 0; k < n; k++) {
            int t = doc.wordToken(k);
            if (team.lengthAt(doc, k) > 0 && teamOf(doc, k, nouns) && aboutTheRole(doc, t)) {
                return;
            }
            boolean leadsTeam =
                    (leads.lengthAt(doc, k) > 0 || sizes.lengthAt(doc, k) > 0) && within(doc, team, k + 1, WINDOW);
            boolean managesPeople = manages.lengthAt(doc, k) > 0
                    && (within(doc, team, k + 1, WINDOW) || within(doc, nouns, k + 1, WINDOW));
            if ((leadsTeam || managesPeople) && aboutTheRole(doc, t)) {
                return;
            }
            boolean number = (doc.isNumber(t)
                            && RuleSupport.leadingInt(doc.token(t)) > 0
                            && RuleSupport.leadingInt(doc.token(t)) <= MAX_TEAM)
                    || (numberWords.lengthAt(doc, k) > 0 && !doc.token(t).startsWith("a"));
            if (!number) {
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
     * Whether the team word {@code k} is followed by "of" and a size or a composition: "team of 19", "team of
     * around 500", "a team of software engineers and quant developers" (two kinds of people), but not "a team of
     * engineers".
     */
    private static boolean teamOf(JdDocument doc, int k, Lexicon nouns) {
        int n = doc.wordCount();
        if (k + 1 >= n || !doc.token(doc.wordToken(k + 1)).equals("of")) {
            return false;
        }
        int sentence = doc.sentence(doc.wordToken(k));
        int kinds = 0;
        for (int j = k + 2; j < Math.min(n, k + 2 + COMPOSITION_WORDS); j++) {
            int t = doc.wordToken(j);
            if (doc.sentence(t) != sentence) {
                break;
            }
            if (doc.isNumber(t) && RuleSupport.leadingInt(doc.token(t)) > 0) {
                return true;
            }
            int len = nouns.lengthAt(doc, j);
            if (len > 0) {
                kinds++;
                j += len - 1;
            }
        }
        return kinds >= 2;
    }
}
