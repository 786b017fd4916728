/**
 * The hiring domain as immutable, validated value types: {@link dev.hiring.core.Role}, {@link
 * dev.hiring.core.Skill}, {@link dev.hiring.core.RubricCriterion}, {@link dev.hiring.core.RatingScale}, {@link
 * dev.hiring.core.RejectionReason}, {@link dev.hiring.core.HiringGuide} and the rest, plus {@link
 * dev.hiring.core.HiringGuides}, the built-in guides (a registry of guides by id, with a company's own, is {@link
 * dev.hiring.core.guide.GuideRegistry}).
 *
 * <p>Every value type is built through a factory ({@code of}, {@code builder()}, {@code parse}) that checks its
 * structural invariants and throws {@link dev.hiring.core.InvalidHiringDataException} listing every violation.
 * Guide policies (a role lists 3 to 5 responsibilities) are Jakarta constraints, checked at system edges with
 * {@link dev.hiring.core.validation.HiringValidator}.
 */
@NullMarked
@HiringStyle
package dev.hiring.core;

import org.jspecify.annotations.NullMarked;
