/**
 * Importers from applicant-tracking systems: Greenhouse Harvest scorecards, Lever feedback forms, Ashby
 * application feedback and Workable ratings, read into {@link dev.hiring.rubric.Scorecard}s with an {@link
 * dev.hiring.rubric.importer.AtsMapping}.
 *
 * <p>Policy for vendor payloads: unknown <em>fields</em> are ignored (vendors add fields over time); unknown
 * <em>values</em> of a vocabulary (a rating or recommendation the importer does not know) are errors naming the
 * field, never a silent default.
 */
@NullMarked
@HiringStyle
package dev.hiring.rubric.importer;

import dev.hiring.core.HiringStyle;
import org.jspecify.annotations.NullMarked;
