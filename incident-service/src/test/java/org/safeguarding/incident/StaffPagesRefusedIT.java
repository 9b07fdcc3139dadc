package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Browser;

/**
 * A member of staff opens neither the dashboard nor a case page, their colleague's report
 * least of all: a page that says so, with the status the API would answer, never a stack
 * trace. Screens under {@code target/screens/staff-refused/}.
 */
class StaffPagesRefusedIT extends ScreensJourney {

    @Test
    void aMemberOfStaffCannotOpenTheDashboardOrSomeoneElsesIncident() {
        String summary = "A parent posted a photo of the Year 4 class trip";
        String colleagues = yellowFormReport("teacher2", summary, List.of(person("PUPIL", "Cara Day", "P-31")));
        try (Browser browser = Browser.open("staff-refused", Browser.PHONE)) {
            browser.signIn(url(""), "teacher", "demo");
            browser.go(url("/"));
            assertThat(browser.find("main").getText()).contains("Report a concern", "My reports")
                .doesNotContain("Dashboard", "Cases");

            browser.go(url("/dashboard"));
            assertThat(browser.find("h1").getText()).isEqualTo("You cannot do that");
            assertThat(browser.find("main").getText()).contains("Your role does not allow this", "Error 403")
                .doesNotContain("Exception");
            browser.screen("dashboard-refused");
            assertThat(getWithTheSessionOf(browser, "/dashboard").statusCode()).isEqualTo(403);

            browser.go(url("/incidents/" + colleagues));
            assertThat(browser.find("h1").getText()).isEqualTo("You cannot do that");
            assertThat(browser.driver().getPageSource()).doesNotContain(summary).doesNotContain("Exception");
            browser.screen("colleagues-incident-refused");
            assertThat(getWithTheSessionOf(browser, "/incidents/" + colleagues).statusCode()).isEqualTo(403);
            assertThat(getWithTheSessionOf(browser, "/incidents/" + colleagues + "/chronology.csv").statusCode())
                .isEqualTo(403);
        }
    }

}
