package dev.hiring.jdlint;

/**
 * Measures of a document.
 *
 * @param words the number of words (tokens with a letter or digit)
 * @param genderCoding the gender coding of the wording
 */
public record Metrics(int words, GenderCoding genderCoding) {}
