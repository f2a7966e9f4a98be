package org.reftally.ingest;

/**
 * Receives every data row that could not be counted, in input order. The CLI decides where they
 * go (a rejects file, the error stream); ingest itself never prints.
 *
 * <p>Called on the reading thread only; an implementation need not be thread-safe.
 */
@FunctionalInterface
public interface RejectSink {

    void accept(Reject reject);

    /** A sink that drops every reject (callers still see the count in each input's summary). */
    static RejectSink ignore() {
        return r -> { };
    }
}
