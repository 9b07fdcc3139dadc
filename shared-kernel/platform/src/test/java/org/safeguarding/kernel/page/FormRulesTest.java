package org.safeguarding.kernel.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.validation.Validation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.InfrastructureFailure;
import org.safeguarding.kernel.problem.CommonProblem;
import org.springframework.validation.MapBindingResult;

/** What a page's form shows when its command cannot be carried out. */
class FormRulesTest {

    private final FormRules rules = new FormRules(Validation.buildDefaultValidatorFactory().getValidator());

    private final MapBindingResult form = new MapBindingResult(Map.of("summary", "Fake account"), "concern");

    @Test
    void aCommandThatCouldNotBeStoredShowsTheFormAgainSayingWhy() {
        var rebuilding = new InfrastructureFailure(CommonProblem.PROJECTION_REBUILDING,
                "The incident-views projection is being rebuilt; nothing was changed.", null);

        assertThat(rules.send(() -> {
            throw new CommandExecutionException("Refused", rebuilding);
        }, form)).isEmpty();

        assertThat(form.getGlobalErrors()).singleElement().satisfies(error -> {
            assertThat(error.getCode()).isEqualTo("PROJECTION_REBUILDING");
            assertThat(error.getDefaultMessage()).startsWith(rebuilding.getMessage())
                .endsWith("What you entered is still here: send it again.");
        });
    }

    @Test
    void anUnexpectedFailureIsLeftToTheErrorPage() {
        var unexpected = new IllegalStateException("Bug");

        assertThatThrownBy(() -> rules.send(() -> {
            throw unexpected;
        }, form)).isSameAs(unexpected);
        assertThat(form.hasErrors()).isFalse();
    }

}
