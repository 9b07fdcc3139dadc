package org.safeguarding.incident.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.retention.DisposalProblem;
import org.springframework.stereotype.Component;

/**
 * Every incident's retention as it stands today, and the check a disposal passes when it
 * is proposed and again when it is approved: each record fallen due under the rule it
 * names, none held.
 */
@Component
class DueRecords {

    private final RetentionProjection facts;

    private final RetentionRules rules;

    private final Clock clock;

    private final AccessLog accessLog;

    DueRecords(RetentionProjection facts, RetentionRules rules, Clock clock, AccessLog accessLog) {
        this.facts = facts;
        this.rules = rules;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /**
     * A listing for the API or the page: logged as a read of the records it lists, as
     * every read is.
     */
    List<Retention> readBy(Actor reader, boolean dueOnly) {
        List<Retention> listed = dueOnly ? due() : all();
        accessLog.record(reader, AccessLog.Action.RETENTION, listed.stream().map(Retention::incidentId).toList());
        return listed;
    }

    List<Retention> all() {
        LocalDate today = today();
        return facts.all().stream().map(each -> rules.of(each, today)).toList();
    }

    List<Retention> due() {
        return all().stream().filter(Retention::due).toList();
    }

    void requireDisposable(List<String> incidentIds, RetentionRule rule) {
        if (incidentIds == null || incidentIds.isEmpty()) {
            throw new RuleViolation(DisposalProblem.NOTHING_TO_DISPOSE, "A disposal names the records it disposes of");
        }
        LocalDate today = today();
        for (String id : incidentIds) {
            Retention retention = facts.find(id)
                .map(each -> rules.of(each, today))
                .orElseThrow(() -> new RuleViolation(DisposalProblem.NOT_DUE, "No incident " + id + " is on record"));
            if (retention.legalHold()) {
                throw new RuleViolation(RetentionProblem.RECORD_ON_LEGAL_HOLD,
                        "Incident " + id + " is under a legal hold (" + retention.legalHoldReason()
                                + "); lift the hold before it is disposed of");
            }
            if (retention.rule() != rule) {
                throw new RuleViolation(DisposalProblem.RULE_DOES_NOT_APPLY,
                        "Incident " + id + " is kept under " + retention.rule() + ", not " + rule);
            }
            if (!retention.due()) {
                throw new RuleViolation(DisposalProblem.NOT_DUE,
                        "Incident " + id + " has not fallen due for disposal: " + whyNot(retention));
            }
        }
    }

    private static String whyNot(Retention retention) {
        if (retention.disposedAt() != null) {
            return "it was disposed of already";
        }
        return retention.status().equals("OPEN") ? "it is open" : "it is kept until " + retention.retainUntil();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), RetentionRules.SCHOOL_ZONE);
    }

}
