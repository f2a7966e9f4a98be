package org.reftally.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a seeded wide returns file, {@code state,precinct,YES,NO,blank}: 51 states, each with
 * ROWS / 51 precincts (the first states one more when it does not divide), counts 0-900 per
 * option and 0-30 blank. The same arguments always give the same bytes (java.util.Random is
 * specified), so figures from different machines are of the same file. Not thread-safe; a tool.
 */
public final class GenerateReturns {

    private static final int STATES = 51;
    private static final long SEED = 42;

    private GenerateReturns() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        Random random = new Random(SEED);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("state,precinct,YES,NO,blank\n");
            for (int s = 0; s < STATES; s++) {
                long precincts = rows / STATES + (s < rows % STATES ? 1 : 0);
                String state = String.format("S%02d", s);
                for (long p = 0; p < precincts; p++) {
                    out.write(state + ",P" + state + "-" + String.format("%06d", p) + "," + random.nextInt(901) + ","
                            + random.nextInt(901) + "," + random.nextInt(31) + "\n");
                }
            }
        }
    }
}
