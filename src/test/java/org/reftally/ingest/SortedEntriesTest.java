package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sorted map over an array of entries behaves as a {@link TreeMap} of the same entries would. */
class SortedEntriesTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void behavesAsATreeMapOfTheSameEntries(long seed) {
        Random random = new Random(seed);
        TreeMap<Integer, String> expected = new TreeMap<>();
        int n = random.nextInt(300);
        while (expected.size() < n) {
            int key = random.nextInt(1000);
            expected.put(key, "v" + key);
        }
        List<Map.Entry<Integer, String>> shuffled = new ArrayList<>(expected.entrySet());
        if (seed % 2 == 0) {
            Collections.shuffle(shuffled, random); // odd seeds: already in order, as most returns files are
        }
        SortedEntries<Integer, String> map = SortedEntries.of(toArray(shuffled));

        assertThat(map).containsExactlyEntriesOf(expected);
        assertThat(new TreeMap<>(map)).isEqualTo(expected);
        for (int probe = -1; probe <= 1001; probe += 1 + random.nextInt(7)) {
            assertThat(map.get(probe)).isEqualTo(expected.get(probe));
            assertThat(map.containsKey(probe)).isEqualTo(expected.containsKey(probe));
            assertThat(map.headMap(probe)).containsExactlyEntriesOf(expected.headMap(probe));
            assertThat(map.tailMap(probe)).containsExactlyEntriesOf(expected.tailMap(probe));
            int to = probe + random.nextInt(200);
            SortedMap<Integer, String> sub = map.subMap(probe, to);
            assertThat(sub).containsExactlyEntriesOf(expected.subMap(probe, to));
            if (!sub.isEmpty()) {
                assertThat(sub.firstKey()).isEqualTo(expected.subMap(probe, to).firstKey());
                assertThat(sub.lastKey()).isEqualTo(expected.subMap(probe, to).lastKey());
            }
        }
        if (expected.isEmpty()) {
            assertThatThrownBy(map::firstKey).isInstanceOf(NoSuchElementException.class);
        } else {
            assertThat(map.firstKey()).isEqualTo(expected.firstKey());
            assertThat(map.lastKey()).isEqualTo(expected.lastKey());
        }
        assertThat(map.comparator()).isNull();
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        List<Map.Entry<Integer, String>> entries = List.of(Map.entry(2, "a"), Map.entry(1, "b"), Map.entry(2, "c"));
        assertThatThrownBy(() -> SortedEntries.of(toArray(entries))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2");
    }

    @Test
    void itCannotBeChanged() {
        SortedEntries<Integer, String> map = SortedEntries.of(toArray(List.of(Map.entry(1, "a"))));
        assertThatThrownBy(() -> map.put(2, "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("b"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<Integer, String>[] toArray(List<Map.Entry<Integer, String>> entries) {
        return entries.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toArray(Map.Entry[]::new);
    }
}
