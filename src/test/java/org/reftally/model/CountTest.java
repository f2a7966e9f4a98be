package org.reftally.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 30, 1023, 1024, 1_000_000, Long.MAX_VALUE})
    void aCompleteCountOfAnySizeEqualsOneMadeAfresh(long value) {
        assertThat(Count.of(value)).isEqualTo(new Count(value, true));
        assertThat(Count.of(value).value()).isEqualTo(value);
        assertThat(Count.of(value).complete()).isTrue();
    }

    @Test
    void smallCountsAreSharedLargeOnesNot() {
        assertThat(Count.of(7)).isSameAs(Count.of(7));
        assertThat(Count.of(0)).isSameAs(Count.of(0)).isEqualTo(Count.ZERO);
        assertThat(Count.of(5000)).isNotSameAs(Count.of(5000));
    }

    @Test
    void aNegativeCountIsRefusedWhetherSmallOrNot() {
        assertThatThrownBy(() -> Count.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Count.of(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }
}
