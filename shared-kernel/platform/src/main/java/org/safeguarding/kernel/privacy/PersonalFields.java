package org.safeguarding.kernel.privacy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * Where a record type keeps personal data, found once per type by walking its components,
 * nested records and the records in its lists, and how to visit those places in its JSON.
 */
final class PersonalFields {

    private static final ClassValue<PersonalFields> OF_TYPE = new ClassValue<>() {
        @Override
        protected PersonalFields computeValue(Class<?> type) {
            return type.isRecord() ? new PersonalFields(keyComponentOf(type), fieldsOf(type, 0))
                    : new PersonalFields(null, List.of());
        }
    };

    /** Deep enough for any message; stops a record type that contains itself. */
    private static final int MAX_DEPTH = 8;

    private final String keyComponent;

    private final List<Field> fields;

    private PersonalFields(String keyComponent, List<Field> fields) {
        this.keyComponent = keyComponent;
        this.fields = fields;
    }

    static PersonalFields of(Class<?> type) {
        return OF_TYPE.get(type);
    }

    boolean none() {
        return fields.isEmpty();
    }

    /**
     * The data subject key's value in a serialized record, or null when it has none.
     * @throws IllegalStateException when the type has personal data but names no key
     */
    String keyIdIn(JsonNode record, Class<?> type) {
        if (keyComponent == null) {
            throw new IllegalStateException(type.getName() + " holds personal data but no component is marked "
                    + DataSubjectKey.class.getSimpleName());
        }
        JsonNode key = record.get(keyComponent);
        return key == null || key.isNull() ? null : key.isValueNode() ? key.asText() : key.toString();
    }

    /**
     * Replaces each personal value present (not null) in the record with what the
     * function makes of it, given its path (components joined by dots, list positions
     * left out).
     */
    void replaceIn(JsonNode record, BiFunction<Field, JsonNode, JsonNode> replacement) {
        if (record instanceof ObjectNode object) {
            replaceIn(object, fields, replacement);
        }
    }

    private static void replaceIn(ObjectNode object, List<Field> fields,
            BiFunction<Field, JsonNode, JsonNode> replacement) {
        for (Field field : fields) {
            JsonNode value = object.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            if (field.personal()) {
                object.set(field.name(), replacement.apply(field, value));
            }
            else if (value.isArray()) {
                value.forEach(element -> {
                    if (element instanceof ObjectNode nested) {
                        replaceIn(nested, field.nested(), replacement);
                    }
                });
            }
            else if (value instanceof ObjectNode nested) {
                replaceIn(nested, field.nested(), replacement);
            }
        }
    }

    private static String keyComponentOf(Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(DataSubjectKey.class)) {
                return component.getName();
            }
        }
        return null;
    }

    private static List<Field> fieldsOf(Class<?> type, int depth) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String path = component.getName();
            if (component.isAnnotationPresent(PersonalData.class)) {
                fields.add(new Field(path, path, erasedValueOf(component.getType()), List.of()));
                continue;
            }
            Class<?> held = heldRecord(component);
            if (held != null && depth < MAX_DEPTH) {
                List<Field> nested = fieldsOf(held, depth + 1).stream().map(field -> field.under(path)).toList();
                if (!nested.isEmpty()) {
                    fields.add(new Field(path, path, null, nested));
                }
            }
        }
        return List.copyOf(fields);
    }

    /** The record type a component holds, itself or as the elements of a collection. */
    private static Class<?> heldRecord(RecordComponent component) {
        if (component.getType().isRecord()) {
            return component.getType();
        }
        if (Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    /** What a field reads as once its key is erased: text says so, lists are empty. */
    private static JsonNode erasedValueOf(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return TextNode.valueOf(PersonalData.ERASED);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (Map.class.isAssignableFrom(type)) {
            return JsonNodeFactory.instance.objectNode();
        }
        return NullNode.getInstance();
    }

    /**
     * A component that is personal data (with the value it reads as once erased), or that
     * holds records with such components ({@code nested}).
     */
    record Field(String name, String path, JsonNode erased, List<Field> nested) {

        boolean personal() {
            return erased != null;
        }

        JsonNode erasedValue() {
            return erased.deepCopy();
        }

        Field under(String parent) {
            return new Field(name, parent + "." + path, erased,
                    nested.stream().map(field -> field.under(parent)).toList());
        }

    }

}
