package org.safeguarding.post.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.post.AccountApproved;
import org.safeguarding.kernel.api.post.AccountProposed;
import org.safeguarding.kernel.api.post.PosterRemoved;
import org.safeguarding.kernel.api.post.Visibility;

class AccountViewTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Duration TERMLY = Duration.ofDays(90);

    private final AccountView view = new AccountView();

    private long sequence;

    private AccountView fold(Object event, Instant at) {
        return view.apply(new GenericDomainEventMessage<>("SocialAccount", "account-1", sequence++, event, Map.of(),
                UUID.randomUUID().toString(), at));
    }

    private void active(List<String> posters) {
        fold(new AccountProposed("account-1", "X", "@School", "a", "b", "c", Visibility.PUBLIC, posters, List.of(),
                "teacher", NOW), NOW);
        fold(new AccountApproved("account-1", "head", posters, NOW, Instant.parse("2027-01-01T00:00:00Z")), NOW);
    }

    @Test
    void aPosterGoneFromTheDirectoryIsNoPosterWhenPostingIsChecked() {
        active(List.of("teacher", "leaver"));
        assertThat(view.asOf(NOW, TERMLY).standing(username -> !username.equals("leaver")).posters())
            .containsExactly("teacher");
    }

    @Test
    void removingAPosterMakesThePasswordChangeDueAtOnce() {
        active(List.of("teacher", "teacher2", "computing"));
        Instant removedAt = NOW.plusSeconds(3600);
        fold(new PosterRemoved("account-1", "computing"), removedAt);
        AccountView read = view.asOf(removedAt, TERMLY);
        assertThat(read.passwordRotationDue()).isEqualTo(removedAt);
        assertThat(read.passwordRotationOverdue()).isTrue();
        assertThat(read.standing(username -> true).passwordRotationOverdue()).isTrue();
    }

}
