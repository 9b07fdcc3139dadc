package org.safeguarding.kernel.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTextTest {

    @Test
    void runsOfSpacesAndTheNonBreakingSpaceAreOneSpace() {
        assertThat(NameText.normalise("  Amy  Brown ")).isEqualTo("amy brown");
        assertThat(NameText.normalise("Amy\u00a0Brown")).isEqualTo("amy brown");
        assertThat(NameText.normalise("Amy\u2003\t\nBrown")).isEqualTo("amy brown");
    }

    @Test
    void caseIsFolded() {
        assertThat(NameText.normalise("AMY brown")).isEqualTo("amy brown");
        assertThat(NameText.normalise("STRASSE")).isEqualTo(NameText.normalise("Straße"));
        assertThat(NameText.normalise("ΟΔΥΣΣΕΥΣ")).isEqualTo(NameText.normalise("οδυσσευς"));
    }

    @Test
    void accentsAreStrippedWhetherComposedOrCombining() {
        assertThat(NameText.normalise("Ámy Brown")).isEqualTo("amy brown");
        assertThat(NameText.normalise("A\u0301my Bro\u0308wn")).isEqualTo("amy brown");
        assertThat(NameText.normalise("Łukasz Żółć")).isEqualTo("lukasz zolc");
        assertThat(NameText.normalise("Zoë Núñez")).isEqualTo("zoe nunez");
    }

    @Test
    void compatibilityFormsAreTheirPlainLetters() {
        assertThat(NameText.normalise("Ａｍｙ Ｂｒｏｗｎ")).isEqualTo("amy brown");
        assertThat(NameText.normalise("ﬁnn")).isEqualTo("finn");
    }

    @Test
    void punctuationSeparatesWords() {
        assertThat(NameText.normalise("Brown, Amy")).isEqualTo("brown amy");
        assertThat(NameText.normalise("P-17")).isEqualTo("p 17");
    }

    @Test
    void eachWordKnowsItsPlaceInTheOriginal() {
        String original = "to A\u0301my\u00a0 Brown.";

        assertThat(NameText.words(original)).extracting(NameText.Word::text).containsExactly("to", "amy", "brown");
        NameText.Word amy = NameText.words(original).get(1);
        assertThat(original.substring(amy.start(), amy.end())).isEqualTo("A\u0301my");
    }

}
