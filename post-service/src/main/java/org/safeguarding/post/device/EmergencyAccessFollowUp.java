package org.safeguarding.post.device;

import static org.safeguarding.kernel.audit.SystemCommands.asSystem;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.safeguarding.kernel.api.post.EmergencyAccessGranted;
import org.safeguarding.kernel.api.post.EscalateEmergencyAccess;
import org.safeguarding.kernel.api.post.LoginRemovalConfirmed;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After emergency access from a personal device, the login must be removed from it
 * (000:62-63): its user confirms that by the end of the next working day, or the
 * headteacher is told. The deadline lives in db-scheduler's table.
 */
// Public only because Axon 4's default saga factory calls the constructor without making
// it accessible.
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class EmergencyAccessFollowUp {

    static final String DEVICE_ID = "deviceId";

    static final String REMOVAL_DEADLINE = "emergency-login-removal";

    private static final Logger log = LoggerFactory.getLogger(EmergencyAccessFollowUp.class);

    private static final DateTimeFormatter SCHOOL_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm");

    private String deviceId;

    private String removalDeadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = DEVICE_ID)
    void on(EmergencyAccessGranted event, DeadlineManager deadlines) {
        deviceId = event.deviceId();
        removalDeadlineId = deadlines.schedule(event.removalDue(), REMOVAL_DEADLINE,
                new RemovalDue(deviceId, event.removalDue()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = DEVICE_ID)
    void on(LoginRemovalConfirmed event, DeadlineManager deadlines) {
        if (removalDeadlineId != null) {
            deadlines.cancelSchedule(REMOVAL_DEADLINE, removalDeadlineId);
        }
    }

    @DeadlineHandler(deadlineName = REMOVAL_DEADLINE)
    void removalOverdue(RemovalDue due, CommandGateway commands) {
        removalDeadlineId = null;
        String reason = "Nobody confirmed by "
                + ZonedDateTime.ofInstant(due.removalDue(), WorkingCalendar.SCHOOL_ZONE).format(SCHOOL_TIME)
                + " (Europe/London) that the account's login was removed from the personal device";
        commands.send(asSystem(new EscalateEmergencyAccess(deviceId, reason))).exceptionally(refused -> {
            log.info("Device {}: emergency access not escalated: {}", deviceId, refused.getMessage());
            return null;
        });
        SagaLifecycle.end();
    }

}
