package org.reftally.model;

import java.util.Objects;

/**
 * The accounting of one input file: every data row was either counted or rejected, so
 * {@code rows == counted + rejected}. Immutable.
 *
 * @param path   the path as given on the command line
 * @param sha256 lower-case hex SHA-256 of the bytes read
 * @param bytes  the size read
 * @param kind   {@code ballots} or {@code returns}
 */
public record InputSummary(String path, String sha256, long bytes, String kind, long rows, long counted,
        long rejected) {

    public InputSummary {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(kind, "kind");
        if (rows != counted + rejected) {
            throw new IllegalStateException(path + ": rows read (" + rows + ") != counted (" + counted
                    + ") + rejected (" + rejected + ")");
        }
    }
}
