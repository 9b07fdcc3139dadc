package org.safeguarding.post.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PupilNameTest {

    private final PupilName josh = PupilName.of("Josh Smith");

    private boolean named(PupilName name, String text) {
        return name.isNamedIn(PlainLetters.of(text));
    }

    @Test
    void theFirstNameAloneIsANameWhenWrittenAsOne() {
        assertThat(named(josh, "Well done Josh, a better lesson today")).isTrue();
        assertThat(named(josh, "WELL DONE JOSH!")).isTrue();
        assertThat(named(josh, "Thanks to Josh.")).isTrue();
    }

    @Test
    void theFirstNameFollowedByAnotherSurnameIsSomebodyElse() {
        assertThat(named(josh, "A reading from Josh Jones, the author")).isFalse();
        assertThat(named(PupilName.of("Hope Brown"), "We hope you enjoyed it")).isFalse();
        assertThat(named(josh, "Joshua read well")).isFalse();
    }

    @Test
    void surnameCommaFirstNameIsAName() {
        assertThat(named(josh, "Winner: Smith, Josh")).isTrue();
        assertThat(named(josh, "Winner: smith,josh")).isTrue();
    }

    @Test
    void anInitialWithTheSurnameIsANameButInitialsAloneAreNot() {
        assertThat(named(josh, "Well done J. Smith")).isTrue();
        assertThat(named(josh, "Well done J Smith")).isTrue();
        assertThat(named(josh, "Well done J.Smith")).isTrue();
        assertThat(named(PupilName.of("Mary-Jane O'Neil"), "Well done M.J. O'Neil")).isTrue();
        assertThat(named(josh, "Well done JS")).isFalse();
        assertThat(named(josh, "Well done J.S.")).isFalse();
        assertThat(named(PupilName.of("Amy Brown"), "A brown bear visited")).isFalse();
    }

    @Test
    void encodingTricksDoNotHideAName() {
        assertThat(named(josh, "Well done J\u200Bo\u00ADsh")).as("zero-width space, soft hyphen").isTrue();
        assertThat(named(josh, "Josh\u00A0Smith")).as("no-break space").isTrue();
        assertThat(named(josh, "Well done \u0408\u043Esh")).as("Cyrillic Je and o").isTrue();
        assertThat(named(josh, "Well done \uFF2A\uFF4F\uFF53\uFF48")).as("full-width letters").isTrue();
        assertThat(named(josh, "SMITH, J\u039FSH")).as("Greek Omicron").isTrue();
        assertThat(named(PupilName.of("Zoë O'Neil"), "Zoe O\u2019Neil")).as("accent, curly apostrophe").isTrue();
    }

}
