package dev.hiring.jdlint.internal;

/**
 * Folds common look-alike characters to ASCII: Cyrillic and Greek letters that look like Latin ones (both
 * cases, folded to lower case), typographic quotes, dashes and the non-breaking hyphen. The table is small on
 * purpose: it covers the letters used to disguise words, not every confusable character.
 */
final class Homoglyphs {
    private Homoglyphs() {}

    /** The ASCII character {@code cp} folds to, or 0 when it is not folded. */
    static char fold(int cp) {
        switch (cp) {
            // Cyrillic, lower and upper case
            case 0x0430, 0x0410, 0x03B1, 0x0391 -> {
                return 'a';
            }
            case 0x0435, 0x0415, 0x0451, 0x0401, 0x0395 -> {
                return 'e';
            }
            case 0x043E, 0x041E, 0x03BF, 0x039F -> {
                return 'o';
            }
            case 0x0440, 0x0420, 0x03C1, 0x03A1 -> {
                return 'p';
            }
            case 0x0441, 0x0421, 0x03F2 -> {
                return 'c';
            }
            case 0x0443, 0x0423, 0x03A5 -> {
                return 'y';
            }
            case 0x0445, 0x0425, 0x03C7, 0x03A7 -> {
                return 'x';
            }
            case 0x0456, 0x0406, 0x03B9, 0x0399, 0x04CF -> {
                return 'i';
            }
            case 0x0458, 0x0408 -> {
                return 'j';
            }
            case 0x0455, 0x0405 -> {
                return 's';
            }
            case 0x0501, 0x0500 -> {
                return 'd';
            }
            case 0x041D, 0x0397 -> {
                return 'h';
            }
            case 0x041A, 0x039A, 0x03BA -> {
                return 'k';
            }
            case 0x041C, 0x039C -> {
                return 'm';
            }
            case 0x0422, 0x03A4, 0x03C4 -> {
                return 't';
            }
            case 0x0412, 0x0392, 0x03B2 -> {
                return 'b';
            }
            case 0x03BD -> {
                return 'v';
            }
            case 0x03C5 -> {
                return 'u';
            }
            case 0x0396 -> {
                return 'z';
            }
            case 0x039D -> {
                return 'n';
            }
            case 0x0261 -> {
                return 'g';
            }
            // quotes
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC -> {
                return '\'';
            }
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB -> {
                return '"';
            }
            // dashes and hyphens
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D -> {
                return '-';
            }
            default -> {
                return 0;
            }
        }
    }
}
