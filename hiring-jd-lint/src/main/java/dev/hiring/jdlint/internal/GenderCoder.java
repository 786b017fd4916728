package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.Block;
import dev.hiring.jdlint.BlockKind;
import dev.hiring.jdlint.GenderCoding;
import dev.hiring.jdlint.JdDocument;
import dev.hiring.jdlint.Section;
import dev.hiring.jdlint.SectionKind;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds gender-coded words in the employer's own voice: whole known word forms, not in a technical sense (the
 * entries' {@code notIf} contexts and the allow-listed phrases), not inside boilerplate (a block holding
 * equal-opportunity, accommodation or privacy wording, or the section under such a heading), not in benefits, pay or
 * hiring-process sections, and not twice for a paragraph that repeats an earlier one word for word.
 */
public final class GenderCoder {
    private GenderCoder() {}

    /** The word lists the coder reads. */
    public record Lists(Lexicon masculine, Lexicon feminine, Lexicon allow, Lexicon boilerplate) {}

    /**
     * The coded-word matches: masculine ones first in the result's first list, feminine in the second. Computed
     * once per document and set of word lists (the rule and the document metrics both ask).
     */
    public static List<List<PhraseMatch>> matches(JdDocument doc, Lists lists) {
        @SuppressWarnings("unchecked")
        List<List<PhraseMatch>> m = doc.derived(lists, List.class, d -> compute(d, lists));
        return m;
    }

    private static List<List<PhraseMatch>> compute(JdDocument doc, Lists lists) {
        BitSet allowed = new BitSet(doc.wordCount());
        for (PhraseMatch m : lists.allow().findAll(doc)) {
            allowed.set(m.firstWord(), m.lastWord() + 1);
        }
        List<int[]> excluded = new ArrayList<>();
        for (PhraseMatch m : lists.boilerplate().findAll(doc)) {
            Optional<Block> b = doc.blockAt(m.start());
            if (b.isEmpty()) {
                continue;
            }
            Block block = b.get();
            Optional<Section> s = block.kind() == BlockKind.HEADING ? doc.sectionAt(m.start()) : Optional.empty();
            excluded.add(
                    s.isPresent() && s.get().start() <= block.start()
                            ? new int[] {
                                Math.min(block.start(), s.get().start()),
                                s.get().end()
                            }
                            : new int[] {block.start(), block.end()});
        }
        Map<String, Integer> firstBlockOfText = new HashMap<>();
        Map<Integer, Boolean> repeatedBlock = new HashMap<>();
        List<List<PhraseMatch>> out = new ArrayList<>(2);
        for (Lexicon side : List.of(lists.masculine(), lists.feminine())) {
            List<PhraseMatch> kept = new ArrayList<>();
            for (PhraseMatch m : side.findAll(doc)) {
                if (!allowed.get(m.firstWord(), m.lastWord() + 1).isEmpty()
                        || inside(excluded, m.start())
                        || notAboutTheRole(doc, m.start())) {
                    continue;
                }
                Optional<Block> b = doc.blockAt(m.start());
                if (b.isPresent()) {
                    Block block = b.get();
                    boolean repeated = repeatedBlock.computeIfAbsent(block.start(), k -> {
                        String text = doc.normalized(block.start(), block.end()).strip();
                        Integer first = firstBlockOfText.putIfAbsent(text, block.start());
                        return first != null && first != block.start();
                    });
                    if (repeated) {
                        continue;
                    }
                }
                kept.add(m);
            }
            out.add(List.copyOf(kept));
        }
        return List.copyOf(out);
    }

    /** Benefits, pay and hiring-process sections describe the offer and the process, not the role or its people. */
    private static boolean notAboutTheRole(JdDocument doc, int offset) {
        Optional<Section> s = doc.sectionAt(offset);
        if (s.isEmpty()) {
            return false;
        }
        SectionKind k = s.get().kind();
        return k == SectionKind.BENEFITS || k == SectionKind.COMPENSATION || k == SectionKind.PROCESS;
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The document's gender coding. */
    public static GenderCoding code(JdDocument doc, Lists lists) {
        List<List<PhraseMatch>> m = matches(doc, lists);
        TreeSet<String> mw = new TreeSet<>();
        for (PhraseMatch p : m.get(0)) {
            mw.add(doc.normalized(p.start(), p.end()));
        }
        TreeSet<String> fw = new TreeSet<>();
        for (PhraseMatch p : m.get(1)) {
            fw.add(doc.normalized(p.start(), p.end()));
        }
        int mc = m.get(0).size();
        int fc = m.get(1).size();
        return new GenderCoding(GenderCoding.verdict(mc, fc), List.copyOf(mw), List.copyOf(fw), mc, fc);
    }
}
