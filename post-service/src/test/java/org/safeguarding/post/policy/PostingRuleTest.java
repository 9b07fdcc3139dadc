package org.safeguarding.post.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PostingRuleTest {

    @Test
    void eachRuleIsAViolationCodeInUpperSnakeCase() {
        assertThat(Arrays.stream(PostingRule.values()).map(PostingRule::name))
            .allMatch(code -> code.matches("[A-Z0-9]+(_[A-Z0-9]+)*"));
    }

}
