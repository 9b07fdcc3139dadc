package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.safeguarding.kernel.testing.DemoDirectory.has;
import static org.safeguarding.kernel.testing.DemoDirectory.hasAny;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Every incident-service call of API.md, by every demo user, on incidents where that user
 * is the reporter, the case manager, the adult accused or no one in particular. What each
 * may do is restated below from API.md and issue 8, apart from the service's own code,
 * and every answer is held against it: no unexpected success, no answer that tells a
 * person without need to know that an incident exists, and no refusal of someone the
 * rules let through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class AccessMatrixContract {

    /** The demo directory of API.md, with each user's roles. */
    /**
     * The people of the demo directory and the platform webhook, in the order the matrix
     * has always called them: that order decides who changes an incident first.
     */
    private static final List<String> USERS = List.of("teacher", "teacher2", "computing", "dsl", "head", "deputy",
            "slt", "chair", "governor", "admin", "service");

    private static final Set<String> READS_INCIDENTS = Set.of("STAFF", "COMPUTING_LEAD", "DSL", "SLT", "HEADTEACHER",
            "CHAIR_OF_GOVERNORS");

    private static final Set<String> CASE_MANAGEMENT = Set.of("DSL", "HEADTEACHER", "CHAIR_OF_GOVERNORS");

    private static final Set<String> DSL_OR_HEADTEACHER = Set.of("DSL", "HEADTEACHER");

    private static final Set<String> AUDITORS = Set.of("GOVERNOR", "DSL", "HEADTEACHER");

    enum Kind {

        E_SAFETY, SAFEGUARDING, ALLEGATION

    }

    enum Relation {

        REPORTER, CASE_MANAGER, ACCUSED, OTHER

    }

    enum Sight {

        NONE, REPORTER, CASE_FILE

    }

    /**
     * HIDDEN: 401, 403 or 404 only. REFUSED: anything but success. ALLOWED: anything but
     * 401, 403 or 404.
     */
    enum Expected {

        HIDDEN, REFUSED, ALLOWED

    }

    /**
     * An incident of a kind, reported by someone, naming an adult (a directory user) when
     * it is an allegation.
     */
    record Scenario(Kind kind, String reporter, String accused) {

        Map<String, Object> form() {
            return switch (kind) {
                case E_SAFETY -> IncidentApiContract.orangeForm("Matrix: undermining comment");
                case SAFEGUARDING -> IncidentApiContract.yellowForm("Matrix: pupil bullied in a group chat");
                case ALLEGATION -> {
                    Map<String, Object> body = IncidentApiContract.allegation("Matrix: allegation against " + accused);
                    String kindOfAdult = has(accused, "GOVERNOR") ? "GOVERNOR" : "STAFF";
                    body.put("subjects", List.of(Map.of("kind", kindOfAdult, "name", "Named adult", "ref", accused),
                            Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17")));
                    yield body;
                }
            };
        }

        /** The role the incident is assigned to: the case manager's. */
        String caseManagerRole() {
            return switch (kind) {
                case E_SAFETY -> "COMPUTING_LEAD";
                case SAFEGUARDING -> "DSL";
                case ALLEGATION -> accused.equals("head") ? "CHAIR_OF_GOVERNORS" : "HEADTEACHER";
            };
        }

        /** Who closes it before a reopening is tried. */
        String caseManager() {
            return switch (caseManagerRole()) {
                case "COMPUTING_LEAD" -> "computing";
                case "DSL" -> "dsl";
                case "CHAIR_OF_GOVERNORS" -> "chair";
                default -> "head";
            };
        }

        Relation relationOf(String user) {
            if (user.equals(accused)) {
                return Relation.ACCUSED;
            }
            if (has(user, caseManagerRole())) {
                return Relation.CASE_MANAGER;
            }
            return user.equals(reporter) ? Relation.REPORTER : Relation.OTHER;
        }

        /**
         * The roles that act at the incident's level (API.md: "the assigned level or
         * above").
         */
        Set<String> levelRoles() {
            return switch (kind) {
                case E_SAFETY -> Set.of("COMPUTING_LEAD", "DSL", "SLT", "HEADTEACHER");
                case SAFEGUARDING -> Set.of("DSL", "SLT", "HEADTEACHER");
                case ALLEGATION -> Set.of("SLT", "HEADTEACHER");
            };
        }

        @Override
        public String toString() {
            return kind + " reported by " + reporter + (accused == null ? "" : " against " + accused);
        }
    }

    // The rules, restated from API.md and issue 8 for these scenarios

    /**
     * The adult accused sees nothing; the DSL and the headteacher see every case file;
     * the case manager (the computing lead for e-safety, the DSL, the headteacher, or the
     * chair of governors for an allegation against the headteacher) sees theirs; a
     * reporter sees the reporter's view; anyone else nothing.
     */
    static Sight sight(String user, Scenario scenario) {
        Relation relation = scenario.relationOf(user);
        if (relation == Relation.ACCUSED) {
            return Sight.NONE;
        }
        if (hasAny(user, DSL_OR_HEADTEACHER) || relation == Relation.CASE_MANAGER) {
            return Sight.CASE_FILE;
        }
        return relation == Relation.REPORTER ? Sight.REPORTER : Sight.NONE;
    }

    /**
     * A case about the headteacher is acted on by the chair alone; otherwise by those at
     * its level or above.
     */
    static boolean actsAtItsLevel(String user, Scenario scenario) {
        return scenario.caseManagerRole().equals("CHAIR_OF_GOVERNORS") ? has(user, "CHAIR_OF_GOVERNORS")
                : hasAny(user, scenario.levelRoles());
    }

    /**
     * Referrals, advice, the LADO decision and reopening: the DSL or the headteacher; the
     * chair for their case.
     */
    static boolean managesTheCase(String user, Scenario scenario) {
        return scenario.caseManagerRole().equals("CHAIR_OF_GOVERNORS") ? has(user, "CHAIR_OF_GOVERNORS")
                : hasAny(user, DSL_OR_HEADTEACHER);
    }

    static Expected read(String user, Scenario scenario, Set<String> roles, Sight needed) {
        return hasAny(user, roles) && sight(user, scenario).compareTo(needed) >= 0 ? Expected.ALLOWED : Expected.HIDDEN;
    }

    static Expected act(String user, Scenario scenario, Set<String> roles, Sight needed,
            BiPredicate<String, Scenario> authority) {
        if (!hasAny(user, roles) || sight(user, scenario) == Sight.NONE) {
            return Expected.HIDDEN;
        }
        return sight(user, scenario).compareTo(needed) >= 0 && authority.test(user, scenario) ? Expected.ALLOWED
                : Expected.REFUSED;
    }

    /** How a call is made on one incident. */
    @FunctionalInterface
    interface Send {

        Api.Response to(Api.Caller caller, String incidentId, Scenario scenario);

    }

    /**
     * A call on one incident: how it is made, whether it changes it, and what each user
     * may expect.
     */
    record Call(String name, Send send, boolean changesState, BiFunction<String, Scenario, Expected> expected) {
    }

    /** A call about no incident in particular: role alone decides. */
    record RoleCall(String name, BiFunction<Api.Caller, String, Api.Response> send,
            Function<String, Expected> expected) {
    }

    private static List<Call> incidentCalls() {
        BiFunction<String, Scenario, Expected> readers = (user, s) -> read(user, s, READS_INCIDENTS, Sight.REPORTER);
        BiFunction<String, Scenario, Expected> exports = (user, s) -> read(user, s, DSL_OR_HEADTEACHER,
                Sight.CASE_FILE);
        BiFunction<String, Scenario, Expected> atItsLevel = (user, s) -> act(user, s, READS_INCIDENTS, Sight.CASE_FILE,
                AccessMatrixContract::actsAtItsLevel);
        BiFunction<String, Scenario, Expected> caseManagement = (user, s) -> act(user, s, CASE_MANAGEMENT,
                Sight.CASE_FILE, AccessMatrixContract::managesTheCase);
        return List.of(reading("", readers), reading("/timeline", readers), reading("/chronology", exports),
                reading("/lado-referral", exports), reading("/access-log", exports),
                acting("/acknowledgement", s -> Map.of(), atItsLevel),
                acting("/escalation", s -> Map.of("to", "SLT", "reason", "Needs senior leadership"),
                        (user, s) -> act(user, s, READS_INCIDENTS, Sight.CASE_FILE, // an
                                                                                    // allegation
                                                                                    // starts
                                                                                    // at
                                                                                    // the
                                                                                    // top
                                (u, x) -> x.kind() != Kind.ALLEGATION && actsAtItsLevel(u, x))),
                acting("/moderation-actions", s -> Map.of("action", "REPORT_TO_PLATFORM", "note", "Reported"),
                        (user, s) -> act(user, s, Set.of("COMPUTING_LEAD", "DSL", "SLT"), Sight.CASE_FILE,
                                (u, x) -> true)),
                acting("/lado-referral", s -> NeedToKnowContract.ladoReferral(), caseManagement),
                acting("/lado-decision-not-to-refer", s -> Map.of("rationale", "Below the harm threshold"),
                        caseManagement),
                acting("/police-referral", s -> Map.of("reason", "Possible offence"), caseManagement),
                acting("/advice",
                        s -> Map.of("from", "HR", "summary", "HR advice", "receivedAt",
                                Instant.now().minusSeconds(60).toString()),
                        caseManagement),
                acting("/notes", s -> Map.of("text", "A note"),
                        (user, s) -> act(user, s, READS_INCIDENTS, Sight.REPORTER, (u, x) -> true)),
                acting("/closure", AccessMatrixContract::closure, atItsLevel),
                acting("/reopening", s -> Map.of("reason", "New information"), caseManagement));
    }

    private static Call reading(String suffix, BiFunction<String, Scenario, Expected> expected) {
        return new Call("GET /api/incidents/{id}" + suffix,
                (caller, id, scenario) -> caller.get(path(id) + suffix, "Accept", "application/json"), false, expected);
    }

    private static Call acting(String suffix, Function<Scenario, Map<String, Object>> body,
            BiFunction<String, Scenario, Expected> expected) {
        return new Call("POST /api/incidents/{id}" + suffix,
                (caller, id, scenario) -> caller.post(path(id) + suffix, body.apply(scenario)), true, expected);
    }

    @LocalServerPort
    int port;

    private Api api;

    private final List<String> unexpectedSuccesses = new ArrayList<>();

    private final List<String> existenceLeaks = new ArrayList<>();

    private final List<String> wronglyRefused = new ArrayList<>();

    private final Set<String> covered = new LinkedHashSet<>();

    private int checks;

    @Test
    void everyCallByEveryUserInEveryRelationAnswersAsTheRulesSay() {
        api = new Api(port);
        List<Scenario> scenarios = scenarios();
        Instant before = Instant.now();
        Map<Scenario, String> readIncidents = new LinkedHashMap<>();
        scenarios.forEach(scenario -> readIncidents.put(scenario, report(scenario)));
        Instant after = Instant.now().plusMillis(1);

        checkListsAndPages(readIncidents, before, after);
        for (Call call : incidentCalls()) {
            for (Scenario scenario : scenarios) {
                String id = call.changesState() ? prepared(call, scenario) : readIncidents.get(scenario);
                // Everyone the rules keep out goes first, so no one's success changes
                // what they would have seen.
                List<String> inOrder = USERS.stream()
                    .sorted(Comparator.comparing(user -> call.expected().apply(user, scenario)))
                    .toList();
                for (String user : inOrder) {
                    Api.Response response = call.send().to(api.as(user), id, scenario);
                    judge(call.name(), user, scenario, call.expected().apply(user, scenario), response.status());
                }
            }
        }
        checkCallsAboutNoIncident();

        assertThat(covered).as("every user in every relation they can hold").containsAll(feasibleRelations());
        assertThat(unexpectedSuccesses).as("unexpected successes among %d checks", checks).isEmpty();
        assertThat(existenceLeaks).as("answers other than 401/403/404 to those without need to know").isEmpty();
        assertThat(wronglyRefused).as("refusals of those the rules let through").isEmpty();
    }

    /**
     * Incidents that put every user in every relation they can hold: each member of staff
     * reports an allegation about someone else (the headteacher, who would manage that,
     * reports a yellow form instead); each user is accused in one; and an orange and a
     * yellow form give the computing lead and the DSLs cases of their own.
     */
    private static List<Scenario> scenarios() {
        Set<Scenario> scenarios = new LinkedHashSet<>();
        scenarios.add(new Scenario(Kind.E_SAFETY, "teacher", null));
        scenarios.add(new Scenario(Kind.SAFEGUARDING, "teacher", null));
        for (String user : USERS) {
            if (has(user, "HEADTEACHER")) {
                scenarios.add(new Scenario(Kind.SAFEGUARDING, user, null));
            }
            else if (has(user, "STAFF")) {
                scenarios.add(new Scenario(Kind.ALLEGATION, user, user.equals("teacher2") ? "teacher" : "teacher2"));
            }
            scenarios.add(new Scenario(Kind.ALLEGATION, user.equals("teacher") ? "teacher2" : "teacher", user));
        }
        return List.copyOf(scenarios);
    }

    /**
     * Only members of staff report; only holders of a role an incident is assigned to
     * manage one.
     */
    private static Set<String> feasibleRelations() {
        Set<String> feasible = new LinkedHashSet<>();
        for (String user : USERS) {
            feasible.add(user + " " + Relation.ACCUSED);
            feasible.add(user + " " + Relation.OTHER);
            if (has(user, "STAFF")) {
                feasible.add(user + " " + Relation.REPORTER);
            }
            if (hasAny(user, Set.of("COMPUTING_LEAD", "DSL", "HEADTEACHER", "CHAIR_OF_GOVERNORS"))) {
                feasible.add(user + " " + Relation.CASE_MANAGER);
            }
        }
        return feasible;
    }

    private String report(Scenario scenario) {
        Api.Response created = api.as(scenario.reporter()).post("/api/incidents", scenario.form());
        assertThat(created.status()).as(scenario + ": " + created).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /**
     * A fresh incident for a call that changes it, brought to where the call makes sense.
     */
    private String prepared(Call call, Scenario scenario) {
        String id = report(scenario);
        Api.Caller caseManager = api.as(scenario.caseManager());
        boolean closing = call.name().endsWith("/closure") || call.name().endsWith("/reopening");
        if (closing && scenario.kind() == Kind.ALLEGATION) {
            succeed(caseManager.post(path(id) + "/lado-decision-not-to-refer",
                    Map.of("rationale", "Below the threshold")));
        }
        if (call.name().endsWith("/reopening")) {
            succeed(caseManager.post(path(id) + "/closure", closure(scenario)));
        }
        return id;
    }

    private static Map<String, Object> closure(Scenario scenario) {
        return Map.of("outcome", scenario.kind() == Kind.ALLEGATION ? "UNFOUNDED" : "RESOLVED", "rationale", "Done");
    }

    private static void succeed(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void judge(String call, String user, Scenario scenario, Expected expected, int status) {
        Relation relation = scenario.relationOf(user);
        covered.add(user + " " + relation);
        judge(call + " by " + user + " (" + relation + "; " + scenario + "): " + expected + ", got " + status, expected,
                status);
    }

    private void judge(String which, Expected expected, int status) {
        checks++;
        boolean success = status >= 200 && status < 300;
        boolean hidden = status == 401 || status == 403 || status == 404;
        if (success && expected != Expected.ALLOWED) {
            unexpectedSuccesses.add(which);
        }
        else if (expected == Expected.HIDDEN && !hidden) {
            existenceLeaks.add(which);
        }
        else if (expected == Expected.ALLOWED && hidden) {
            wronglyRefused.add(which);
        }
    }

    /**
     * Lists, the dashboard, the audit page and the inspection report: an incident shown
     * is a success.
     */
    private void checkListsAndPages(Map<Scenario, String> incidents, Instant from, Instant to) {
        String window = "from=" + from + "&to=" + to;
        for (String user : USERS) {
            Set<String> listed = listed(user);
            String dashboard = api.as(user).get("/api/dashboard").body();
            String auditPage = api.as(user).get("/api/audit/events?size=500&" + window).body();
            String inspection = api.as(user)
                .get("/api/reports/inspection?" + window, "Accept", "application/json")
                .body();
            incidents.forEach((scenario, id) -> {
                judgeShown("GET /api/incidents", user, scenario, listed.contains(id),
                        read(user, scenario, READS_INCIDENTS, Sight.REPORTER));
                judgeShown("GET /api/dashboard", user, scenario, dashboard.contains(id),
                        read(user, scenario, Set.of("DSL", "SLT"), Sight.CASE_FILE));
                judgeShown("GET /api/audit/events", user, scenario, auditPage.contains(id),
                        hasAny(user, AUDITORS) && scenario.relationOf(user) != Relation.ACCUSED ? Expected.ALLOWED
                                : Expected.HIDDEN);
                judgeShown("GET /api/reports/inspection", user, scenario, inspection.contains(id),
                        scenario.kind() == Kind.E_SAFETY ? Expected.HIDDEN // the
                                                                           // computing
                                                                           // lead's level
                                                                           // is not
                                                                           // reported
                                : read(user, scenario, DSL_OR_HEADTEACHER, Sight.CASE_FILE));
            });
        }
    }

    private Set<String> listed(String user) {
        Set<String> ids = new HashSet<>();
        for (int page = 0;; page++) {
            Api.Response response = api.as(user).get("/api/incidents?size=100&page=" + page);
            if (response.status() != 200) {
                return ids;
            }
            JsonNode content = response.json().get("content");
            content.forEach(view -> ids.add(view.get("id").asText()));
            if (content.size() < 100) {
                return ids;
            }
        }
    }

    private void judgeShown(String call, String user, Scenario scenario, boolean shown, Expected expected) {
        judge(call, user, scenario, expected, shown ? 200 : 404);
    }

    /**
     * The calls about no incident in particular, by role alone: relation does not apply.
     * The replay goes last.
     */
    private void checkCallsAboutNoIncident() {
        Scenario any = new Scenario(Kind.SAFEGUARDING, "teacher", null);
        String inspection = "/api/reports/inspection?from=2026-01-01T00:00:00Z&to=" + Instant.now();
        List<RoleCall> calls = List.of(
                new RoleCall("POST /api/incidents", (caller, user) -> caller.post("/api/incidents", any.form()),
                        user -> byRole(user, Set.of("STAFF"))),
                new RoleCall("PUT /api/staff/{self}/availability",
                        (caller, user) -> caller.put("/api/staff/" + user + "/availability", Map.of("available", true)),
                        user -> user.equals("governor") ? Expected.HIDDEN : Expected.ALLOWED), // governors
                                                                                               // issue
                                                                                               // no
                                                                                               // commands
                new RoleCall("PUT /api/staff/computing/availability",
                        (caller, user) -> caller.put("/api/staff/computing/availability", Map.of("available", true)),
                        user -> user.equals("computing") ? Expected.ALLOWED : byRole(user, Set.of("ADMIN"))),
                new RoleCall("GET /api/incidents", (caller, user) -> caller.get("/api/incidents"),
                        user -> byRole(user, READS_INCIDENTS)),
                new RoleCall("GET /api/dashboard", (caller, user) -> caller.get("/api/dashboard"),
                        user -> byRole(user, Set.of("DSL", "SLT"))),
                new RoleCall("GET /api/audit/events", (caller, user) -> caller.get("/api/audit/events"),
                        user -> byRole(user, AUDITORS)),
                new RoleCall("GET /api/audit/verification", (caller, user) -> caller.get("/api/audit/verification"),
                        user -> byRole(user, AUDITORS)),
                new RoleCall("GET /api/audit/checkpoints", (caller, user) -> caller.get("/api/audit/checkpoints"),
                        user -> byRole(user, AUDITORS)),
                new RoleCall("GET /api/audit/public-key", (caller, user) -> caller.get("/api/audit/public-key"),
                        user -> Expected.ALLOWED),
                new RoleCall("GET /api/reports/inspection",
                        (caller, user) -> caller.get(inspection, "Accept", "application/json"),
                        user -> byRole(user, DSL_OR_HEADTEACHER)),
                new RoleCall("GET /api/admin/projections", (caller, user) -> caller.get("/api/admin/projections"),
                        user -> byRole(user, Set.of("ADMIN"))),
                new RoleCall("POST /api/admin/projections/{name}/replay",
                        (caller, user) -> caller.post("/api/admin/projections/staff-availability/replay"),
                        user -> byRole(user, Set.of("ADMIN"))));
        for (RoleCall call : calls) {
            for (String user : USERS) {
                Expected expected = call.expected().apply(user);
                int status = call.send().apply(api.as(user), user).status();
                judge(call.name() + " by " + user + ": " + expected + ", got " + status, expected, status);
            }
        }
        await().atMost(Duration.ofSeconds(30))
            .until(() -> api.as("admin")
                .get("/api/admin/projections")
                .json()
                .findValues("replaying")
                .stream()
                .noneMatch(JsonNode::asBoolean));
    }

    private static Expected byRole(String user, Set<String> roles) {
        return hasAny(user, roles) ? Expected.ALLOWED : Expected.HIDDEN;
    }

    private static String path(String id) {
        return "/api/incidents/" + id;
    }

}
