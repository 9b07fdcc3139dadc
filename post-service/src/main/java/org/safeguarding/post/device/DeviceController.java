package org.safeguarding.post.device;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.post.DeviceStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The device register: a poster registers a school device and keeps the token it is given
 * (header {@code Device-Token}; browsers also get it as a cookie); the headteacher
 * approves it with the passcode sent to them; a personal device is used in an emergency
 * and its login removal confirmed.
 */
@RestController
@Tag(name = "devices", description = "The devices that reach official accounts: approval by passcode, emergencies")
@Validated
class DeviceController {

    private final DeviceRegister devices;

    DeviceController(DeviceRegister devices) {
        this.devices = devices;
    }

    @PostMapping("/api/accounts/{id}/devices")
    @PreAuthorize("hasRole('STAFF')")
    @ApiResponse(responseCode = "201",
            description = "Registered, waiting for the headteacher: the device and its" + " token, shown this once",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the new record is read"))
    ResponseEntity<DeviceRequests.IssuedDevice> register(@PathVariable String id,
            @Valid @RequestBody DeviceRequests.Registration body, HttpServletRequest request) {
        return issued(devices.register(id, body), request);
    }

    @PostMapping("/api/accounts/{id}/emergency-access")
    @PreAuthorize("hasRole('STAFF')")
    @ApiResponse(responseCode = "201",
            description = "Granted for a while: the personal device and its token, shown" + " this once",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the new record is read"))
    ResponseEntity<DeviceRequests.IssuedDevice> grantEmergencyAccess(@PathVariable String id,
            @Valid @RequestBody DeviceRequests.EmergencyAccess body, HttpServletRequest request) {
        return issued(devices.grantEmergencyAccess(id, body.reason()), request);
    }

    @PostMapping("/api/emergency-access/{id}/removal")
    @PreAuthorize("hasRole('STAFF')")
    DeviceView confirmRemoval(@PathVariable String id) {
        return devices.confirmRemoval(id);
    }

    @GetMapping("/api/devices")
    @PreAuthorize("hasAnyRole('HEADTEACHER', 'ADMIN')")
    List<DeviceView> list(@RequestParam(required = false) DeviceStatus status) {
        return devices.list(status);
    }

    @GetMapping("/api/devices/pending")
    @PreAuthorize("hasRole('HEADTEACHER')")
    List<DeviceRequests.PendingDevice> pending() {
        return devices.pending();
    }

    @GetMapping("/api/devices/{id}")
    @PreAuthorize("hasRole('STAFF') or hasRole('ADMIN')")
    DeviceView view(@PathVariable String id) {
        return devices.visible(id);
    }

    @PostMapping("/api/devices/{id}/approval")
    @PreAuthorize("hasRole('HEADTEACHER')")
    DeviceView approve(@PathVariable String id, @Valid @RequestBody DeviceRequests.Approval body) {
        return devices.approve(id, body.passcode());
    }

    @PostMapping("/api/devices/{id}/passcode")
    @PreAuthorize("hasRole('STAFF')")
    @ApiResponse(responseCode = "202", description = "A new passcode is on its way to the headteacher")
    ResponseEntity<Void> resendPasscode(@PathVariable String id) {
        devices.resendPasscode(id);
        return ResponseEntity.accepted().build();
    }

    @DeleteMapping("/api/devices/{id}")
    @PreAuthorize("hasAnyRole('HEADTEACHER', 'ADMIN')")
    DeviceView revoke(@PathVariable String id, @RequestParam(required = false) @Size(max = 2_000) String reason) {
        return devices.revoke(id, reason);
    }

    private static ResponseEntity<DeviceRequests.IssuedDevice> issued(DeviceRequests.IssuedDevice issued,
            HttpServletRequest request) {
        ResponseCookie cookie = DeviceTokens.cookie(issued.deviceToken(), request);
        return ResponseEntity.created(URI.create("/api/devices/" + issued.device().id()))
            .header(HttpHeaders.SET_COOKIE, cookie.toString())
            .body(issued);
    }

}
