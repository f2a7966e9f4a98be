/**
 * Immutable value types of a count: jurisdictions and their sets, contests and options, mergeable
 * tallies, and exact fractions and thresholds.
 *
 * <p>Contract: this package imports only the JDK. Counts are {@code long}; every comparison that
 * decides anything is exact ({@link org.reftally.model.Fraction},
 * {@link org.reftally.model.Threshold}).
 */
package org.reftally.model;
