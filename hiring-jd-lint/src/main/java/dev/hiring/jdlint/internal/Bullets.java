package dev.hiring.jdlint.internal;

/** The characters that people use as list bullets in plain text and in Markdown paragraphs. */
final class Bullets {
    private Bullets() {}

    /**
     * Whether a code point is a bullet when it starts a line and a space follows: {@code - * +} and the
     * typographic bullets, dashes, squares, triangles, arrows and check marks.
     */
    static boolean isBullet(int cp) {
        return switch (cp) {
            case '-',
                    '*',
                    '+',
                    '\u2022',
                    '\u25CF',
                    '\u25AA',
                    '\u25AB',
                    '\u25A0',
                    '\u25A1',
                    '\u25E6',
                    '\u2023',
                    '\u2043',
                    '\u2013',
                    '\u2014',
                    '\u00B7',
                    '\u25B8',
                    '\u25BA',
                    '\u25B6',
                    '\u27A2',
                    '\u2794',
                    '\u2192',
                    '\u2713',
                    '\u2714',
                    '\u2605',
                    '\u2606',
                    '\u25C6',
                    '\u25C7',
                    '\u2751',
                    '\u2752',
                    '\u274F',
                    '\u2B25',
                    '\u29BF',
                    '\u2219',
                    '\u30FB',
                    '\uF0B7' -> true;
            default -> false;
        };
    }
}
