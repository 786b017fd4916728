/** The built-in rules, one small stateless class each, registered in {@link dev.hiring.jdlint.rules.BuiltInRules}. */
@NullMarked
package dev.hiring.jdlint.rules;

import org.jspecify.annotations.NullMarked;
