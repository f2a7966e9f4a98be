package org.reftally.ingest;

/**
 * When and how a ballots file is read in parallel: files of at least {@code parallelFrom} bytes
 * are cut into chunks of about {@code chunkBytes}. Smaller files (and every returns file) take the
 * sequential reader, whose start-up costs less; a returns file of at least {@code parallelFrom}
 * bytes on the fast path is hashed on a thread of its own. Tests set both tiny to cut small files
 * into many chunks. {@code plainReturns} says whether wide returns files take their fast path
 * ({@link PlainReturnsRows}); tests turn it off to compare it with OpenCSV on every line.
 * {@code maxShapes} caps the row shapes a worker of the parallel reader keeps ({@link RowShapes});
 * tests lower it to reach the cap with a small file. Immutable.
 */
record ReadTuning(long parallelFrom, int chunkBytes, boolean plainReturns, int maxShapes) {

    /** 1 MiB and up in parallel, in chunks of 4 MiB; the returns fast path on. */
    static final ReadTuning DEFAULT = new ReadTuning(1 << 20, 4 << 20);

    ReadTuning(long parallelFrom, int chunkBytes) {
        this(parallelFrom, chunkBytes, true);
    }

    ReadTuning(long parallelFrom, int chunkBytes, boolean plainReturns) {
        this(parallelFrom, chunkBytes, plainReturns, RowShapes.MAX_SHAPES);
    }

    ReadTuning {
        if (chunkBytes < 1 || parallelFrom < 0 || maxShapes < 0) {
            throw new IllegalArgumentException("bad read tuning " + parallelFrom + "/" + chunkBytes);
        }
    }
}
