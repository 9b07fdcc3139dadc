package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.safeguarding.kernel.testing.DemoDirectory.has;
import static org.safeguarding.kernel.testing.DemoDirectory.hasAny;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.DemoDirectory;
import org.safeguarding.kernel.testing.MutableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Every post-service call of API.md, by every demo user, on posts where that user is the
 * author, another approved poster of the account or no one in particular, and by the
 * service accounts for themselves and for a person. What each may do is restated below
 * from API.md, README's service-account rules and issue 8, apart from the service's own
 * code, and every answer is held against it: no unexpected success, and no refusal (401,
 * 403, 404) of someone the rules let through. A business rule's answer (409, 422) to
 * someone the rules let through means they got past authorisation. Every check that could
 * change something gets its own fresh account, post or comment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
@TestPropertySource(properties = "safeguarding.incident-service.url=http://localhost:9")
abstract class AccessMatrixContract {

    private static final Logger LOG = LoggerFactory.getLogger(AccessMatrixContract.class);

    /**
     * Wednesday 18 November 2026, 10:00 in London: inside the posting window, so a
     * publication can succeed.
     */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T10:00:00Z");

    private static final String ON_BEHALF_OF = "X-On-Behalf-Of";

    /** The demo directory of API.md, with each user's roles. */
    private static final List<String> USERS = DemoDirectory.users();

    private static final List<String> PEOPLE = USERS.stream().filter(user -> !has(user, "SERVICE")).toList();

    /**
     * incident-service's account: it may delete content for a person, and read the pupil
     * register's names.
     */
    private static final String INCIDENT_SERVICE = "incident-service";

    /** The platform's webhook: it may deliver inbound comments. */
    private static final String WEBHOOK = "service";

    private static final Set<String> MODERATORS = Set.of("COMPUTING_LEAD", "DSL", "SLT");

    private static final Set<String> AUDITORS = Set.of("GOVERNOR", "DSL", "HEADTEACHER");

    enum Relation {

        AUTHOR, POSTER, OTHER

    }

    /** REFUSED: anything but success. ALLOWED: anything but 401, 403 or 404. */
    enum Expected {

        REFUSED, ALLOWED

    }

    /** What a call that changes something is given, fresh for each check. */
    enum Needs {

        NOTHING, PROPOSED_ACCOUNT, ACTIVE_ACCOUNT, DRAFT, SUBMITTED_POST, APPROVED_POST, COMMENT

    }

    /** An account run by two members of staff, one of whom drafts the post. */
    record Scenario(String author, String poster) {

        List<String> runBy() {
            return List.of(author, poster);
        }

        Relation relationOf(String user) {
            return user.equals(author) ? Relation.AUTHOR : user.equals(poster) ? Relation.POSTER : Relation.OTHER;
        }

        @Override
        public String toString() {
            return "account run by " + author + " and " + poster + ", post by " + author;
        }
    }

    /**
     * Someone calling: a user as themselves, or a user naming a person in
     * {@code X-On-Behalf-Of}.
     */
    record Caller(String user, String onBehalfOf) {

        static Caller as(String user) {
            return new Caller(user, null);
        }

        String[] headers(int check) {
            return onBehalfOf == null ? new String[0]
                    : new String[] { ON_BEHALF_OF, onBehalfOf, "Idempotency-Key", "matrix-" + check };
        }

        @Override
        public String toString() {
            return onBehalfOf == null ? user : user + " for " + onBehalfOf;
        }
    }

    /**
     * What a check works on: an account, a post and a comment, fresh where the call
     * changes them.
     */
    record Target(String accountId, String postId, String commentId) {
    }

    @FunctionalInterface
    interface Send {

        Api.Response to(Api.Caller caller, String[] headers, Target target, int check);

    }

    /**
     * A call: how it is made, what it needs fresh, whether it can carry
     * {@code X-On-Behalf-Of} here (the kernel's client has no headers on DELETE and on a
     * CSV upload), whether the post's relations matter, and who may make it.
     */
    record Call(String name, Needs needs, boolean carriesHeaders, boolean aboutAPost, Send send,
            BiFunction<Caller, Scenario, Expected> expected) {
    }

    // The rules, restated from API.md, README and issue 8

    /**
     * A person by role; no service account acts as itself here, and no one for someone,
     * but where said below.
     */
    static Expected byRole(Caller caller, Set<String> roles) {
        return caller.onBehalfOf() == null && !has(caller.user(), "SERVICE") && hasAny(caller.user(), roles)
                ? Expected.ALLOWED : Expected.REFUSED;
    }

    /**
     * A person by their relation to the post (or role); no service account, and no one
     * for someone.
     */
    static Expected byRelation(Caller caller, boolean allowed) {
        return caller.onBehalfOf() == null && !has(caller.user(), "SERVICE") && allowed ? Expected.ALLOWED
                : Expected.REFUSED;
    }

    /**
     * COMPUTING_LEAD, DSL, SLT, and incident-service's account for such a person (the
     * person's roles count). Neither post-service's own account nor the webhook deletes,
     * for themselves or anyone; no person acts for another.
     */
    static Expected deletion(Caller caller) {
        if (caller.user().equals(INCIDENT_SERVICE) && caller.onBehalfOf() != null) {
            String person = caller.onBehalfOf();
            return PEOPLE.contains(person) && hasAny(person, MODERATORS) ? Expected.ALLOWED : Expected.REFUSED;
        }
        return byRole(caller, MODERATORS);
    }

    /** ADMIN, and the platform's webhook as itself. */
    static Expected inboundComment(Caller caller) {
        return caller.onBehalfOf() == null && caller.user().equals(WEBHOOK) ? Expected.ALLOWED
                : byRole(caller, Set.of("ADMIN"));
    }

    /** Only incident-service's account, as itself. */
    static Expected pupilNames(Caller caller) {
        return caller.onBehalfOf() == null && caller.user().equals(INCIDENT_SERVICE) ? Expected.ALLOWED
                : Expected.REFUSED;
    }

    static boolean poster(Caller caller, Scenario s) {
        return s.relationOf(caller.user()) != Relation.OTHER;
    }

    private static List<Call> calls() {
        return List.of(
                // Reads first, on shared state: nothing here may change it.
                new Call("GET /api/accounts", Needs.NOTHING, true, false, (c, h, t, n) -> c.get("/api/accounts", h),
                        (c, s) -> byRole(c, Set.of("STAFF"))),
                new Call("GET /api/accounts/{id}", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.get("/api/accounts/" + t.accountId(), h),
                        (c, s) -> byRole(c, Set.of("STAFF"))),
                new Call("GET /api/posts/{id}", Needs.NOTHING, true, true,
                        (c, h, t, n) -> c.get("/api/posts/" + t.postId(), h),
                        (c, s) -> byRelation(c, poster(c, s) || has(c.user(), "SLT"))),
                new Call("GET /api/comments?awaiting=true", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.get("/api/comments?awaiting=true", h), (c, s) -> byRole(c, MODERATORS)),
                new Call("GET /api/comments/{id}", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.get("/api/comments/" + t.commentId(), h), (c, s) -> byRole(c, MODERATORS)),
                new Call("GET /api/audit/checkpoints", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.get("/api/audit/checkpoints", h), (c, s) -> byRole(c, AUDITORS)),
                new Call("GET /api/audit/verification", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.get("/api/audit/verification", h), (c, s) -> byRole(c, AUDITORS)),
                new Call("GET /api/pupil-names", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.get("/api/pupil-names", h), (c, s) -> pupilNames(c)),
                new Call("GET /api/admin/projections", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.get("/api/admin/projections", h), (c, s) -> byRole(c, Set.of("ADMIN"))),
                // Calls that create something new: nothing shared to spoil.
                new Call("POST /api/accounts", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.post("/api/accounts", proposal(List.of("teacher", "teacher2")), h),
                        (c, s) -> byRole(c, Set.of("STAFF"))),
                new Call("PUT /api/pupils/{ref}", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.put("/api/pupils/M-" + n,
                                Map.of("name", "Matrix Pupil", "photoConsent", true, "noPhotoList", false), h),
                        (c, s) -> byRole(c, Set.of("ADMIN", "DSL"))),
                new Call("POST /api/pupils/import", Needs.NOTHING, false, false,
                        (c, h, t, n) -> c.postBytes("/api/pupils/import",
                                ("ref,name,photoConsent,noPhotoList\nI-" + n + ",Imported Pupil,true,false\n")
                                    .getBytes(StandardCharsets.UTF_8),
                                "text/csv"),
                        (c, s) -> byRole(c, Set.of("ADMIN", "DSL"))),
                new Call("POST /api/posts", Needs.NOTHING, true, true,
                        (c, h, t, n) -> c.post("/api/posts", draft(t.accountId()), h),
                        (c, s) -> byRelation(c, poster(c, s))),
                new Call("POST /api/comments", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.post("/api/comments", inbound(t.accountId()), h),
                        (c, s) -> inboundComment(c)),
                // Calls that change what they are given: each check on something fresh.
                new Call("POST /api/accounts/{id}/approval", Needs.PROPOSED_ACCOUNT, true, false,
                        (c, h, t, n) -> c.post("/api/accounts/" + t.accountId() + "/approval", Map.of(), h),
                        (c, s) -> byRole(c, Set.of("SLT"))),
                new Call("POST /api/accounts/{id}/rejection", Needs.PROPOSED_ACCOUNT, true, false,
                        (c, h, t, n) -> c.post("/api/accounts/" + t.accountId() + "/rejection",
                                Map.of("reason", "No business case"), h),
                        (c, s) -> byRole(c, Set.of("SLT"))),
                new Call("POST /api/accounts/{id}/posters", Needs.ACTIVE_ACCOUNT, true, false,
                        (c, h, t, n) -> c.post("/api/accounts/" + t.accountId() + "/posters",
                                Map.of("username", "deputy"), h),
                        (c, s) -> byRole(c, Set.of("SLT", "ADMIN"))),
                new Call("DELETE /api/accounts/{id}/posters/{username}", Needs.ACTIVE_ACCOUNT, false, false,
                        (c, h, t, n) -> c.delete("/api/accounts/" + t.accountId() + "/posters/teacher2"),
                        (c, s) -> byRole(c, Set.of("SLT", "ADMIN"))),
                new Call("POST /api/accounts/{id}/password-rotation", Needs.ACTIVE_ACCOUNT, true, false,
                        (c, h, t, n) -> c.post("/api/accounts/" + t.accountId() + "/password-rotation", Map.of(), h),
                        (c, s) -> byRole(c, Set.of("ADMIN", "COMPUTING_LEAD"))),
                new Call("POST /api/accounts/{id}/closure", Needs.ACTIVE_ACCOUNT, true, false,
                        (c, h, t, n) -> c.post("/api/accounts/" + t.accountId() + "/closure", Map.of(), h),
                        (c, s) -> byRole(c, Set.of("SLT"))),
                new Call("POST /api/posts/{id}/submission", Needs.DRAFT, true, true,
                        (c, h, t, n) -> c.post("/api/posts/" + t.postId() + "/submission", Map.of(), h),
                        (c, s) -> byRelation(c, s.relationOf(c.user()) == Relation.AUTHOR)),
                new Call("POST /api/posts/{id}/approval", Needs.SUBMITTED_POST, true, true,
                        (c, h, t, n) -> c.post("/api/posts/" + t.postId() + "/approval", Map.of(), h),
                        (c, s) -> byRelation(c,
                                (poster(c, s) || has(c.user(), "SLT")) && s.relationOf(c.user()) != Relation.AUTHOR)),
                new Call("POST /api/posts/{id}/rejection", Needs.SUBMITTED_POST, true, true,
                        (c, h, t, n) -> c.post("/api/posts/" + t.postId() + "/rejection",
                                Map.of("reason", "Add the date"), h),
                        (c, s) -> byRelation(c,
                                (poster(c, s) || has(c.user(), "SLT")) && s.relationOf(c.user()) != Relation.AUTHOR)),
                new Call("POST /api/posts/{id}/publication", Needs.APPROVED_POST, true, true,
                        (c, h, t, n) -> c.post("/api/posts/" + t.postId() + "/publication", Map.of(), h),
                        (c, s) -> byRelation(c, poster(c, s))),
                new Call("POST /api/content/{post}/deletion", Needs.APPROVED_POST, true, false,
                        (c, h, t, n) -> c.post("/api/content/" + t.postId() + "/deletion",
                                Map.of("reason", "Matrix", "incidentId", "incident-" + n), h),
                        (c, s) -> deletion(c)),
                new Call("POST /api/content/{comment}/deletion", Needs.COMMENT, true, false,
                        (c, h, t, n) -> c.post("/api/content/" + t.commentId() + "/deletion",
                                Map.of("reason", "Matrix", "incidentId", "incident-" + n), h),
                        (c, s) -> deletion(c)),
                new Call("POST /api/comments/{id}/moderation", Needs.COMMENT, true, false,
                        (c, h, t, n) -> c.post("/api/comments/" + t.commentId() + "/moderation",
                                Map.of("action", "NO_ACTION", "note", "Nothing to do"), h),
                        (c, s) -> byRole(c, MODERATORS)),
                // Last, as a rebuild must not race the calls that change what it
                // rebuilds.
                new Call("POST /api/admin/projections/{name}/replay", Needs.NOTHING, true, false,
                        (c, h, t, n) -> c.post("/api/admin/projections/consent-register/replay", Map.of(), h),
                        (c, s) -> byRole(c, Set.of("ADMIN"))));
    }

    /**
     * Everyone as themselves; incident-service's account for every person and for the
     * webhook; and, as attempts to act for someone where nobody may, the webhook and
     * post-service's own account for the DSL, and the DSL for the headteacher.
     */
    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>(USERS.stream().map(Caller::as).toList());
        PEOPLE.forEach(person -> callers.add(new Caller(INCIDENT_SERVICE, person)));
        callers.add(new Caller(INCIDENT_SERVICE, WEBHOOK));
        callers.add(new Caller(WEBHOOK, "dsl"));
        callers.add(new Caller("post-service", "dsl"));
        callers.add(new Caller("dsl", "head"));
        return List.copyOf(callers);
    }

    /**
     * The author is an approved poster without a senior role, and then a senior leader
     * with the computing lead.
     */
    private static final List<Scenario> SCENARIOS = List.of(new Scenario("teacher", "teacher2"),
            new Scenario("slt", "computing"));

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private Api api;

    private final List<String> unexpectedSuccesses = new ArrayList<>();

    private final List<String> unexpectedRefusals = new ArrayList<>();

    private final Set<String> covered = new LinkedHashSet<>();

    private int checks;

    private int successes;

    @Test
    void everyCallByEveryCallerInEveryRelationAnswersAsTheRulesSay() {
        api = new Api(port);
        clock.set(WEDNESDAY_MORNING);
        Map<Scenario, Target> shared = new LinkedHashMap<>();
        for (Scenario scenario : SCENARIOS) {
            String account = activeAccount(scenario.runBy());
            shared.put(scenario, new Target(account, draftBy(scenario.author(), account), comment(account)));
        }

        checkTheListOfPosts(shared);
        for (Call call : calls()) {
            List<Scenario> scenarios = call.aboutAPost() ? SCENARIOS : SCENARIOS.subList(0, 1);
            for (Scenario scenario : scenarios) {
                for (Caller caller : callers()) {
                    if (caller.onBehalfOf() != null && !call.carriesHeaders()) {
                        continue;
                    }
                    int check = checks + 1;
                    Target target = call.needs() == Needs.NOTHING ? shared.get(scenario)
                            : prepared(call.needs(), scenario, shared.get(scenario));
                    Api.Response response = call.send().to(api.as(caller.user()), caller.headers(check), target, check);
                    Relation relation = call.aboutAPost() ? scenario.relationOf(caller.user()) : Relation.OTHER;
                    covered.add(call.name() + " " + caller);
                    judge(call.name() + " by " + caller + " (" + relation + (call.aboutAPost() ? "; " + scenario : "")
                            + ")", call.expected().apply(caller, scenario), response);
                }
            }
        }

        await().atMost(Duration.ofSeconds(30))
            .until(() -> api.as("admin")
                .get("/api/admin/projections")
                .json()
                .findValues("replaying")
                .stream()
                .noneMatch(JsonNode::asBoolean));
        assertThat(covered).as("every call by every caller").hasSizeGreaterThanOrEqualTo(calls().size() * USERS.size());
        LOG.info("Access matrix: {} checks, {} successes", checks, successes);
        assertThat(successes).as("successes among %d checks: the matrix is not refused wholesale", checks)
            .isGreaterThan(checks / 10);
        assertThat(unexpectedSuccesses).as("unexpected successes among %d checks", checks).isEmpty();
        assertThat(unexpectedRefusals)
            .as("refusals (401/403/404) of those the rules let through, among %d checks", checks)
            .isEmpty();
    }

    /**
     * The list of posts: a post listed is a success; only its account's posters and SLT
     * see it.
     */
    private void checkTheListOfPosts(Map<Scenario, Target> shared) {
        for (Caller caller : callers()) {
            if (caller.onBehalfOf() != null && !caller.user().equals(INCIDENT_SERVICE)) {
                continue;
            }
            Api.Response response = api.as(caller.user()).get("/api/posts?status=DRAFT&size=100", caller.headers(0));
            shared.forEach((scenario, target) -> {
                boolean listed = response.status() == 200
                        && response.json().get("content").findValuesAsText("id").contains(target.postId());
                covered.add("GET /api/posts?status= " + caller);
                judge("GET /api/posts?status=DRAFT by " + caller + " (" + scenario.relationOf(caller.user()) + "; "
                        + scenario + "): listed " + listed,
                        byRelation(caller, poster(caller, scenario) || has(caller.user(), "SLT")), listed ? 200 : 404);
            });
        }
    }

    private void judge(String which, Expected expected, Api.Response response) {
        judge(which + ": " + expected + ", got " + response.status(), expected, response.status());
    }

    private void judge(String which, Expected expected, int status) {
        checks++;
        boolean success = status >= 200 && status < 300;
        boolean refused = status == 401 || status == 403 || status == 404;
        successes += success ? 1 : 0;
        if (success && expected != Expected.ALLOWED) {
            unexpectedSuccesses.add(which);
        }
        else if (expected == Expected.ALLOWED && refused) {
            unexpectedRefusals.add(which);
        }
    }

    // Fresh state, made by those the rules let make it

    private Target prepared(Needs needs, Scenario scenario, Target shared) {
        return switch (needs) {
            case NOTHING -> shared;
            case PROPOSED_ACCOUNT -> new Target(proposedAccount(List.of("teacher", "teacher2")), null, null);
            case ACTIVE_ACCOUNT -> new Target(activeAccount(List.of("teacher", "teacher2")), null, null);
            case COMMENT -> new Target(shared.accountId(), null, comment(shared.accountId()));
            case DRAFT, SUBMITTED_POST, APPROVED_POST -> {
                String post = draftBy(scenario.author(), shared.accountId());
                if (needs != Needs.DRAFT) {
                    succeed(api.as(scenario.author()).post("/api/posts/" + post + "/submission", Map.of()), 200);
                }
                if (needs == Needs.APPROVED_POST) {
                    succeed(api.as(scenario.poster()).post("/api/posts/" + post + "/approval", Map.of()), 200);
                }
                yield new Target(shared.accountId(), post, null);
            }
        };
    }

    private String proposedAccount(List<String> runBy) {
        Api.Response proposed = api.as(runBy.get(0)).post("/api/accounts", proposal(runBy));
        succeed(proposed, 201);
        return proposed.json().get("id").asText();
    }

    private String activeAccount(List<String> runBy) {
        String id = proposedAccount(runBy);
        succeed(api.as("head").post("/api/accounts/" + id + "/approval", Map.of()), 200);
        return id;
    }

    private String draftBy(String author, String account) {
        Api.Response drafted = api.as(author).post("/api/posts", draft(account));
        succeed(drafted, 201);
        return drafted.json().get("id").asText();
    }

    private String comment(String account) {
        Api.Response received = api.as(WEBHOOK).post("/api/comments", inbound(account));
        succeed(received, 201);
        return received.json().get("id").asText();
    }

    private static Map<String, Object> proposal(List<String> runBy) {
        return Map.of("platform", "X", "handle", "@Matrix" + Long.toHexString(System.nanoTime()), "aim",
                "Share learning", "audience", "Parents and carers", "promotion", "Website", "visibility", "PUBLIC",
                "runBy", runBy);
    }

    private static Map<String, Object> draft(String account) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountId", account);
        body.put("text", "Year 2 loved the science fair!");
        body.put("media", List.of());
        body.put("location", "ONSITE");
        return body;
    }

    private static Map<String, Object> inbound(String account) {
        return Map.of("accountId", account, "author", "@troll", "text", "You are all useless", "receivedAt",
                WEDNESDAY_MORNING.toString());
    }

    private static void succeed(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

}
