package org.safeguarding.post.staff;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff training records, each person's acknowledgement of the current policy, and who
 * has not yet acknowledged it.
 */
@RestController
@Tag(name = "staff",
        description = "Induction and training before posting rights, and acknowledgements of the school's policy")
class StaffController {

    private final StaffRecords staff;

    StaffController(StaffRecords staff) {
        this.staff = staff;
    }

    @PostMapping("/api/staff/{username}/training")
    @PreAuthorize("hasAnyRole('ADMIN', 'SLT', 'HEADTEACHER', 'COMPUTING_LEAD')")
    StaffRecordView recordTraining(@PathVariable String username, @Valid @RequestBody StaffRequests.Training body) {
        return staff.recordTraining(username, body);
    }

    @GetMapping("/api/staff/{username}")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    StaffRecordView view(@PathVariable String username) {
        return staff.visible(username);
    }

    @PostMapping("/api/policy-acknowledgements")
    @PreAuthorize("hasRole('STAFF')")
    StaffRecordView acknowledge(@Valid @RequestBody StaffRequests.Acknowledgement body) {
        return staff.acknowledge(body);
    }

    @GetMapping("/api/reports/policy-acknowledgements")
    @PreAuthorize("hasAnyRole('ADMIN', 'SLT', 'HEADTEACHER', 'COMPUTING_LEAD')")
    StaffRequests.AcknowledgementReport unacknowledged() {
        return staff.unacknowledged();
    }

}
