package org.reftally.ingest;

import java.util.Objects;
import org.reftally.model.PartialTally;

/**
 * A partial tally read from a JSON report, with the size and SHA-256 of the bytes it was read
 * from (for the merge's own audit). Immutable and thread-safe.
 */
public record PartialFile(PartialTally partial, FileDigest digest) {

    public PartialFile {
        Objects.requireNonNull(partial, "partial");
        Objects.requireNonNull(digest, "digest");
    }
}
