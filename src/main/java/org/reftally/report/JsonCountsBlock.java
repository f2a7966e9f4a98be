package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Unit;

/**
 * The JSON object of one unit or area with its counts, made as text and handed to the generator
 * as one raw value.
 *
 * <p>Why: a returns file of a million precincts writes two million of these blocks (each unit
 * under {@code units} and as an area of its jurisdiction), some 800 MB, and field by field
 * Jackson's pretty printer made half a dozen small writes per field (separator, new line,
 * indentation, quotes, name, colon): most of the report's time.
 *
 * <p>The text is byte for byte what {@link JsonCounts#fields} writes through the generator in
 * either of {@link JsonMapping}'s layouts. Pretty: two spaces a level below the array the block is
 * in, entries separated by a comma and a new line, {@code "name": value}, {@code {}} and {@code []}
 * when empty. Compact (no pretty printer): no white space at all. Strings are escaped by Jackson's
 * own encoder. {@code JsonCountsBlockTest} writes seeded random counts, names and areas both ways,
 * in both layouts, and compares the bytes.
 *
 * <p>Not thread-safe: one per rendering.
 */
final class JsonCountsBlock {

    private static final char[] SPACES = new char[128];
    /** "00" to "99", the two digits of each number below a hundred. */
    private static final char[] PAIRS = new char[200];
    // The fixed names, which need no escaping.
    private static final char[] JURISDICTION = "jurisdiction".toCharArray();
    private static final char[] AREA = "area".toCharArray();
    private static final char[] VOTES = "votes".toCharArray();
    private static final char[] VALID = "valid".toCharArray();
    private static final char[] BLANK = "blank".toCharArray();
    private static final char[] INVALID = "invalid".toCharArray();
    private static final char[] OVERVOTES = "overvotes".toCharArray();
    private static final char[] UNRECOGNISED = "unrecognised".toCharArray();
    private static final char[] CAST = "cast".toCharArray();
    private static final char[] ELECTORATE = "electorate".toCharArray();
    private static final char[] INCOMPLETE = "incomplete".toCharArray();
    private static final char[] NULL = "null".toCharArray();

    static {
        Arrays.fill(SPACES, ' ');
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (char) ('0' + i / 10);
            PAIRS[2 * i + 1] = (char) ('0' + i % 10);
        }
    }

    private final JsonStringEncoder encoder = JsonStringEncoder.getInstance();
    private final boolean pretty;
    private final char[][] optionNames;
    private char[] text = new char[1024];
    private int length;
    private int level;
    private boolean first;

    /**
     * @param g       the generator the blocks go to: pretty when it has a pretty printer (the only
     *                one it can have is {@link JsonMapping}'s)
     * @param options the contest's option names, quoted once
     */
    JsonCountsBlock(JsonGenerator g, SerializableString[] options) {
        pretty = g.getPrettyPrinter() != null;
        optionNames = Arrays.stream(options).map(SerializableString::asQuotedChars).toArray(char[][]::new);
    }

    /**
     * Writes {@code {"jurisdiction": ..., "area": ..., "votes": ..., ...}} as the next value of the
     * array the generator is in; without {@code jurisdiction} when {@code withJurisdiction} is false.
     */
    void write(JsonGenerator g, Unit unit, boolean withJurisdiction, Counts c) throws IOException {
        int depth = g.getOutputContext().getNestingDepth();
        length = 0;
        start('{', depth + 1);
        if (withJurisdiction) {
            name(JURISDICTION);
            string(unit.jurisdiction().code());
        }
        name(AREA);
        string(unit.area());
        name(VOTES);
        start('{', depth + 2);
        for (int i = 0; i < optionNames.length; i++) {
            name(optionNames[i]);
            number(c.votes(i));
        }
        end('}', depth + 1);
        long valid = c.valid();
        name(VALID);
        number(valid);
        boolean blank = count(BLANK, c.blank());
        boolean invalid = count(INVALID, c.invalid());
        name(OVERVOTES);
        number(c.overvotes());
        name(UNRECOGNISED);
        start('{', depth + 2);
        if (!c.unrecognised().isEmpty()) { // no iterator for the empty map nearly every unit has
            for (Map.Entry<String, Long> e : c.unrecognised().entrySet()) {
                name(encoder.quoteAsString(e.getKey()));
                number(e.getValue());
            }
        }
        end('}', depth + 1);
        // Counts.cast() with the valid votes summed above: valid + blank + invalid, complete when both are.
        Count castCount = new Count(Math.addExact(Math.addExact(valid, c.blank().value()), c.invalid().value()),
                c.blank().complete() && c.invalid().complete());
        boolean cast = count(CAST, castCount);
        boolean electorate = count(ELECTORATE, c.electorate());
        name(INCOMPLETE);
        start('[', depth + 2);
        incomplete(blank, BLANK);
        incomplete(invalid, INVALID);
        incomplete(cast, CAST);
        incomplete(electorate, ELECTORATE);
        end(']', depth + 1);
        end('}', depth);
        g.writeRawValue(text, 0, length);
    }

    /** As {@code JsonCounts.count}: null when unreported, else the number; true when incomplete. */
    private boolean count(char[] name, Count count) {
        name(name);
        if (count.isUnreported()) {
            append(NULL);
            return false;
        }
        number(count.value());
        return !count.complete();
    }

    private void incomplete(boolean incomplete, char[] name) {
        if (incomplete) {
            entry();
            append('"');
            append(name);
            append('"');
        }
    }

    /** Opens an object or array whose entries are at {@code entryLevel}. */
    private void start(char bracket, int entryLevel) {
        append(bracket);
        level = entryLevel;
        first = true;
    }

    /** Closes the object or array opened last; {@code level} is the level of the value it is. */
    private void end(char bracket, int level) {
        if (!first) {
            newLine(level); // a non-empty one ends on its own line; an empty one is {} or []
        }
        append(bracket);
        this.level = level;
        first = false;
    }

    private void entry() {
        if (!first) {
            append(',');
        }
        newLine(level);
        first = false;
    }

    private void name(char[] quoted) {
        entry();
        append('"');
        append(quoted);
        append('"');
        append(':');
        if (pretty) {
            append(' ');
        }
    }

    /** A string value, quoted and escaped as the generator's {@code writeString} does. */
    private void string(String value) {
        append('"');
        if (plain(value)) {
            room(value.length());
            value.getChars(0, value.length(), text, length);
            length += value.length();
        } else {
            append(encoder.quoteAsString(value));
        }
        append('"');
    }

    /** Whether {@code s} is printable ASCII without a quote or backslash: nothing in it is escaped. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** A count in decimal digits, as the generator writes a {@code long}; counts are never negative. */
    private void number(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count must not be negative: " + value);
        }
        int digits = 1;
        for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
            digits++;
        }
        room(digits);
        int at = length + digits;
        // Two digits a division, by a table: some twenty million numbers go through here.
        while (value >= 100) {
            int pair = (int) (value % 100);
            value /= 100;
            text[--at] = PAIRS[2 * pair + 1];
            text[--at] = PAIRS[2 * pair];
        }
        if (value >= 10) {
            text[--at] = PAIRS[2 * (int) value + 1];
            text[--at] = PAIRS[2 * (int) value];
        } else {
            text[--at] = (char) ('0' + value);
        }
        length += digits;
    }

    private void newLine(int level) {
        if (!pretty) {
            return;
        }
        append('\n');
        int spaces = 2 * level;
        while (spaces > SPACES.length) {
            append(SPACES, SPACES.length);
            spaces -= SPACES.length;
        }
        append(SPACES, spaces);
    }

    private void append(char c) {
        room(1);
        text[length++] = c;
    }

    private void append(char[] chars) {
        append(chars, chars.length);
    }

    private void append(char[] chars, int n) {
        room(n);
        System.arraycopy(chars, 0, text, length, n);
        length += n;
    }

    private void room(int n) {
        if (length + n > text.length) {
            text = Arrays.copyOf(text, Math.max(2 * text.length, length + n));
        }
    }
}
