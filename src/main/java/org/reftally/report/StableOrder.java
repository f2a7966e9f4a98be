package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Makes JSON independent of hash order. {@code Map.of}, {@code Map.copyOf}, {@code Set.of} and
 * {@code HashMap} iterate in an order that can change from one run to the next ({@code Map.of}
 * is salted per JVM), which would break byte-for-byte reproducible output. Maps and sets that
 * promise an order (sorted, linked, enum) keep it; any other is written sorted: by natural order
 * when every element is mutually comparable, otherwise by its text. Lists are never reordered.
 *
 * <p>Stateless and thread-safe.
 */
final class StableOrder extends BeanSerializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> modifyMapSerializer(SerializationConfig config, MapType type, BeanDescription bean,
            JsonSerializer<?> serializer) {
        return new Reordering(serializer);
    }

    @Override
    public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType type,
            BeanDescription bean, JsonSerializer<?> serializer) {
        return new Reordering(serializer);
    }

    /** {@code value} itself when its order is stable, otherwise a sorted copy of the same kind. */
    static Object stable(Object value) {
        if (value instanceof Map<?, ?> map && !(map instanceof SortedMap || map instanceof LinkedHashMap
                || map instanceof EnumMap)) {
            Map<Object, Object> sorted = new LinkedHashMap<>();
            sortedCopy(map.keySet()).forEach(k -> sorted.put(k, map.get(k)));
            return sorted;
        }
        if (value instanceof Set<?> set && !(set instanceof SortedSet || set instanceof LinkedHashSet
                || set instanceof EnumSet)) {
            return new LinkedHashSet<>(sortedCopy(set));
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> sortedCopy(Collection<?> items) {
        List<Object> list = new ArrayList<>(items);
        Class<?> first = list.isEmpty() || list.get(0) == null ? null : list.get(0).getClass();
        boolean natural = first != null && Comparable.class.isAssignableFrom(first)
                && list.stream().allMatch(item -> item != null && item.getClass() == first);
        Comparator<Object> order = natural ? (a, b) -> ((Comparable) a).compareTo(b)
                : Comparator.comparing(String::valueOf);
        list.sort(order);
        return list;
    }

    /** Delegates to Jackson's own serializer after putting the container in a stable order. */
    private static final class Reordering extends JsonSerializer<Object> implements ContextualSerializer {

        private final JsonSerializer<Object> delegate;

        @SuppressWarnings("unchecked")
        Reordering(JsonSerializer<?> delegate) {
            this.delegate = (JsonSerializer<Object>) delegate;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (delegate instanceof ContextualSerializer contextual) {
                JsonSerializer<?> resolved = contextual.createContextual(provider, property);
                return resolved == delegate ? this : new Reordering(resolved);
            }
            return this;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            delegate.serialize(stable(value), gen, provider);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Object value) {
            return delegate.isEmpty(provider, value);
        }
    }
}
