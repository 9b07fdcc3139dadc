package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.kernel.testing.ProblemCodes;

class ProblemCodesTest {

    static List<Class<?>> problemEnums() {
        return ProblemCodes.enumsUnder("org.safeguarding.incident");
    }

    @Test
    void everyFeatureHasItsCodes() {
        assertThat(problemEnums()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("problemEnums")
    void eachEnumsCodesAreUniqueHyphenatedWords(Class<?> problemEnum) {
        ProblemCodes.assertWellFormed(problemEnum);
    }

    @Test
    void theReadmeListsEveryCodeWithItsStatusAndNoOther() {
        assertThat(ProblemCodes.listedInReadme("incident-service"))
            .isEqualTo(ProblemCodes.declaredUnder("org.safeguarding.incident"));
    }

}
