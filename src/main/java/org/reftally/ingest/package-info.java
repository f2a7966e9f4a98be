/**
 * Reading ballots and returns: CSV files (one row per ballot, or counts per jurisdiction in wide or
 * long form) into an immutable {@link org.reftally.model.Tally}, with every data row counted or
 * rejected ({@code file:line: reason}), and jurisdiction sets (built-in or from a file).
 *
 * <p>Entry points: {@link org.reftally.ingest.Ingest#read}, {@link org.reftally.ingest.JurisdictionSets#load};
 * for canvassing, {@link org.reftally.ingest.PartialTallyReader#read} (a JSON report back into a
 * partial tally), {@link org.reftally.ingest.BatchManifests#read},
 * {@link org.reftally.ingest.AuditManifestReader#read} and {@link org.reftally.ingest.FileDigest}.
 * Errors are {@link org.reftally.ingest.InputFileException} (an unusable input),
 * {@link org.reftally.ingest.StrictModeException} (a reject in strict mode) and
 * {@link org.reftally.ingest.InputSelectionException} (files and options that do not fit together,
 * such as the same file twice).
 *
 * <p>Contract: imports only {@code org.reftally.model}, the JDK, OpenCSV and (to read reftally's own
 * JSON back) Jackson; knows nothing of schemes, reports or the CLI; never prints. Counts are {@code long} and never guessed: a cell that
 * is not a plain whole number rejects its row.
 */
package org.reftally.ingest;
