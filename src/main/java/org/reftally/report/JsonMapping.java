package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.reftally.model.Contest;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;
import org.reftally.model.Unit;
import org.reftally.scheme.Decision;
import org.reftally.scheme.StatesRequirement;

/**
 * The Jackson configuration behind the JSON contract (docs/json-format.md).
 *
 * <p>Outcome records are serialised generically, so a scheme added later needs no change here:
 * record components become snake_case keys in declaration order; model values become the exact
 * text a user would type ({@code "2/3"}, {@code ">1/2"}, {@code "turnout>1/2"}, option and
 * jurisdiction names, contest and set names); an empty {@code Optional} becomes {@code null};
 * enums become lower-case words; any other model class becomes its text ({@link TextFallback}). Hash-ordered maps and sets are sorted (see {@link StableOrder}), so the bytes never
 * depend on hashing. The pretty printer indents by two spaces, ends lines with LF whatever the
 * platform, and writes {@code "key": value}.
 *
 * <p>The mapper is configured once and then only read: thread-safe.
 */
final class JsonMapping {

    /** Shared, never reconfigured after construction (ObjectMapper is then thread-safe). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(module())
            .addModule(new SimpleModule("reftally-fallback").setSerializerModifier(new TextFallback()))
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonMapping() {
    }

    /** A generator writing to {@code out} with the contract's layout; closing it leaves {@code out} open. */
    static JsonGenerator generator(java.io.Writer out) throws IOException {
        JsonGenerator generator = MAPPER.createGenerator(out);
        // A pretty printer keeps its nesting depth: each generator needs its own.
        generator.setPrettyPrinter(PRETTY.createInstance());
        return generator;
    }

    /** A generator writing to {@code out} on one line, without spaces; closing it leaves {@code out} open. */
    static JsonGenerator compactGenerator(java.io.Writer out) throws IOException {
        return MAPPER.createGenerator(out);
    }

    private static SimpleModule module() {
        SimpleModule module = new SimpleModule("reftally");
        module.addSerializer(Fraction.class, text(Fraction::toString));
        module.addSerializer(Threshold.class, text(Threshold::toString));
        module.addSerializer(Quorum.class, text(Quorum::toString));
        module.addSerializer(OptionId.class, text(OptionId::name));
        module.addSerializer(JurisdictionId.class, text(JurisdictionId::code));
        module.addSerializer(Contest.class, text(Contest::name));
        module.addSerializer(JurisdictionSet.class, text(JurisdictionSet::name));
        module.addSerializer(Decision.class, text(Decision::word));
        // As typed after --states: ">1/2", ">=38", "none", whichever kind of requirement it is.
        module.addSerializer(StatesRequirement.class, text(StatesRequirement::toString));
        module.addKeySerializer(OptionId.class, key(OptionId::name));
        module.addKeySerializer(JurisdictionId.class, key(JurisdictionId::code));
        module.addKeySerializer(Unit.class, key(Unit::toString));
        addEnums(module);
        addOptionals(module);
        module.setSerializerModifier(new StableOrder());
        return module;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addEnums(SimpleModule module) {
        module.addSerializer((Class) Enum.class, text((Enum<?> e) -> e.name().toLowerCase(Locale.ROOT)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addOptionals(SimpleModule module) {
        module.addSerializer((Class) Optional.class, new JsonSerializer<Optional<?>>() {
            @Override
            public void serialize(Optional<?> value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                provider.defaultSerializeValue(value.orElse(null), gen);
            }
        });
        module.addSerializer(OptionalLong.class, new JsonSerializer<OptionalLong>() {
            @Override
            public void serialize(OptionalLong value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                if (value.isPresent()) {
                    gen.writeNumber(value.getAsLong());
                } else {
                    gen.writeNull();
                }
            }
        });
        module.addSerializer(OptionalInt.class, new JsonSerializer<OptionalInt>() {
            @Override
            public void serialize(OptionalInt value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                if (value.isPresent()) {
                    gen.writeNumber(value.getAsInt());
                } else {
                    gen.writeNull();
                }
            }
        });
        // Doubles never decide anything in reftally; one reaching a report is written as is.
        module.addSerializer(OptionalDouble.class, new JsonSerializer<OptionalDouble>() {
            @Override
            public void serialize(OptionalDouble value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                if (value.isPresent()) {
                    gen.writeNumber(value.getAsDouble());
                } else {
                    gen.writeNull();
                }
            }
        });
    }

    private static <T> JsonSerializer<T> text(Function<T, String> format) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(format.apply(value));
            }
        };
    }

    private static <T> JsonSerializer<T> key(Function<T, String> format) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeFieldName(format.apply(value));
            }
        };
    }
}
