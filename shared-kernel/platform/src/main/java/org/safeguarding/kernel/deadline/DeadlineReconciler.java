package org.safeguarding.kernel.deadline;

import static org.safeguarding.kernel.audit.SystemCommands.asSystem;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.Serializer;
import org.safeguarding.kernel.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * One reconciling pass: the deadlines the read side says are running, less those
 * db-scheduler holds at their time and those whose saga has not yet reached their owner's
 * latest event, are put back through each owner's command (the repair is then an event in
 * the record, sent as the system, and the saga schedules the deadline again). Run by
 * {@link ReconcilerConfiguration}'s cluster-wide recurring task.
 */
public class DeadlineReconciler {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReconciler.class);

    /**
     * db-scheduler keeps times to the microsecond: a row later than its due by more than
     * this has been moved.
     */
    private static final Duration MOVED = Duration.ofSeconds(1);

    private final List<ReconciledDeadlines> clocks;

    private final Scheduler scheduler;

    private final Task<DbSchedulerBinaryDeadlineDetails> deadlineTask;

    private final Serializer serializer;

    private final CommandGateway commands;

    private final MeterRegistry registry;

    private final Duration settle;

    private final SagaProgress sagas;

    DeadlineReconciler(List<ReconciledDeadlines> clocks, SagaProgress sagas, Scheduler scheduler,
            @Qualifier("deadlineDetailsTask") Task<DbSchedulerBinaryDeadlineDetails> deadlineTask,
            @Qualifier("eventSerializer") Serializer serializer, CommandGateway commands, MeterRegistry registry,
            ReconcilerProperties properties) {
        this.clocks = clocks;
        this.scheduler = scheduler;
        this.deadlineTask = deadlineTask;
        this.serializer = serializer;
        this.commands = commands;
        this.registry = registry;
        this.settle = properties.settle();
        this.sagas = sagas;
    }

    /**
     * Reinstates every deadline that is missing now; returns how many it reinstated. One
     * pass at a time: a second pass then sees the first one's repairs in the views (not
     * yet settled) and leaves them alone.
     */
    public synchronized int reconcile() {
        // Read first: a saga that had reached an event had scheduled its deadline by
        // then.
        SagaProgress.Snapshot progress = sagas
            .snapshot(clocks.stream().map(ReconciledDeadlines::saga).collect(Collectors.toSet()));
        Map<Deadline, ReconciledDeadlines> missing = expected();
        held().forEach(missing::remove);
        missing.entrySet()
            .removeIf(entry -> !progress.hasReachedEverythingOf(entry.getValue().saga(), entry.getKey().ownerId()));
        // A deadline that fired meanwhile changed its owner's view before its row went: a
        // second look drops it.
        missing.keySet().retainAll(expected().keySet());
        int reinstated = 0;
        for (Map.Entry<Deadline, ReconciledDeadlines> entry : missing.entrySet()) {
            if (reinstate(entry.getKey(), entry.getValue())) {
                reinstated++;
            }
        }
        return reinstated;
    }

    private Map<Deadline, ReconciledDeadlines> expected() {
        // Views change with events, and events are stamped by Axon's clock: a view's age
        // is measured on it.
        Instant settledBefore = GenericEventMessage.clock.instant().minus(settle);
        Map<Deadline, ReconciledDeadlines> expected = new LinkedHashMap<>();
        for (ReconciledDeadlines clock : clocks) {
            clock.expected()
                .stream()
                .filter(candidate -> candidate.ownerChangedAt() == null
                        || !candidate.ownerChangedAt().isAfter(settledBefore))
                .forEach(candidate -> expected.put(candidate.deadline(), clock));
        }
        return expected;
    }

    /**
     * What db-scheduler holds, executing ones included: a deadline counts if it is due at
     * its time or retrying.
     */
    private Set<Deadline> held() {
        Set<Deadline> held = new HashSet<>();
        scheduler.fetchScheduledExecutionsForTask(deadlineTask.getName(), deadlineTask.getDataClass(),
                ScheduledExecutionsFilter.all(),
                execution -> recognise(execution)
                    .filter(deadline -> execution.getConsecutiveFailures() > 0
                            || !execution.getExecutionTime().isAfter(deadline.due().plus(MOVED)))
                    .ifPresent(held::add));
        return held;
    }

    private Optional<Deadline> recognise(ScheduledExecution<DbSchedulerBinaryDeadlineDetails> execution) {
        Object payload;
        try {
            payload = execution.getData().asDeadLineMessage(serializer).getPayload();
        }
        catch (RuntimeException unreadable) {
            log.warn("Scheduled deadline {} cannot be read: {}", execution.getTaskInstance().getId(),
                    unreadable.toString());
            return Optional.empty();
        }
        return clocks.stream().map(clock -> clock.recognise(payload)).flatMap(Optional::stream).findFirst();
    }

    private boolean reinstate(Deadline missing, ReconciledDeadlines clock) {
        String reason = "The scheduler no longer held this deadline for " + missing.due()
                + "; the deadline reconciler put it back";
        try {
            commands.sendAndWait(asSystem(clock.reinstate(missing, reason)));
        }
        catch (RuleViolation refused) {
            log.info("{} deadline of {} not reinstated: {}", missing.kind(), missing.ownerId(), refused.getMessage());
            return false;
        }
        registry.counter("safeguarding.deadlines.reinstated", "kind", missing.kind()).increment();
        log.warn("Reinstated the {} deadline of {} due {}: the scheduler no longer held it for then", missing.kind(),
                missing.ownerId(), missing.due());
        return true;
    }

}
