package org.reftally.report;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.impl.UnknownSerializer;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.reftally.model.Fraction;

/**
 * Writes a model class that has no serializer of its own as its text ({@code toString()}).
 *
 * <p>Model classes that are not records expose {@code value()}-style accessors, not JavaBean
 * getters, so Jackson would either fail ("no serializer found") or write only the few
 * {@code isXxx()} methods it mistakes for properties. A scheme that adds an outcome carrying
 * such a value must still render, and show the value, without a change to the JSON renderer.
 * Records and enums are left to Jackson. Stateless and thread-safe.
 */
final class TextFallback extends BeanSerializerModifier {

    private static final long serialVersionUID = 1L;

    private static final String MODEL = Fraction.class.getPackageName();

    @Override
    public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
            JsonSerializer<?> serializer) {
        Class<?> type = bean.getBeanClass();
        boolean generic = serializer instanceof BeanSerializerBase || serializer instanceof UnknownSerializer;
        if (generic && type.getPackageName().equals(MODEL) && !type.isRecord() && !type.isEnum()) {
            return ToStringSerializer.instance;
        }
        return serializer;
    }
}
