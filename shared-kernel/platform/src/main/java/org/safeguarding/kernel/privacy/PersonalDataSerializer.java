package org.safeguarding.kernel.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Aead;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The event serializer, encrypting each {@link org.safeguarding.kernel.api.PersonalData}
 * value of a message under its data subject's key as it is stored, and decrypting it as
 * it is read. An encrypted value is stored as {@code {"@sealed": "<base64 Tink
 * ciphertext>"}} (no record component can be named {@code @sealed}), so events stored
 * before encryption, whose values are plain, still read as they were. The associated data
 * binds each value to {@code <payload type>|<field path>|<key id>}: moved to another
 * event, field or subject, it does not open. Under an erased key a value reads as
 * {@code [erased]} (text), empty (a list) or null; a message made for an erased subject
 * is stored so.
 */
final class PersonalDataSerializer implements Serializer {

    static final String SEALED = "@sealed";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Serializer delegate;

    private final Supplier<SubjectKeys> keys;

    PersonalDataSerializer(Serializer delegate, Supplier<SubjectKeys> keys) {
        this.delegate = delegate;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalFields personal = object == null ? null : PersonalFields.of(object.getClass());
        if (personal == null || personal.none()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> serialized = delegate.serialize(object, JsonNode.class);
        JsonNode record = serialized.getData();
        String keyId = personal.keyIdIn(record, object.getClass());
        if (keyId != null) {
            Optional<Aead> key = keys.get().forWriting(keyId);
            String type = serialized.getType().getName();
            personal.replaceIn(record, (field, value) -> key.map(aead -> seal(aead, value, type, field, keyId))
                .orElseGet(field::erasedValue));
        }
        return getConverter().convert(serialized, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        PersonalFields personal = PersonalFields.of(classForType(serializedObject.getType()));
        if (personal.none()) {
            return delegate.deserialize(serializedObject);
        }
        SerializedObject<JsonNode> serialized = getConverter().convert(serializedObject, JsonNode.class);
        // Another reader (an upcaster's cached form) may hold the same tree: opened in a
        // copy.
        JsonNode record = serialized.getData() == serializedObject.getData() ? serialized.getData().deepCopy()
                : serialized.getData();
        SerializedType type = serializedObject.getType();
        Opener opener = new Opener(personal.keyIdIn(record, classForType(type)), type.getName());
        personal.replaceIn(record, opener::open);
        return delegate.deserialize(new SimpleSerializedObject<>(record, JsonNode.class, type));
    }

    private static JsonNode seal(Aead key, JsonNode value, String type, PersonalFields.Field field, String keyId) {
        try {
            byte[] sealed = key.encrypt(JSON.writeValueAsBytes(value), associatedData(type, field, keyId));
            return JsonNodeFactory.instance.objectNode().put(SEALED, Base64.getEncoder().encodeToString(sealed));
        }
        catch (IOException | GeneralSecurityException e) {
            throw new SerializationException("Cannot encrypt " + field.path() + " of " + type, e);
        }
    }

    private static byte[] associatedData(String type, PersonalFields.Field field, String keyId) {
        return (type + "|" + field.path() + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Opens the sealed values of one message, looking its key up once, when first needed.
     */
    private final class Opener {

        private final String keyId;

        private final String type;

        private Optional<Aead> key;

        Opener(String keyId, String type) {
            this.keyId = keyId;
            this.type = type;
        }

        JsonNode open(PersonalFields.Field field, JsonNode value) {
            if (!(value instanceof ObjectNode object) || object.size() != 1 || !object.path(SEALED).isTextual()) {
                return value;
            }
            if (key == null) {
                key = keyId == null ? Optional.empty() : keys.get().forReading(keyId);
            }
            if (key.isEmpty()) {
                return field.erasedValue();
            }
            try {
                byte[] plain = key.get()
                    .decrypt(Base64.getDecoder().decode(object.get(SEALED).asText()),
                            associatedData(type, field, keyId));
                return JSON.readTree(plain);
            }
            catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
                throw new SerializationException("The sealed " + field.path() + " of " + type + " about " + keyId
                        + " does not open: it was moved from another field, event or subject, or changed", e);
            }
        }

    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

}
