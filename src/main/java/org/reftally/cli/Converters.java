package org.reftally.cli;

import org.reftally.model.Quorum;
import org.reftally.model.Threshold;
import org.reftally.scheme.StatesRequirement;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters from option text to exact model values; a bad value is a usage error (exit 2). */
final class Converters {

    private Converters() {
    }

    static final class ThresholdConverter implements ITypeConverter<Threshold> {
        @Override
        public Threshold convert(String value) {
            try {
                return Threshold.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class QuorumConverter implements ITypeConverter<Quorum> {
        @Override
        public Quorum convert(String value) {
            try {
                return Quorum.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class StatesConverter implements ITypeConverter<StatesRequirement> {
        @Override
        public StatesRequirement convert(String value) {
            try {
                return StatesRequirement.parse(value);
            } catch (RuntimeException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
