package org.safeguarding.incident.transfer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.RuleViolation;

class SchoolKeysTest {

    private static final byte[] DATA = "the file".getBytes(StandardCharsets.UTF_8);

    private final KeyPair oak = ed25519();

    private final KeyPair impostor = ed25519();

    @Test
    void aSignatureIsCheckedWithTheKeyThatCameWithItWhenNoneIsConfigured() {
        SchoolKeys keys = new SchoolKeys(new TransferProperties(Duration.ofDays(5), Map.of()));

        assertThatCode(() -> keys.requireSignedBy("Oak Primary", pem(oak), DATA, sign(oak, DATA), "file"))
            .doesNotThrowAnyException();
        assertThatThrownBy(() -> keys.requireSignedBy("Oak Primary", pem(oak), DATA, sign(impostor, DATA), "file"))
            .isInstanceOf(RuleViolation.class)
            .hasMessageContaining("is not signed with Oak Primary's key");
    }

    @Test
    void aConfiguredKeyWinsOverTheKeyThatCameWithTheFile() {
        SchoolKeys keys = new SchoolKeys(new TransferProperties(Duration.ofDays(5), Map.of("oakprimary", pem(oak))));

        assertThatThrownBy(() -> keys.requireSignedBy("Oak Primary", pem(impostor), DATA, sign(impostor, DATA), "file"))
            .isInstanceOf(RuleViolation.class)
            .extracting(refused -> ((RuleViolation) refused).code())
            .isEqualTo("transfer-signature-invalid");
        assertThatCode(() -> keys.requireSignedBy("Oak Primary", null, DATA, sign(oak, DATA), "file"))
            .doesNotThrowAnyException();
    }

    @Test
    void withoutAKeyTheSchoolIsUnknown() {
        SchoolKeys keys = new SchoolKeys(new TransferProperties(Duration.ofDays(5), Map.of()));

        assertThatThrownBy(() -> keys.requireSignedBy("Oak Primary", " ", DATA, sign(oak, DATA), "file"))
            .isInstanceOf(RuleViolation.class)
            .extracting(refused -> ((RuleViolation) refused).code())
            .isEqualTo("school-key-unknown");
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sign(KeyPair pair, byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(pair.getPrivate());
            signature.update(data);
            return signature.sign();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

}
