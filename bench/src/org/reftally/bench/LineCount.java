package org.reftally.bench;

import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The floor: count the newlines of a file, memory-mapped, on N threads (default 2). Usage: LineCount FILE [N]. */
public final class LineCount {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ)) {
            long size = ch.size();
            long part = 64L << 20;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Long>> parts = new ArrayList<>();
            for (long at = 0; at < size; at += part) {
                long from = at;
                long len = Math.min(part, size - at);
                parts.add(pool.submit(() -> {
                    MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, from, len);
                    long n = 0;
                    for (int i = 0; i < len; i++) {
                        if (m.get(i) == '\n') {
                            n++;
                        }
                    }
                    return n;
                }));
            }
            long lines = 0;
            for (Future<Long> f : parts) {
                lines += f.get();
            }
            pool.shutdown();
            System.out.println(lines + " lines");
        }
    }
}
