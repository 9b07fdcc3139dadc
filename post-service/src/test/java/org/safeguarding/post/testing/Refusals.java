package org.safeguarding.post.testing;

import java.util.Arrays;
import java.util.List;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;

/**
 * Matchers for the rule a command broke: its problem code, its HTTP kind, and the
 * violation codes it lists.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<RuleViolation> refused(RuleViolation.Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.kind() == kind && violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(kind + " " + code);
            }
        };
    }

    /** A 422 from the posting policy listing exactly these violation codes. */
    public static Matcher<RuleViolation> breaks(String... codes) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.kind() == RuleViolation.Kind.UNPROCESSABLE
                        && violation.violations().stream().map(Violation::code).toList().equals(List.of(codes));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("422 listing " + Arrays.toString(codes));
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText(violation.kind() + " " + violation.code() + " " + violation.violations());
            }
        };
    }

}
