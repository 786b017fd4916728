package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.internal.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/** Splits a phrase into normalized word tokens, exactly as documents are tokenized. */
public final class PhraseTokens {
    private PhraseTokens() {}

    /** The word tokens of a phrase (punctuation dropped). */
    public static String[] of(String phrase) {
        TextBuilder b = new TextBuilder();
        b.append(phrase, 0, phrase.length(), false, false);
        String text = b.text();
        Tokens t = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.count; i++) {
            if (t.kind[i] != Tokens.PUNCT) {
                out.add(t.text(i));
            }
        }
        return out.toArray(new String[0]);
    }

    /** The normalized form of a phrase: its word tokens joined by single spaces. */
    public static String normalize(String phrase) {
        return String.join(" ", of(phrase));
    }
}
