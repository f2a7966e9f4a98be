package org.reftally.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sorted map over arrays of keys and values behaves as a {@link TreeMap} of the same entries would. */
class SortedArrayMapTest {

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
        SortedArrayMap<Integer, String> map = of(new ArrayList<>(expected.entrySet()));

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
    void itCannotBeChanged() {
        SortedArrayMap<Integer, String> map = of(List.of(Map.entry(1, "a")));
        assertThatThrownBy(() -> map.put(2, "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("b"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static SortedArrayMap<Integer, String> of(List<Map.Entry<Integer, String>> entries) {
        return new SortedArrayMap<>(entries.stream().map(Map.Entry::getKey).toArray(Integer[]::new),
                entries.stream().map(Map.Entry::getValue).toArray(String[]::new));
    }
}
