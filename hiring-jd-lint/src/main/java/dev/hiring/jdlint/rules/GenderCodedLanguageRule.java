package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.internal.GenderCoder;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gender-coded wording after Gaucher, Friesen and Kay (2011), who found that masculine-coded wording makes a job
 * less appealing to women, and found no such effect of feminine-coded wording on men. By default the rule reports
 * only when the posting leans masculine: each distinct masculine-coded word once, at its first place, with the
 * lines of all its places. Words in a technical or role sense (support as a service, analysing data, a lead as a
 * role, individual contributor, share scheme, network connections), in equal-opportunity or other boilerplate, and
 * in a repeated paragraph are not counted. The feminine side and the verdict are always in the document metrics;
 * the option {@code feminine} also reports the feminine-coded words of a posting that leans feminine.
 */
@RuleMeta(
        id = "gender-coded-language",
        summary = "Avoid wording that makes a posting lean masculine",
        reason = "Masculine-coded wording makes a job less appealing to women without changing who can do it "
                + "(Gaucher, Friesen & Kay 2011)",
        severity = Severity.SUGGESTION,
        category = Category.INCLUSION,
        guideRef = "beyond-guide/gender-coded-language",
        messages = {
            @Message(id = "masculine", text = "\"{0}\" is masculine-coded ({2}); the posting reads {1}"),
            @Message(id = "feminine", text = "\"{0}\" is feminine-coded ({2}); the posting reads {1}")
        })
public final class GenderCodedLanguageRule implements JdRule {
    /** Creates the rule. */
    public GenderCodedLanguageRule() {}

    /**
     * Options.
     *
     * @param feminine also report the feminine-coded words when the posting leans feminine (default false: the
     *     study found harm from masculine wording only)
     */
    public record Options(boolean feminine) {
        /** The defaults. */
        public static final Options DEFAULTS = new Options(false);
    }

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Options o = ctx.options(Options.class, Options.DEFAULTS);
        List<List<PhraseMatch>> m = GenderCoder.matches(
                doc,
                new GenderCoder.Lists(
                        ctx.lexicon("gender-masculine"),
                        ctx.lexicon("gender-feminine"),
                        ctx.lexicon("gender-allow"),
                        ctx.lexicon("gender-boilerplate")));
        String verdict = GenderCoder.verdict(m.get(0).size(), m.get(1).size());
        boolean masculine = verdict.endsWith("masculine-coded");
        boolean feminine = o.feminine() && verdict.endsWith("feminine-coded");
        if (!masculine && !feminine) {
            return;
        }
        Map<String, List<PhraseMatch>> byWord = new LinkedHashMap<>();
        for (PhraseMatch p : m.get(masculine ? 0 : 1)) {
            byWord.computeIfAbsent(doc.normalized(p.start(), p.end()), k -> new ArrayList<>())
                    .add(p);
        }
        for (List<PhraseMatch> places : byWord.values()) {
            PhraseMatch first = places.get(0);
            ctx.reportWithSuggestion(
                    doc.span(first.start(), first.end()),
                    masculine ? "masculine" : "feminine",
                    "use neutral wording that describes the task",
                    doc.originalText(first.start(), first.end()),
                    verdict,
                    places(doc, places));
        }
    }

    /** "line 3" or "3 times: lines 3, 9, 14". */
    private static String places(JdDocument doc, List<PhraseMatch> places) {
        List<Integer> lines = new ArrayList<>();
        for (PhraseMatch p : places) {
            int line = doc.span(p.start(), p.end()).line();
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        StringBuilder b = new StringBuilder();
        if (places.size() > 1) {
            b.append(places.size()).append(" times: ");
        }
        b.append(lines.size() > 1 ? "lines " : "line ");
        for (int i = 0; i < lines.size(); i++) {
            b.append(i > 0 ? ", " : "").append(lines.get(i));
        }
        return b.toString();
    }
}
