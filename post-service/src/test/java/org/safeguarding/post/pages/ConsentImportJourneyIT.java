package org.safeguarding.post.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.testing.Browser;

/**
 * The office imports the MIS's consent export with one bad row: the good rows are
 * recorded, the bad one is reported by its line with why, and nothing is lost. Screens
 * are saved under {@code target/screens/consent-import/}.
 */
class ConsentImportJourneyIT extends PageJourney {

    @Test
    void aCsvWithOneBadRowImportsTheGoodRowsAndReportsTheBadOne(@TempDir Path files) throws IOException {
        Path csv = files.resolve("consent.csv");
        Files.writeString(csv, """
                ref,name,photoConsent,noPhotoList
                CI-1,Ella Green,yes,no
                CI-2,Finn Hall,maybe,no
                CI-3,Gwen Ince,no,yes
                """, StandardCharsets.UTF_8);

        try (Browser browser = Browser.open("consent-import", Browser.PHONE)) {
            signIn(browser, "admin");
            browser.go(url("/"));
            browser.driver().findElement(By.linkText("Consent register")).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("import"))).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("import-form")));
            browser.screen("import-form");

            browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
            browser.find("#reason").sendKeys("Autumn term consent forms");
            browser.find("#import-file").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
            assertThat(browser.find("#import-result").getText()).isEqualTo("2 row(s) imported, 1 refused.");
            assertThat(browser.find("#refused tr[data-line='3']").getText())
                .contains("photoConsent must be true or false (or yes/no, y/n, 1/0)");
            assertThat(browser.findAll("#imported tr[data-ref]")).extracting(row -> row.getAttribute("data-ref"))
                .containsExactly("CI-1", "CI-3");
            browser.screen("import-report");

            browser.go(url("/pupils"));
            assertThat(browser.find("tr[data-ref='CI-1']").getText()).contains("Ella Green", "Yes", "Ms Ada Admin");
            assertThat(browser.find("tr[data-ref='CI-3']").getText()).contains("Gwen Ince", "On the list");
            assertThat(browser.findAll("tr[data-ref='CI-2']")).isEmpty();
            browser.screen("register");
        }

        assertThat(api.as("dsl").get("/api/pupils/CI-1").json().path("photoConsent").asBoolean()).isTrue();
        assertThat(api.as("dsl").get("/api/pupils/CI-3").json().path("noPhotoList").asBoolean()).isTrue();
        assertThat(api.as("dsl").get("/api/pupils/CI-2").status()).isEqualTo(404);
    }

}
