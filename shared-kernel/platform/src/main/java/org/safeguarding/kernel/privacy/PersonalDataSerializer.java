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
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.safeguarding.kernel.api.PersonalData;
import org.safeguarding.kernel.audit.AuditMetaData;

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

    static final String SEALED_REASON = SEALED + ":";

    private static final String REASON_FIELD = "MetaData|" + AuditMetaData.REASON;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Serializer delegate;

    private final Supplier<SubjectKeys> keys;

    /**
     * The subject of the payload this thread serialized last, for the metadata that
     * follows it.
     */
    private final ThreadLocal<String> subjectOfPayload = new ThreadLocal<>();

    PersonalDataSerializer(Serializer delegate, Supplier<SubjectKeys> keys) {
        this.delegate = delegate;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object instanceof MetaData metaData) {
            String subject = subjectOfPayload.get();
            subjectOfPayload.remove();
            return delegate.serialize(subject == null ? metaData : withReasonSealed(metaData, subject),
                    expectedRepresentation);
        }
        PersonalFields personal = object == null ? null : PersonalFields.of(object.getClass());
        subjectOfPayload.remove();
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
            subjectOfPayload.set(keyId);
        }
        return getConverter().convert(serialized, expectedRepresentation);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        PersonalFields personal = PersonalFields.of(classForType(serializedObject.getType()));
        if (personal.none()) {
            T deserialized = delegate.deserialize(serializedObject);
            return deserialized instanceof MetaData metaData ? (T) withReasonOpened(metaData) : deserialized;
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

    private MetaData withReasonSealed(MetaData metaData, String keyId) {
        if (!(metaData.get(AuditMetaData.REASON) instanceof String reason)) {
            return metaData;
        }
        Optional<Aead> key = keys.get().forWriting(keyId);
        if (key.isEmpty()) {
            return metaData.and(AuditMetaData.REASON, PersonalData.ERASED);
        }
        try {
            byte[] sealed = key.get()
                .encrypt(reason.getBytes(StandardCharsets.UTF_8), associatedData(REASON_FIELD, keyId));
            return metaData.and(AuditMetaData.REASON,
                    SEALED_REASON + keyId + ":" + Base64.getEncoder().encodeToString(sealed));
        }
        catch (GeneralSecurityException e) {
            throw new SerializationException("Cannot encrypt the reason about " + keyId, e);
        }
    }

    /**
     * A sealed reason opened, or read as erased. A reason typed to look sealed that does
     * not open stays as it was: the record's MAC, not this, finds a changed one.
     */
    private MetaData withReasonOpened(MetaData metaData) {
        if (!(metaData.get(AuditMetaData.REASON) instanceof String reason) || !reason.startsWith(SEALED_REASON)) {
            return metaData;
        }
        int keyEnds = reason.lastIndexOf(':');
        String keyId = reason.substring(SEALED_REASON.length(), Math.max(keyEnds, SEALED_REASON.length()));
        if (keyId.isEmpty()) {
            return metaData;
        }
        Optional<Aead> key = keys.get().forReading(keyId);
        if (key.isEmpty()) {
            return metaData.and(AuditMetaData.REASON, PersonalData.ERASED);
        }
        try {
            byte[] plain = key.get()
                .decrypt(Base64.getDecoder().decode(reason.substring(keyEnds + 1)),
                        associatedData(REASON_FIELD, keyId));
            return metaData.and(AuditMetaData.REASON, new String(plain, StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            return metaData;
        }
    }

    private static byte[] associatedData(String field, String keyId) {
        return (field + "|" + keyId).getBytes(StandardCharsets.UTF_8);
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
