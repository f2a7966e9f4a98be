package org.reftally.ingest;

/**
 * When and how a ballots file is read in parallel: files of at least {@code parallelFrom} bytes
 * are cut into chunks of about {@code chunkBytes}. Smaller files (and every returns file) take the
 * sequential reader, whose start-up costs less. Tests set both tiny to cut small files into many
 * chunks. Immutable.
 */
record ReadTuning(long parallelFrom, int chunkBytes) {

    /** 1 MiB and up in parallel, in chunks of 4 MiB. */
    static final ReadTuning DEFAULT = new ReadTuning(1 << 20, 4 << 20);

    ReadTuning {
        if (chunkBytes < 1 || parallelFrom < 0) {
            throw new IllegalArgumentException("bad read tuning " + parallelFrom + "/" + chunkBytes);
        }
    }
}
