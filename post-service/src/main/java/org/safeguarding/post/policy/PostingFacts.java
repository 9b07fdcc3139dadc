package org.safeguarding.post.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.PupilConsent;

/**
 * What the posting policy is applied to, as things stand now: the account, the consent
 * register, the time.
 */
public interface PostingFacts {

    Optional<AccountStanding> account(String accountId);

    List<PupilConsent> consentRegister();

    Instant now();

}
