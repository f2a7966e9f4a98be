package org.reftally.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Decodes one line of a CSV file, shared by the sequential and the parallel reader: a trailing CR
 * (CRLF line ends) is dropped, pure ASCII takes the fast road, and invalid UTF-8 is never replaced
 * silently: the caller's exception is thrown with the 1-based byte of the line where it starts.
 * Stateless; the decoder passed in belongs to the calling reader.
 */
final class Utf8Line {

    private Utf8Line() {
    }

    static String decode(CharsetDecoder decoder, byte[] bytes, int from, int to,
            IntFunction<RuntimeException> invalidAtByte) {
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
        }
        ByteBuffer src = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from);
        decoder.reset();
        CoderResult result = decoder.decode(src, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalidAtByte.apply(src.position() - from + 1);
        }
        out.flip();
        return out.toString();
    }
}
