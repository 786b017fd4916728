package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds gender-coded words in the employer's own voice: whole known word forms, not in a technical sense (the
 * entries' {@code notIf} contexts and the allow-listed phrases), not inside boilerplate (a block holding
 * equal-opportunity, accommodation or privacy wording, or the section under such a heading), not in benefits, pay or
 * hiring-process sections, and not twice for a paragraph that repeats an earlier one word for word.
 */
public final class GenderCoder {
    private GenderCoder() {}

    /** The word lists the coder reads. */
    public record Lists(Lexicon masculine, Lexicon feminine, Lexicon allow, Lexicon boilerplate) {
        /** Lists compare by the word lists themselves, whether or not a rule's context bound them to a document. */
        public Lists {
            masculine = PhraseLexicon.unbound(masculine);
            feminine = PhraseLexicon.unbound(feminine);
            allow = PhraseLexicon.unbound(allow);
            boilerplate = PhraseLexicon.unbound(boilerplate);
        }
    }

    /**
     * The coded-word matches: masculine ones first in the result's first list, feminine in the second. Computed
     * once per document and set of word lists (the rule and the document metrics both ask).
     */
    public static List<List<PhraseMatch>> matches(JdDocument doc, Lists lists) {
        @SuppressWarnings("unchecked")
        List<List<PhraseMatch>> m = DocumentData.get(doc, lists, List.class, d -> compute(d, lists));
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

    /**
     * The verdict for the given counts of masculine- and feminine-coded words, from feminine minus masculine: 0
     * neutral ({@code empty} when there is no coded word), 1 to 3 feminine-coded, above 3 strongly feminine-coded,
     * and symmetrically for masculine.
     */
    public static String verdict(int masculine, int feminine) {
        if (masculine == 0 && feminine == 0) {
            return "empty";
        }
        int d = feminine - masculine;
        if (d == 0) {
            return "neutral";
        }
        if (d > 3) {
            return "strongly feminine-coded";
        }
        if (d > 0) {
            return "feminine-coded";
        }
        return d < -3 ? "strongly masculine-coded" : "masculine-coded";
    }
}
