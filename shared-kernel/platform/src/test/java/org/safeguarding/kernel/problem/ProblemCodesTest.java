package org.safeguarding.kernel.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.kernel.testing.ProblemCodes;

class ProblemCodesTest {

    static List<Class<?>> problemEnums() {
        return ProblemCodes.enumsUnder("org.safeguarding.kernel");
    }

    @Test
    void theCommonCodesAreFound() {
        assertThat(problemEnums()).contains(CommonProblem.class, CommonRule.class);
    }

    @ParameterizedTest
    @MethodSource("problemEnums")
    void eachEnumsCodesAreUniqueHyphenatedWords(Class<?> problemEnum) {
        ProblemCodes.assertWellFormed(problemEnum);
    }

    @Test
    void theReadmeListsEveryCommonCodeWithItsStatusAndNoOther() {
        assertThat(ProblemCodes.listedInDocs("both")).isEqualTo(ProblemCodes.declaredUnder("org.safeguarding.kernel"));
    }

}
