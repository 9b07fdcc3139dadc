package org.safeguarding.kernel.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.servicecall.ServiceClient;
import org.springframework.http.ProblemDetail;

class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void aBrokenRuleIsAnsweredWithItsCodeKindAndViolations() {
        ProblemDetail problem = handler.ruleViolation(new RuleViolation(CommonRule.INVALID_IF_MATCH, "Not a version"));

        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getType()).hasToString("/problems/invalid-if-match");
    }

    @Test
    void anotherServiceDownIsAFailureAnswered503NotARefusal() {
        var failure = new ServiceClient.Unavailable("incident-service cannot be reached", null);

        ProblemDetail problem = handler.infrastructureFailure(failure);

        assertThat(failure).isNotInstanceOf(RuleViolation.class);
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("/problems/service-unavailable");
    }

    @Test
    void aFailureInsideACommandHandlerKeepsItsProblemAcrossTheCommandBus() {
        var failure = new ServiceClient.Unavailable("incident-service cannot be reached", null);

        ProblemDetail problem = handler.commandFailed(new CommandExecutionException("failed", failure));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("/problems/service-unavailable");
    }

    @Test
    void aRuleBrokenInsideACommandHandlerKeepsItsCodeAcrossTheCommandBus() {
        var violation = new RuleViolation(CommonRule.KEPT_CHECKPOINT_INCOMPLETE, "Both");

        ProblemDetail problem = handler.commandFailed(new CommandExecutionException("refused", violation));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("/problems/kept-checkpoint-incomplete");
    }

}
