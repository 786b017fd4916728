package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code notIf} contexts of one lexicon entry as a tree of their words, so that asking whether a context
 * covers a match costs one walk per start position near the match (at most the longest context's length plus the
 * match's), whatever the number of contexts: an entry such as "support" can have hundreds once its alternatives
 * are expanded.
 *
 * <p>This class is immutable and thread-safe.
 */
final class GuardTree {
    private static final class Node {
        /** The children by word while the tree is built; {@link #table} afterwards. */
        private @Nullable Map<String, Node> next;
        /** The children by word, looked up by the word's characters in place. */
        private @Nullable WordTable<Node> table;
        /** The punctuation required between the words of each context ending here (null when none is). */
        private @Nullable List<@Nullable String[]> ends;
    }

    private final Node root = new Node();
    private final int maxWords;

    private GuardTree(List<LexiconPatterns.Variant> contexts) {
        int longest = 0;
        for (LexiconPatterns.Variant v : contexts) {
            String[] w = v.words();
            if (w.length == 0) {
                continue;
            }
            longest = Math.max(longest, w.length);
            Node node = root;
            for (String word : w) {
                Map<String, Node> next = node.next;
                if (next == null) {
                    next = new HashMap<>();
                    node.next = next;
                }
                node = next.computeIfAbsent(word, k -> new Node());
            }
            List<@Nullable String[]> ends = node.ends;
            if (ends == null) {
                ends = new ArrayList<>();
                node.ends = ends;
            }
            ends.add(v.hasGaps() ? v.gaps() : null);
        }
        this.maxWords = longest;
        freeze(root);
    }

    /** Turns the children maps built above into word tables, all the way down. */
    private static void freeze(Node node) {
        Map<String, Node> next = node.next;
        if (next == null) {
            return;
        }
        node.table = WordTable.of(next);
        node.next = null;
        for (Node child : next.values()) {
            freeze(child);
        }
    }

    /** The tree of these contexts. */
    static GuardTree of(List<LexiconPatterns.Variant> contexts) {
        return new GuardTree(contexts);
    }

    /**
     * Whether a context occurs at some word position, within one sentence and with its punctuation, so that it
     * overlaps the words {@code [first, last]}.
     */
    boolean covers(JdDocument doc, int first, int last) {
        int n = doc.wordCount();
        for (int s = Math.max(0, first - maxWords + 1); s <= last; s++) {
            if (matchesFrom(doc, s, first, n)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesFrom(JdDocument doc, int s, int first, int n) {
        int sentence = doc.sentence(doc.wordToken(s));
        String text = doc.text();
        Node node = root;
        for (int k = s; k < n && k - s < maxWords; k++) {
            int t = doc.wordToken(k);
            WordTable<Node> next = node.table;
            if (next == null || doc.sentence(t) != sentence) {
                return false;
            }
            Node child = next.get(text, doc.tokenStart(t), doc.tokenEnd(t));
            if (child == null) {
                return false;
            }
            node = child;
            List<@Nullable String[]> ends = node.ends;
            if (ends != null && k >= first) {
                for (String @Nullable [] gaps : ends) {
                    if (gaps == null || PhraseLexicon.gapsBetween(doc, gaps, s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
