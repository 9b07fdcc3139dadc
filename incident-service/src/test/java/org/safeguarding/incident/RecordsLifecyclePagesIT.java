package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;
import org.safeguarding.kernel.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The record's whole life in the browser, on phone-sized Chromium: the DSL sends a
 * pupil's file to the next school and is shown its passphrase once; a file this service
 * sends to itself (the receiving school's part played here too) is imported with its
 * passphrase and the sending school's key, and the receipt shown is recorded back on its
 * transfer; six years on, two closed e-safety records have fallen due on Records and
 * retention, the DSL places a legal hold on one from its case page (it leaves the due
 * list) and proposes the other's disposal, which the DSL cannot approve; the headteacher,
 * after their second factor, approves it and downloads the signed certificate. Screens
 * under {@code target/screens/records-dsl/} and {@code target/screens/records-head/}.
 */
@Import(MutableClock.InTheService.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:records-lifecycle;DB_CLOSE_DELAY=-1",
        "safeguarding.school.name=" + RecordsLifecyclePagesIT.SCHOOL })
class RecordsLifecyclePagesIT extends ScreensJourney {

    static final String SCHOOL = "Oak Primary";

    /** Past the e-safety rule's six years from closure. */
    private static final Duration SIX_YEARS_ON = Duration.ofDays(6 * 366 + 1);

    private static final String HOLD_REASON = "Police investigation: Operation Larch, DC Rowe asked us to keep it";

    @Autowired
    MutableClock clock;

    @TempDir
    Path work;

    @BeforeEach
    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    @Test
    void theFileIsSentAndARecordIsHeldAndTheOtherDisposedOfWithFourEyesAndACertificate() {
        String toDispose = closedESafetyRecord("A rude reply under the school's post about sports day");
        String toHold = closedESafetyRecord("A parent's angry comment about the trip, now part of an investigation");
        yellowFormReport("teacher", "Messages to a pupil from someone they met gaming",
                List.of(person("PUPIL", "Cara Diaz", "P-31")));
        String disposal;
        try (Browser browser = Browser.open("records-dsl", Browser.PHONE)) {
            browser.signIn(url(""), "dsl", "demo");
            browser.go(url("/"));
            assertThat(browser.find("main").getText()).contains("Records and retention", "Transfers");

            theDslSendsCarasFileAndSeesThePassphraseOnce(browser);
            aFileIsImportedAndItsReceiptRecordedBack(browser);

            clock.set(Instant.now().plus(SIX_YEARS_ON));
            browser.go(url("/"));
            browser.find("main a[href='/retention']").click();
            browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Records and retention"));
            assertThat(row(browser, toDispose).getAttribute("data-due")).isEqualTo("true");
            assertThat(row(browser, toHold).getAttribute("data-due")).isEqualTo("true");
            assertThat(row(browser, toDispose).getText()).contains("E-safety", "Closed", "Due for disposal");
            assertThat(browser.findAll("#records tbody tr").get(0).getAttribute("data-due")).as("due ones first")
                .isEqualTo("true");
            browser.screen("retention-due");

            theDslHoldsTheRecordFromItsCasePage(browser, toHold);

            browser.go(url("/retention"));
            assertThat(row(browser, toHold).getAttribute("data-due")).isEqualTo("false");
            assertThat(row(browser, toHold).findElement(By.cssSelector(".legal-hold")).getText()).contains(HOLD_REASON);
            assertThat(browser.findAll("#tick-" + toHold)).as("a held record is never offered").isEmpty();

            browser.find("#propose-E_SAFETY").click();
            WebElement nothingTicked = browser
                .waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("proposal-incidentIds-error")));
            assertThat(nothingTicked.getAttribute("data-code")).isEqualTo("INCIDENT_IDS_NOTEMPTY");
            browser.screen("nothing-ticked");

            browser.find("#tick-" + toDispose).click();
            browser.find("#propose-E_SAFETY").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("done")));
            assertThat(browser.find("#done").getText()).contains("Disposal proposed");
            WebElement pending = browser.find("article[data-status='PROPOSED']");
            disposal = pending.getAttribute("id").substring("disposal-".length());
            assertThat(pending.getText()).contains(toDispose, "Proposed by dsl", "Waiting for the headteacher");
            assertThat(browser.findAll("#approve-" + disposal)).as("the proposer is offered no approval").isEmpty();
            browser.screen("proposed");
        }
        Api.Response byTheDsl = api.as("dsl").post("/api/disposals/" + disposal + "/approval");
        assertThat(byTheDsl.status()).as(byTheDsl.toString()).isEqualTo(403);
        assertThat(byTheDsl.json().path("type").asText()).endsWith("/proposer-cannot-approve");

        try (Browser browser = Browser.open("records-head", Browser.PHONE)) {
            browser.signIn(url(""), "head", "demo");
            browser.go(url("/retention"));
            assertThat(browser.find("#disposal-" + disposal).getText()).contains(toDispose, "Proposed by dsl");
            assertThat(browser.find("#what-disposal-does").getText()).contains("What disposal does");
            browser.screen("to-decide");

            browser.find("#approve-" + disposal).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "approved"));
            WebElement done = browser.find("#disposal-" + disposal);
            assertThat(done.getAttribute("data-status")).isEqualTo("DISPOSED");
            assertThat(done.getText()).contains("Disposed of", "decided by head", "1 record(s) disposed of");
            assertThat(browser.findAll("[data-reference='" + toDispose + "']")).as("gone from the records").isEmpty();
            assertThat(row(browser, toHold).getText()).contains(HOLD_REASON);

            browser.find("#certificate-pdf-" + disposal).click();
            WebElement kept = browser.waitUntil(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#certificate-status .checkpoint")));
            assertThat(kept.getText()).matches("\\d+:[0-9a-f]{64}");
            browser.screen("disposed");

            HttpResponse<byte[]> certificate = getWithTheSessionOf(browser,
                    "/retention/disposals/" + disposal + "/certificate.json");
            assertThat(certificate.statusCode()).isEqualTo(200);
            assertThat(certificate.headers().firstValue("Export-Signature")).isPresent();
            assertThat(new String(certificate.body(), StandardCharsets.UTF_8)).contains(disposal, toDispose,
                    "\"approvedBy\":\"head\"", "\"proposedBy\":\"dsl\"");

            theHeadLiftsTheHoldAndRejectsTheNextProposal(browser, toHold);
        }
        assertThat(api.as("dsl").get("/api/incidents/" + toDispose).json().path("summary").asText())
            .isEqualTo("[disposed]");
    }

    /**
     * The investigation over, the hold is lifted and the record is due again; the DSL
     * proposes its disposal, and the headteacher rejects it, first without a reason.
     */
    private void theHeadLiftsTheHoldAndRejectsTheNextProposal(Browser browser, String held) {
        row(browser, held).findElement(By.cssSelector("a")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("legal-hold")));
        browser.find("#legalHoldLift-step > summary").click();
        browser.find("#legalHoldLift-reason").sendKeys("Operation Larch closed; DC Rowe confirmed by email");
        browser.find("#lift-legal-hold").click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Legal hold lifted"));
        assertThat(browser.find("#legal-hold").getText()).startsWith("None");
        browser.screen("hold-lifted");

        Api.Response proposed = api.as("dsl")
            .post("/api/disposals", Map.of("incidentIds", List.of(held), "rule", "E_SAFETY"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String disposal = proposed.json().path("id").asText();
        browser.go(url("/retention"));
        browser.find("#reject-" + disposal + "-step > summary").click();
        browser.find("#reject-" + disposal).click();
        WebElement noReason = browser
            .waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("rejection-reason-error")));
        assertThat(noReason.getAttribute("data-code")).isEqualTo("REASON_NOTBLANK");
        assertThat(browser.find("#reject-" + disposal + "-step").getAttribute("open")).isNotNull();
        browser.screen("rejection-without-reason");

        browser.find("#rejection-reason").sendKeys("The parent has asked for it under a complaint; keep it a year");
        browser.find("#reject-" + disposal).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Disposal rejected"));
        assertThat(browser.find("#disposal-" + disposal).getText()).contains("Rejected", "keep it a year");
        assertThat(row(browser, held).getAttribute("data-due")).isEqualTo("true");
        browser.screen("rejected");
    }

    private void theDslSendsCarasFileAndSeesThePassphraseOnce(Browser browser) {
        browser.find("main a[href='/transfers']").click();
        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Transfers"));
        browser.screen("transfers");

        browser.find("#sending-ref").sendKeys("P-99");
        browser.find("#sending-toSchool").sendKeys("Elm Academy");
        browser.find("#sending-toDsl").sendKeys("Ms Elm");
        browser.find("#send").click();
        WebElement nothing = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("sending-ref-error")));
        assertThat(nothing.getAttribute("data-code")).isEqualTo("NOTHING_TO_TRANSFER");
        assertThat(browser.find("#sending-toSchool").getAttribute("value")).as("kept as typed")
            .isEqualTo("Elm Academy");
        browser.screen("nothing-to-transfer");

        browser.find("#sending-ref").clear();
        browser.find("#sending-ref").sendKeys("P-31");
        browser.find("#send").click();
        WebElement passphrase = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("passphrase")));
        assertThat(passphrase.getText().replace("-", "")).hasSize(24);
        assertThat(browser.find("main").getText()).contains("shown this once", "by phone", "Ms Elm");
        String shown = passphrase.getText();
        browser.screen("passphrase");

        browser.find("#back-to-transfers").click();
        WebElement sent = browser
            .waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article[data-status='SENT']")));
        assertThat(sent.getText()).contains("Pupil P-31 to Elm Academy", "Ms Elm", "Sent, waiting for the receipt",
                "working day");
        assertThat(browser.find("main").getText()).doesNotContain(shown);
        browser.screen("transfer-sent");
    }

    /**
     * Both ends in one service: the file Oak Primary sends to itself is refused with a
     * wrong passphrase (beside the field), imported with the right one and the key, and
     * the receipt the import shows is pasted into the transfer's receipt form.
     */
    private void aFileIsImportedAndItsReceiptRecordedBack(Browser browser) {
        browser.go(url("/transfers"));
        browser.find("#sending-ref").sendKeys("P-31");
        browser.find("#sending-toSchool").sendKeys(SCHOOL);
        browser.find("#sending-toDsl").sendKeys("Mr Dan Safeguarding");
        browser.find("#send").click();
        String passphrase = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("passphrase")))
            .getText();
        String bundlePath = URI.create(browser.find("#bundle").getAttribute("href")).getPath();
        String transfer = bundlePath.replaceAll(".*/transfers/([^/]+)/bundle", "$1");
        HttpResponse<byte[]> bundle = getWithTheSessionOf(browser, bundlePath);
        assertThat(bundle.statusCode()).isEqualTo(200);
        Path file = write(work.resolve("transfer.json"), bundle.body());

        browser.go(url("/transfers"));
        browser.find("#importing-bundle").sendKeys(file.toString());
        browser.find("#importing-passphrase").sendKeys("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
        browser.find("#import").click();
        WebElement wrong = browser
            .waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("importing-passphrase-error")));
        assertThat(wrong.getAttribute("data-code")).isEqualTo("TRANSFER_NOT_DECRYPTED");
        browser.screen("import-wrong-passphrase");

        browser.find("#importing-bundle").sendKeys(file.toString());
        browser.find("#importing-passphrase").clear();
        browser.find("#importing-passphrase").sendKeys(passphrase);
        browser.find("#importing-publicKey").sendKeys(api.anonymous().get("/api/audit/public-key").body());
        browser.find("#import").click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("imported-incidents")));
        assertThat(browser.find("#done").getText()).contains("P-31", SCHOOL);
        assertThat(browser.findAll("#imported-incidents a")).hasSize(1);
        String receivedCase = browser.find("#imported-incidents a").getAttribute("href");
        String receipt = browser.find("#receipt").getAttribute("textContent");
        assertThat(receipt).contains("\"document\"", "\"signature\"", "\"publicKey\"");
        browser.screen("imported");

        browser.go(url("/transfers"));
        browser.find("#receipt-" + transfer + "-step > summary").click();
        WebElement pasted = browser.find("#receipt-" + transfer + "-receipt");
        browser.driver().executeScript("arguments[0].value = arguments[1];", pasted, receipt);
        browser.find("#record-receipt-" + transfer).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Receipt recorded"));
        WebElement received = browser.find("#transfer-" + transfer);
        assertThat(received.getAttribute("data-status")).isEqualTo("RECEIVED");
        assertThat(received.getText()).contains("Receipt recorded", "within five school days");
        browser.screen("receipt-recorded");

        browser.go(receivedCase);
        WebElement chronology = browser
            .waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("received-chronology")));
        assertThat(browser.find("h1").getText()).isEqualTo("Messages to a pupil from someone they met gaming");
        assertThat(browser.find("#received-title").getText()).isEqualTo("Its record at " + SCHOOL);
        assertThat(chronology.findElements(By.tagName("li"))).isNotEmpty();
        assertThat(chronology.findElements(By.tagName("li")).get(0).getText()).as("the sending school's first step")
            .contains("teacher");
        browser.screen("received-case");
    }

    private static Path write(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void theDslHoldsTheRecordFromItsCasePage(Browser browser, String id) {
        row(browser, id).findElement(By.cssSelector("a")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("legal-hold")));
        assertThat(browser.find("#legal-hold").getText()).startsWith("None");
        browser.find("#legalHold-step > summary").click();
        browser.find("#place-legal-hold").click();
        WebElement noReason = browser
            .waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("legalHold-reason-error")));
        assertThat(noReason.getAttribute("data-code")).isEqualTo("REASON_NOTBLANK");
        browser.screen("hold-without-reason");

        browser.find("#legalHold-reason").sendKeys(HOLD_REASON);
        browser.find("#place-legal-hold").click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Legal hold placed"));
        assertThat(browser.find("#legal-hold").getText()).contains("Held since", "(dsl)", HOLD_REASON);
        assertThat(browser.findAll("#lift-legal-hold")).hasSize(1);
        browser.screen("held");
    }

    private static WebElement row(Browser browser, String id) {
        return browser.find("#records tr[data-reference='" + id + "']");
    }

    /** An orange-form report by a teacher, closed by the DSL; its id. */
    private String closedESafetyRecord(String summary) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("form", "E_SAFETY");
        report.put("category", "UNDERMINING_COMMENT");
        report.put("summary", summary);
        report.put("details", "Seen on a parent's phone; nobody named.");
        report.put("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
        report.put("channel", "OTHER_ONLINE");
        report.put("platform", "Facebook");
        report.put("subjects", List.of());
        report.put("allegationAgainstAdult", false);
        Api.Response created = api.as("teacher").post("/api/incidents", report);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        Api.Response closed = api.as("dsl")
            .post("/api/incidents/" + id + "/closure",
                    Map.of("outcome", "RESOLVED", "rationale", "Spoken to the parent; the comment was taken down"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        return id;
    }

}
