package org.caseloop.platform.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The strict binding rule: a JSON value must have exactly the shape of the Java type it becomes, before JSON-B is
 * allowed to bind it. JSON-B implementations coerce freely ({@code "yes"} or {@code 1} to {@code false},
 * {@code 1.5} to {@code 1}, {@code -2147483649} to {@code 2147483647}), so that bad input would silently become
 * other data; this rule refuses it instead.
 * <ul>
 * <li>a boolean is {@code true} or {@code false}, never a number or a string;</li>
 * <li>a whole number is a JSON number without a fraction, within the range of its Java type;</li>
 * <li>a text is a JSON string, never a number or a boolean; a date is an ISO date string;</li>
 * <li>an enum is the exact name of one of its constants;</li>
 * <li>a list holds no null; an object has no field its type does not know; a primitive is never null.</li>
 * </ul>
 */
public final class JsonShape {

    private JsonShape() {
    }

    /** @throws MalformedBodyException at the first place where the value does not fit the type */
    public static void check(JsonValue value, Type type) {
        check(value, type, "");
    }

    private static void check(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw new MalformedBodyException(path, "api.body.null");
            }
            return;
        }
        if (type instanceof ParameterizedType p) {
            checkParameterized(value, p, path);
        } else if (type instanceof GenericArrayType a) {
            checkElements(value, a.getGenericComponentType(), path);
        } else if (type instanceof WildcardType w) {
            check(value, w.getUpperBounds()[0], path);
        } else if (type instanceof Class<?> c) {
            checkClass(value, c, path);
        }
    }

    private static void checkParameterized(JsonValue value, ParameterizedType type, String path) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] args = type.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw)) {
            checkElements(value, args[0], path);
        } else if (Map.class.isAssignableFrom(raw)) {
            JsonObject object = expect(value, JsonValue.ValueType.OBJECT, path, "api.body.object");
            object.forEach((key, v) -> check(v, args[1], field(path, key)));
        } else if (raw == Optional.class) {
            check(value, args[0], path);
        } else {
            checkClass(value, raw, path);
        }
    }

    private static void checkElements(JsonValue value, Type element, String path) {
        var array = expect(value, JsonValue.ValueType.ARRAY, path, "api.body.array").asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                throw new MalformedBodyException(at, "api.body.nullElement");
            }
            check(array.get(i), element, at);
        }
    }

    private static void checkClass(JsonValue value, Class<?> type, String path) {
        if (JsonValue.class.isAssignableFrom(type) || type == Object.class) {
            return;
        }
        if (type == boolean.class || type == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw new MalformedBodyException(path, "api.body.boolean");
            }
        } else if (WHOLE_NUMBER_RANGES.containsKey(type)) {
            checkWholeNumber(value, type, path);
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            expect(value, JsonValue.ValueType.NUMBER, path, "api.body.number");
        } else if (type == String.class || type == char.class || type == Character.class) {
            expect(value, JsonValue.ValueType.STRING, path, "api.body.string");
        } else if (type.isEnum()) {
            String name = ((JsonString) expect(value, JsonValue.ValueType.STRING, path, "api.body.enum",
                    constants(type))).getString();
            if (Arrays.stream(type.getEnumConstants()).noneMatch(e -> ((Enum<?>) e).name().equals(name))) {
                throw new MalformedBodyException(path, "api.body.enum", constants(type));
            }
        } else if (type == LocalDate.class) {
            String text = ((JsonString) expect(value, JsonValue.ValueType.STRING, path, "api.body.date")).getString();
            try {
                LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new MalformedBodyException(path, "api.body.date");
            }
        } else if (type.isArray()) {
            checkElements(value, type.getComponentType(), path);
        } else if (type.getName().startsWith("java.")) {
            // Other JDK values (instants, times) bind from strings; JSON-B itself refuses a malformed one.
            expect(value, JsonValue.ValueType.STRING, path, "api.body.string");
        } else {
            checkObject(value, type, path);
        }
    }

    private static void checkObject(JsonValue value, Class<?> type, String path) {
        JsonObject object = expect(value, JsonValue.ValueType.OBJECT, path, "api.body.object");
        Map<String, Type> properties = properties(type);
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String at = field(path, entry.getKey());
            Type property = properties.get(entry.getKey());
            if (property == null) {
                throw new MalformedBodyException(at, "api.body.unknownField");
            }
            check(entry.getValue(), property, at);
        }
    }

    /** The JSON properties of a record (its components) or of a bean (its instance fields), with their types. */
    static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.put(c.getName(), c.getGenericType());
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    properties.putIfAbsent(f.getName(), f.getGenericType());
                }
            }
        }
        return properties;
    }

    private static final Map<Class<?>, BigInteger[]> WHOLE_NUMBER_RANGES = Map.ofEntries(
            range(byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE), range(Byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE),
            range(short.class, Short.MIN_VALUE, Short.MAX_VALUE), range(Short.class, Short.MIN_VALUE, Short.MAX_VALUE),
            range(int.class, Integer.MIN_VALUE, Integer.MAX_VALUE),
            range(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE),
            range(long.class, Long.MIN_VALUE, Long.MAX_VALUE), range(Long.class, Long.MIN_VALUE, Long.MAX_VALUE));

    private static Map.Entry<Class<?>, BigInteger[]> range(Class<?> type, long min, long max) {
        return Map.entry(type, new BigInteger[] {BigInteger.valueOf(min), BigInteger.valueOf(max)});
    }

    private static void checkWholeNumber(JsonValue value, Class<?> type, String path) {
        BigInteger[] range = WHOLE_NUMBER_RANGES.get(type);
        JsonNumber number = (JsonNumber) expect(value, JsonValue.ValueType.NUMBER, path, "api.body.wholeNumber",
                range[0], range[1]);
        BigDecimal exact = number.bigDecimalValue();
        // Written without a fraction (1.0 and 1.5 are both refused); a huge exponent is refused before it is expanded.
        if (exact.scale() > 0 || exact.scale() < -32) {
            throw new MalformedBodyException(path, "api.body.wholeNumber", range[0], range[1]);
        }
        BigInteger whole = exact.toBigIntegerExact();
        if (whole.compareTo(range[0]) < 0 || whole.compareTo(range[1]) > 0) {
            throw new MalformedBodyException(path, "api.body.wholeNumber", range[0], range[1]);
        }
    }

    private static <T extends JsonValue> T expect(JsonValue value, JsonValue.ValueType wanted, String path,
                                                  String code, Object... args) {
        if (value.getValueType() != wanted) {
            throw new MalformedBodyException(path, code, args);
        }
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed;
    }

    private static String constants(Class<?> type) {
        return Arrays.toString(type.getEnumConstants());
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
