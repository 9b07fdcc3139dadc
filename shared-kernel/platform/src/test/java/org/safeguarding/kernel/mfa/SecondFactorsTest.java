package org.safeguarding.kernel.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.testing.Authenticator;
import org.safeguarding.kernel.testing.MutableClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Enrolment and codes against the platform's own tables: the app's code within a step of
 * the service's clock is taken once only, the secret is kept encrypted for its owner, and
 * recovery codes are kept as HMACs and work once.
 */
class SecondFactorsTest {

    /** The start of a 30-second step. */
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

    private static final SecondFactors.Actor DSL = new SecondFactors.Actor("dsl", "10.0.0.1");

    @TempDir
    Path keyStore;

    private final MutableClock clock = new MutableClock(NINE);

    private JdbcTemplate jdbc;

    private SecondFactors secondFactors;

    private String secret;

    @BeforeEach
    void freshDatabase() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
                "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kernel").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        secondFactors = new SecondFactors(jdbc, new DataSourceTransactionManager(dataSource),
                AuditKeys.open(keyStore.resolve("keys")), clock, new SimpleMeterRegistry());
        secret = secondFactors.newSecret();
    }

    @Test
    void theAppsFirstCodeEnrolsTheSecretEncryptedAndGivesTenRecoveryCodesKeptAsHashesOnly() {
        List<String> recoveryCodes = secondFactors.enrol("dsl", secret, codeAt(NINE), DSL).orElseThrow();

        assertThat(secondFactors.isEnrolled("dsl")).isTrue();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        Map<String, Object> row = jdbc.queryForMap("select * from mfa_enrolment where username = 'dsl'");
        assertThat(row.toString()).doesNotContain(secret).doesNotContain(secret.toLowerCase());
        String stored = jdbc.queryForList("select code_hash from mfa_recovery_code", String.class).toString();
        recoveryCodes.forEach(code -> assertThat(stored).doesNotContain(code).doesNotContain(code.replace("-", "")));
        assertThat(recorded()).containsExactly("ENROLLED");
    }

    @Test
    void aWrongFirstCodeEnrolsNothing() {
        assertThat(secondFactors.enrol("dsl", secret, wrong(codeAt(NINE)), DSL)).isEmpty();

        assertThat(secondFactors.isEnrolled("dsl")).isFalse();
        assertThat(recorded()).containsExactly("CODE_REFUSED");
    }

    @Test
    void aCodeIsTakenOnceAndNotAgainWithinItsWindow() {
        enrolAt(NINE.minusSeconds(60));
        clock.set(NINE.plusSeconds(5));

        assertThat(secondFactors.takeCode("dsl", codeAt(NINE), DSL)).isTrue();
        clock.set(NINE.plusSeconds(20));
        assertThat(secondFactors.takeCode("dsl", codeAt(NINE), DSL)).as("the same code again, same step").isFalse();
        assertThat(recorded()).endsWith("CODE_TAKEN", "CODE_REFUSED");
    }

    @Test
    void aPhoneOneStepBehindOrAheadIsAcceptedButNotTwo() {
        enrolAt(NINE.minusSeconds(120));
        clock.set(NINE.plusSeconds(10));

        assertThat(secondFactors.takeCode("dsl", codeAt(NINE.minusSeconds(30)), DSL)).as("one step behind").isTrue();
        assertThat(secondFactors.takeCode("dsl", codeAt(NINE.plusSeconds(30)), DSL)).as("one step ahead").isTrue();
        assertThat(secondFactors.takeCode("dsl", codeAt(NINE.plusSeconds(60)), DSL)).as("two steps ahead").isFalse();
        clock.set(NINE.plusSeconds(95));
        assertThat(secondFactors.takeCode("dsl", codeAt(NINE.plusSeconds(30)), DSL))
            .as("two steps behind, and taken already")
            .isFalse();
    }

    @Test
    void aCodeOfAStepBeforeOneTakenIsRefused() {
        enrolAt(NINE.minusSeconds(120));
        clock.set(NINE);
        assertThat(secondFactors.takeCode("dsl", codeAt(NINE.plusSeconds(30)), DSL)).isTrue();

        assertThat(secondFactors.takeCode("dsl", codeAt(NINE), DSL)).isFalse();
    }

    @Test
    void theCodeAtEnrolmentIsNotTakenAgainAtTheNextSignIn() {
        enrolAt(NINE);

        assertThat(secondFactors.takeCode("dsl", codeAt(NINE), DSL)).isFalse();
    }

    @Test
    void eachRecoveryCodeWorksOnceAndItsUseIsRecorded() {
        List<String> recoveryCodes = enrolAt(NINE);

        assertThat(secondFactors.useRecoveryCode("dsl", recoveryCodes.get(3).toUpperCase(), DSL)).isTrue();
        assertThat(secondFactors.useRecoveryCode("dsl", recoveryCodes.get(3), DSL)).as("the same again").isFalse();
        assertThat(secondFactors.useRecoveryCode("head", recoveryCodes.get(4), DSL)).as("someone else's").isFalse();
        assertThat(secondFactors.recoveryCodesLeft("dsl")).isEqualTo(9);
        assertThat(recorded()).endsWith("RECOVERY_CODE_USED", "RECOVERY_CODE_REFUSED", "RECOVERY_CODE_REFUSED");
    }

    @Test
    void aSecretCopiedToAnotherPersonsRowDoesNotDecryptThere() {
        enrolAt(NINE);
        jdbc.update("insert into mfa_enrolment (username, secret, enrolled_at, last_step) "
                + "select 'head', secret, enrolled_at, 0 from mfa_enrolment where username = 'dsl'");
        clock.set(NINE.plusSeconds(30));

        assertThatThrownBy(() -> secondFactors.takeCode("head", codeAt(NINE.plusSeconds(30)), DSL))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResetForgetsTheAppAndTheRecoveryCodesAndRecordsWhoDidIt() {
        List<String> recoveryCodes = enrolAt(NINE);

        assertThat(secondFactors.reset("dsl", new SecondFactors.Actor("admin", "10.0.0.9"))).isTrue();

        assertThat(secondFactors.isEnrolled("dsl")).isFalse();
        assertThat(secondFactors.useRecoveryCode("dsl", recoveryCodes.get(0), DSL)).isFalse();
        assertThat(jdbc.queryForList("select actor from mfa_record where what = 'RESET'", String.class))
            .containsExactly("admin");
    }

    private List<String> enrolAt(Instant at) {
        clock.set(at);
        List<String> recoveryCodes = secondFactors.enrol("dsl", secret, codeAt(at), DSL).orElseThrow();
        clock.set(at.plus(Duration.ofSeconds(1)));
        return recoveryCodes;
    }

    private String codeAt(Instant at) {
        return Authenticator.code(secret, at);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    private List<String> recorded() {
        return jdbc.queryForList("select what from mfa_record order by id", String.class);
    }

}
