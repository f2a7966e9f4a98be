package org.reftally.ingest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Typed, checked access to the fields of a JSON document reftally wrote (a partial tally, an audit
 * manifest), with errors that name the file and the field: a damaged or hand-edited file is
 * refused with a message, never read as zero. Numbers are read exactly (integers as integers,
 * never through a double). Thread-safe: the mapper is configured once and only read.
 */
final class JsonFields {

    /** Duplicate keys are an error: a second "votes" must not silently replace the first. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    /** The document's root object. */
    JsonNode parse(byte[] content, String what) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (IOException e) {
            throw error("is not valid JSON (" + firstLine(e.getMessage()) + "); expected " + what);
        }
        if (root == null || !root.isObject()) {
            throw error("is not a JSON object; expected " + what);
        }
        return root;
    }

    JsonNode object(JsonNode parent, String key, String where) {
        JsonNode n = require(parent, key, where);
        if (!n.isObject()) {
            throw error(where + key + " must be an object");
        }
        return n;
    }

    List<JsonNode> array(JsonNode parent, String key, String where) {
        JsonNode n = require(parent, key, where);
        if (!n.isArray()) {
            throw error(where + key + " must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        n.forEach(items::add);
        return items;
    }

    String text(JsonNode parent, String key, String where) {
        JsonNode n = require(parent, key, where);
        if (!n.isTextual()) {
            throw error(where + key + " must be a string");
        }
        return n.textValue();
    }

    /** A string, or null when the value is JSON null. */
    String textOrNull(JsonNode parent, String key, String where) {
        return require(parent, key, where).isNull() ? null : text(parent, key, where);
    }

    boolean bool(JsonNode parent, String key, String where) {
        JsonNode n = require(parent, key, where);
        if (!n.isBoolean()) {
            throw error(where + key + " must be true or false");
        }
        return n.booleanValue();
    }

    /** A whole number that fits a {@code long} and is not negative. */
    long count(JsonNode parent, String key, String where) {
        return count(require(parent, key, where), where + key);
    }

    long count(JsonNode n, String where) {
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0) {
            throw error(where + " must be a whole number from 0 to " + Long.MAX_VALUE + ", not " + n);
        }
        return n.longValue();
    }

    /** A count, or empty when the value is JSON null. */
    OptionalLong countOrNull(JsonNode parent, String key, String where) {
        JsonNode n = require(parent, key, where);
        return n.isNull() ? OptionalLong.empty() : OptionalLong.of(count(n, where + key));
    }

    int integer(JsonNode parent, String key, String where) {
        JsonNode n = require(parent, key, where);
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw error(where + key + " must be a whole number, not " + n);
        }
        return n.intValue();
    }

    JsonNode require(JsonNode parent, String key, String where) {
        JsonNode n = parent.get(key);
        if (n == null) {
            throw error("has no " + where + key);
        }
        return n;
    }

    InputFileException error(String message) {
        return InputFileException.of(file, message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
