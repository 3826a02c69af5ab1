package dev.nightshift.logs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object read straight from UTF-8 bytes into the maps, lists, strings, numbers and booleans that Jackson's
 * untyped binding makes (integers as the smallest of Integer, Long and BigInteger, decimals as Double), without its
 * binding machinery: the hot path of reading JSON lines.
 */
final class JsonMaps {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonMaps() {
    }

    /** The object of one line; a syntax error or anything after the object is a {@link JsonParseException}. */
    static Map<String, Object> object(byte[] bytes, int start, int length) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes, start, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "expected a JSON object");
            }
            Map<String, Object> object = object(parser, 64);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after the "
                        + "object: each line must be one JSON object");
            }
            return object;
        }
    }

    /** An object, its map sized for {@code expected} fields: a log record has dozens, a nested object a few. */
    private static Map<String, Object> object(JsonParser parser, int expected) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>(expected);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, value(parser));
        }
        return object;
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser, 8);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    list.add(value(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "unexpected " + parser.currentToken());
        };
    }
}
