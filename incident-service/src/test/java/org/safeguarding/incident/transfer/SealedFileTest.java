package org.safeguarding.incident.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.RuleViolation;

class SealedFileTest {

    private static final byte[] SECRET = "Amy Brown, P-17: the whole file".getBytes(StandardCharsets.UTF_8);

    @Test
    void opensWithThePassphraseHoweverItIsTyped() {
        String passphrase = Passphrase.newOne();
        SealedFile sealed = SealedFile.seal("transfer-1", "Oak Primary", SECRET, passphrase);

        assertThat(sealed.open(passphrase.toLowerCase().replace("-", " "))).isEqualTo(SECRET);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("Amy Brown");
    }

    @Test
    void aPassphraseIsTwentyFourCharactersOfBase32InGroupsOfFour() {
        assertThat(Passphrase.newOne()).matches("([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}")
            .isNotEqualTo(Passphrase.newOne());
    }

    @Test
    void doesNotOpenWithAnotherPassphrase() {
        SealedFile sealed = SealedFile.seal("transfer-1", "Oak Primary", SECRET, Passphrase.newOne());

        assertThatThrownBy(() -> sealed.open(Passphrase.newOne())).isInstanceOf(RuleViolation.class)
            .extracting(refused -> ((RuleViolation) refused).code())
            .isEqualTo("transfer-not-decrypted");
    }

    @Test
    void doesNotOpenOnceItsLabelIsChanged() {
        String passphrase = Passphrase.newOne();
        SealedFile sealed = SealedFile.seal("transfer-1", "Oak Primary", SECRET, passphrase);
        SealedFile relabelled = new SealedFile(sealed.format(), sealed.transferId(), "Elm Academy", sealed.kdf(),
                sealed.iterations(), sealed.salt(), sealed.nonce(), sealed.ciphertext());

        assertThatThrownBy(() -> relabelled.open(passphrase)).isInstanceOf(RuleViolation.class)
            .extracting(refused -> ((RuleViolation) refused).code())
            .isEqualTo("transfer-not-decrypted");
    }

}
