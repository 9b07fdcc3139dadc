package org.safeguarding.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.LadoReferralDetails;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.testing.MutableClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event serializer stores personal fields sealed under their subject's key and reads
 * them back; reads them as erased once the key is gone; refuses a sealed value moved to
 * another field or subject; and still reads events stored in plain text before.
 */
class PersonalDataSerializerTest {

    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path keyStore;

    private final JsonMapper json = JsonMapper.builder()
        .findAndAddModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();

    private final JacksonSerializer jackson = JacksonSerializer.builder().objectMapper(json).build();

    private JdbcTemplate jdbc;

    private TransactionTemplate transaction;

    private SubjectKeys keys;

    private PersonalDataSerializer serializer;

    @BeforeEach
    void freshStore() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
                "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kernel").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        keys = new SubjectKeys(jdbc, AuditKeys.open(keyStore).subjectKeysMaster(), new MutableClock(NINE));
        serializer = new PersonalDataSerializer(jackson, () -> keys);
    }

    @Test
    void personalFieldsAreStoredSealedAndReadBack() {
        IncidentReported reported = reported("incident-1");

        SerializedObject<byte[]> stored = serializer.serialize(reported, byte[].class);

        String raw = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("Ava Pupil", "P-1234", "Ava was sent", "the group chat")
            .contains(PersonalDataSerializer.SEALED, "PUPIL", "incident-1");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(reported);
        assertThat(jdbc.queryForObject("select count(*) from subject_key where key_id = 'incident-1'", Integer.class))
            .isEqualTo(1);
    }

    @Test
    void underAnotherKeyStoreTheRecordReadsAsErasedAndNothingMoreIsWrittenAboutItsSubject(@TempDir Path other) {
        SerializedObject<byte[]> stored = serializer.serialize(reported("incident-1"), byte[].class);
        var foreign = new PersonalDataSerializer(jackson,
                () -> new SubjectKeys(jdbc, AuditKeys.open(other).subjectKeysMaster(), new MutableClock(NINE)));

        IncidentReported read = foreign.deserialize(stored);

        assertThat(read.summary()).isEqualTo("[erased]");
        assertThat(read.subjects()).containsExactly(new Subject(SubjectKind.PUPIL, "[erased]", "[erased]"));
        assertThatThrownBy(() -> foreign.serialize(reported("incident-1"), byte[].class))
            .hasMessageContaining("does not open with this key store's master key");
        assertThat((Object) serializer.deserialize(stored)).as("the right key store still opens it")
            .isEqualTo(reported("incident-1"));
    }

    @Test
    void onceTheKeyIsErasedPersonalFieldsReadAsErasedAndTheRestAsStored() {
        SerializedObject<byte[]> stored = serializer.serialize(reported("incident-1"), byte[].class);
        SerializedObject<byte[]> referral = serializer.serialize(referred("incident-1"), byte[].class);

        keys.erase("incident-1");

        IncidentReported read = serializer.deserialize(stored);
        assertThat(read.summary()).isEqualTo("[erased]");
        assertThat(read.details()).isEqualTo("[erased]");
        assertThat(read.subjects()).containsExactly(new Subject(SubjectKind.PUPIL, "[erased]", "[erased]"));
        assertThat(read.category()).isEqualTo(Category.CYBERBULLYING);
        assertThat(read.reportedBy()).isEqualTo("teacher");
        ReferredToLADO readReferral = serializer.deserialize(referral);
        assertThat(readReferral.details().childrenInvolved()).isEmpty();
        assertThat(readReferral.details().adult().name()).isEqualTo("[erased]");
        assertThat(readReferral.details().adult().employmentStatus()).isEqualTo("permanent");
        assertThat(readReferral.details().informed().police()).isTrue();
        assertThat(keys.isErased("incident-1")).isTrue();
        assertThat(keys.isErased("incident-never-seen")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from subject_key where key_id = 'incident-1' "
                + "and keyset is null and erased_at is not null", Integer.class))
            .isEqualTo(1);
    }

    @Test
    void anEventAboutAnErasedSubjectIsStoredErased() {
        keys.erase("incident-1");

        SerializedObject<byte[]> stored = serializer.serialize(reported("incident-1"), byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain("Ava Pupil")
            .contains("[erased]");
        assertThat(((IncidentReported) serializer.deserialize(stored)).summary()).isEqualTo("[erased]");
    }

    @Test
    void aSealedValueMovedToAnotherFieldDoesNotOpen() throws Exception {
        ObjectNode stored = tree(serializer.serialize(reported("incident-1"), byte[].class));
        stored.set("details", stored.get("summary"));

        assertThatThrownBy(() -> serializer.deserialize(asStored(stored))).isInstanceOf(SerializationException.class)
            .hasMessageContaining("details");
    }

    @Test
    void aSealedValueMovedToAnotherSubjectDoesNotOpen() throws Exception {
        ObjectNode first = tree(serializer.serialize(reported("incident-1"), byte[].class));
        ObjectNode second = tree(serializer.serialize(reported("incident-2"), byte[].class));
        second.set("summary", first.get("summary"));

        assertThatThrownBy(() -> serializer.deserialize(asStored(second))).isInstanceOf(SerializationException.class);
    }

    @Test
    void theReasonInAnEventsMetadataIsSealedUnderItsSubjectsKey() {
        MetaData metaData = MetaData.with(AuditMetaData.REASON, "Ava Pupil's mother asked")
            .and(AuditMetaData.ACTOR_USERNAME, "dsl");
        serializer.serialize(reported("incident-1"), byte[].class);
        SerializedObject<byte[]> stored = serializer.serialize(metaData, byte[].class);
        SerializedObject<byte[]> withoutPayload = serializer.serialize(metaData, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain("Ava")
            .contains(PersonalDataSerializer.SEALED_REASON + "incident-1:", "dsl");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(metaData);
        assertThat(new String(withoutPayload.getData(), StandardCharsets.UTF_8)).as("not about a subject")
            .contains("Ava Pupil's mother asked");

        keys.erase("incident-1");

        assertThat(((MetaData) serializer.deserialize(stored)).get(AuditMetaData.REASON)).isEqualTo("[erased]");
    }

    @Test
    void aCommandsEventAndItsReasonAreSealedUnderTheKeyItsTransactionMade() {
        MetaData metaData = MetaData.with(AuditMetaData.REASON, "Ava Pupil's mother asked");

        List<SerializedObject<byte[]>> stored = transaction
            .execute(status -> List.of(serializer.serialize(reported("incident-1"), byte[].class),
                    serializer.serialize(metaData, byte[].class)));

        var restarted = new PersonalDataSerializer(jackson,
                () -> new SubjectKeys(jdbc, AuditKeys.open(keyStore).subjectKeysMaster(), new MutableClock(NINE)));
        assertThat((Object) restarted.deserialize(stored.get(0))).isEqualTo(reported("incident-1"));
        assertThat((Object) restarted.deserialize(stored.get(1))).isEqualTo(metaData);
    }

    @Test
    void aKeyMadeInATransactionThatRolledBackNeverEncryptsAnythingElse() {
        transaction.executeWithoutResult(status -> {
            serializer.serialize(reported("incident-1"), byte[].class);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from subject_key", Integer.class)).isZero();

        SerializedObject<byte[]> stored = transaction
            .execute(status -> serializer.serialize(reported("incident-1"), byte[].class));

        var restarted = new PersonalDataSerializer(jackson,
                () -> new SubjectKeys(jdbc, AuditKeys.open(keyStore).subjectKeysMaster(), new MutableClock(NINE)));
        assertThat((Object) restarted.deserialize(stored)).as("sealed under the key that was stored")
            .isEqualTo(reported("incident-1"));
    }

    @Test
    void aSubjectErasedInATransactionReadsAsErasedInTheRestOfIt() {
        serializer.serialize(reported("incident-1"), byte[].class);

        SerializedObject<byte[]> later = transaction.execute(status -> {
            serializer.deserialize(serializer.serialize(reported("incident-1"), byte[].class));
            keys.erase("incident-1");
            return serializer.serialize(reported("incident-1"), byte[].class);
        });

        assertThat(new String(later.getData(), StandardCharsets.UTF_8)).doesNotContain("Ava Pupil", "P-1234");
        assertThat(((IncidentReported) serializer.deserialize(later)).summary()).isEqualTo("[erased]");
    }

    @Test
    void aKeyErasedByAnotherInstanceStopsOpeningHereAtTheNextLookForErasures() {
        SerializedObject<byte[]> stored = serializer.serialize(reported("incident-1"), byte[].class);
        keys.forgetKeysIfAnyErased();
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(reported("incident-1"));
        var otherInstance = new SubjectKeys(jdbc, AuditKeys.open(keyStore).subjectKeysMaster(), new MutableClock(NINE));

        otherInstance.erase("incident-1");

        assertThat(((IncidentReported) serializer.deserialize(stored)).summary()).as("still in this instance's cache")
            .isEqualTo(reported("incident-1").summary());
        keys.forgetKeysIfAnyErased();
        assertThat(((IncidentReported) serializer.deserialize(stored)).summary()).isEqualTo("[erased]");
    }

    @Test
    void anEventStoredInPlainTextBeforeEncryptionStillReads() {
        IncidentReported reported = reported("incident-1");
        SerializedObject<byte[]> plain = jackson.serialize(reported, byte[].class);

        assertThat((Object) serializer.deserialize(plain)).isEqualTo(reported);
    }

    @Test
    void messagesWithoutPersonalDataAreLeftAsTheyAre() {
        SerializedObject<byte[]> stored = serializer.serialize(new Subject(SubjectKind.PUPIL, "x", "y").kind(),
                byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo("\"PUPIL\"");
    }

    private ObjectNode tree(SerializedObject<byte[]> stored) throws Exception {
        return (ObjectNode) json.readTree(stored.getData());
    }

    private SerializedObject<byte[]> asStored(ObjectNode tree) throws Exception {
        return new SimpleSerializedObject<>(json.writeValueAsBytes(tree), byte[].class,
                jackson.typeForClass(IncidentReported.class));
    }

    private static IncidentReported reported(String incidentId) {
        return new IncidentReported(incidentId, Form.SAFEGUARDING, Category.CYBERBULLYING,
                "Ava was sent unkind messages", "Screenshots from the group chat", NINE, Channel.OTHER_ONLINE,
                "Instagram", null, List.of(new Subject(SubjectKind.PUPIL, "Ava Pupil", "P-1234")), false, Level.DSL,
                Role.DSL, "safeguarding concern", "teacher", NINE, NINE.plusSeconds(3600), null);
    }

    private static ReferredToLADO referred(String incidentId) {
        return new ReferredToLADO(incidentId,
                new LadoReferralDetails(new LadoReferralDetails.Adult("Mr Adam Adult", "teacher", "permanent"),
                        new LadoReferralDetails.Allegation("messaged Ava", "last week", "online", "Ava told"),
                        List.of("Ava Pupil"), "suspended", new LadoReferralDetails.Informed(true, true, false)),
                "allegation about Mr Adult", NINE, NINE, true);
    }

}
