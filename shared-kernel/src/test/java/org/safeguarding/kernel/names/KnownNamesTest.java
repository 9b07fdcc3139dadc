package org.safeguarding.kernel.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnownNamesTest {

    private final KnownNames<String> pupils = KnownNames.<String>builder()
        .name("Amy Brown", "Pupil-A")
        .identifier("P-17", "Pupil-A")
        .name("Ben Brown-Smith", "Pupil-B")
        .build();

    private String pseudonymised(String text) {
        return pupils.replace(text, pseudonym -> pseudonym);
    }

    @Test
    void aNameIsFoundHoweverItIsSpacedCasedOrAccented() {
        assertThat(pseudonymised("Amy  Brown was sent messages")).isEqualTo("Pupil-A was sent messages");
        assertThat(pseudonymised("told amy brown's mum")).isEqualTo("told Pupil-A's mum");
        assertThat(pseudonymised("Amy\u00a0Brown")).isEqualTo("Pupil-A");
        assertThat(pseudonymised("Ámy Brown")).isEqualTo("Pupil-A");
        assertThat(pseudonymised("AMY\n BROWN")).isEqualTo("Pupil-A");
    }

    @Test
    void aNameIsFoundSurnameFirst() {
        assertThat(pseudonymised("Pupil: Brown, Amy (Y9)")).isEqualTo("Pupil: Pupil-A (Y9)");
        assertThat(pseudonymised("Brown-Smith, Ben")).isEqualTo("Pupil-B");
    }

    @Test
    void aNameGivenSurnameFirstIsFoundEitherWay() {
        KnownNames<String> given = KnownNames.<String>builder().name("Brown, Amy", "Pupil-A").build();

        assertThat(given.replace("Amy Brown and Brown, Amy", value -> value)).isEqualTo("Pupil-A and Pupil-A");
    }

    @Test
    void anIdentifierIsFoundAsAWholeWord() {
        assertThat(pseudonymised("ref P-17, not AP-17 or P-170")).isEqualTo("ref Pupil-A, not AP-17 or P-170");
    }

    @Test
    void onlyWholeNamesAreFound() {
        assertThat(pseudonymised("Amy said Browne and Amy Browne")).isEqualTo("Amy said Browne and Amy Browne");
    }

    @Test
    void theFirstValueGivenForANameKeepsIt() {
        KnownNames<String> given = KnownNames.<String>builder()
            .name("Amy Brown", "first")
            .name("amy brown", "second")
            .build();

        assertThat(given.find("Amy Brown")).singleElement().extracting(KnownNames.Mention::value).isEqualTo("first");
    }

}
