package org.reftally.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records whose equals and hashCode are written out (their generated ones are linked through
 * method handles, which costs start-up time) keep a record's meaning: equal exactly when every
 * component is equal. Each component is checked by reflection, so a component added later and
 * forgotten in equals fails here.
 */
class WrittenOutEqualityTest {

    /** For each component type, a value different from the one given. */
    private static final Map<Class<?>, UnaryOperator<Object>> OTHER = Map.of(
            String.class, v -> v + "x",
            JurisdictionId.class, v -> JurisdictionId.of(((JurisdictionId) v).code() + "X"),
            Fraction.class, v -> ((Fraction) v).plus(Fraction.ONE),
            OptionalLong.class, v -> OptionalLong.of(((OptionalLong) v).orElse(0) + 1));

    private static final Map<Class<?>, Object> SAMPLE = Map.of(
            Unit.class, new Unit(JurisdictionId.of("BE"), "Bern-Mittelland"),
            JurisdictionId.class, JurisdictionId.of("AI"),
            Jurisdiction.class, new Jurisdiction(JurisdictionId.of("AI"), "Appenzell Innerrhoden", Fraction.of(1, 2),
                    OptionalLong.of(16_145), OptionalLong.of(11_000), OptionalLong.empty()),
            OptionId.class, OptionId.of("Yes"));

    @ParameterizedTest
    @ValueSource(classes = {Unit.class, JurisdictionId.class, Jurisdiction.class, OptionId.class})
    void equalExactlyWhenEveryComponentIsEqual(Class<?> type) throws Exception {
        assertThat(type.getDeclaredMethod("equals", Object.class).getDeclaringClass()).isEqualTo(type);
        Object sample = SAMPLE.get(type);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int c = 0; c < components.length; c++) {
            values[c] = components[c].getAccessor().invoke(sample);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));

        Object copy = canonical.newInstance(values);
        assertThat(copy).isEqualTo(sample).isNotSameAs(sample);
        assertThat(copy.hashCode()).isEqualTo(sample.hashCode());
        assertThat(sample).isNotEqualTo(null).isNotEqualTo(sample.toString());

        for (int c = 0; c < components.length; c++) {
            Object[] changed = values.clone();
            changed[c] = OTHER.get(components[c].getType()).apply(values[c]);
            Object other = canonical.newInstance(changed);
            assertThat(other).as("%s differing in %s", type.getSimpleName(), components[c].getName())
                    .isNotEqualTo(sample);
            assertThat(sample).isNotEqualTo(other);
        }
    }
}
