package org.safeguarding.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A service's problem codes: each feature's enum well formed, and the table in
 * docs/problem-codes.md listing every code with its status, and no other.
 */
public abstract class ProblemCodesContract {

    private final String service;

    private final String rootPackage;

    protected ProblemCodesContract(String service, String rootPackage) {
        this.service = service;
        this.rootPackage = rootPackage;
    }

    @Test
    void eachFeaturesCodesAreUniqueHyphenatedWords() {
        assertThat(ProblemCodes.enumsUnder(rootPackage)).isNotEmpty().allSatisfy(ProblemCodes::assertWellFormed);
    }

    @Test
    void theReadmeListsEveryCodeWithItsStatusAndNoOther() {
        assertThat(ProblemCodes.listedInDocs(service)).isEqualTo(ProblemCodes.declaredUnder(rootPackage));
    }

}
