package org.safeguarding.post.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.PageSession;

/**
 * A poster registers the browser they use from the account's page over HTTP: refused as
 * the API refuses a device not said to be the school's, then registered, keeping the
 * token in the API's cookie, and waiting for the headteacher.
 */
class DeviceRegistrationPagesIT extends PageJourney {

    @Test
    void aPosterRegistersThisDeviceAndKeepsItsTokenAsACookie() {
        String id = activeAccount("@DeviceFromThePage", "teacher", "teacher2");
        PageSession teacher = new PageSession(port).signIn("teacher", "demo");

        assertThat(teacher.get("/accounts/" + id).body()).contains("href=\"/accounts/" + id + "/devices/new\"");
        String page = teacher.get("/accounts/" + id + "/devices/new").body();
        assertThat(page).contains("for=\"name\"", "for=\"schoolOwned\"");
        HttpResponse<String> personal = teacher.post("/accounts/" + id + "/devices",
                Map.of("name", "My phone", "_schoolOwned", "on", "_csrf", PageSession.formToken(page)));
        assertThat(personal.statusCode()).isEqualTo(422);
        assertThat(personal.body()).contains("id=\"schoolOwned-error\"", "data-code=\"SCHOOL_DEVICE_REQUIRED\"",
                "value=\"My phone\"");
        HttpResponse<String> registered = teacher.post("/accounts/" + id + "/devices", Map.of("name", "Class 4 iPad",
                "schoolOwned", "true", "_schoolOwned", "on", "_csrf", PageSession.formToken(personal.body())));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        assertThat(registered.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("device-token=").contains("HttpOnly", "SameSite=Strict"));

        assertThat(teacher.get("/accounts/" + id).body()).contains("Registered: this device may be used");
        assertThat(api.as("head").get("/api/devices/pending").body()).contains("Class 4 iPad");
        assertThat(new PageSession(port).signIn("computing", "demo").get("/accounts/" + id).body())
            .as("not a poster of the account")
            .doesNotContain("/devices/new");
    }

}
