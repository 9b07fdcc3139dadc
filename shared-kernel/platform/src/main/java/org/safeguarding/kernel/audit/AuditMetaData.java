package org.safeguarding.kernel.audit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.messaging.MetaData;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;

/**
 * The audit metadata every message carries: who (username, role, all roles), why (the
 * reason given), and which request it came from; and, when another service made the
 * request on that person's behalf, {@code via} that service. Axon adds
 * {@code correlationId} and {@code traceId} itself.
 */
public final class AuditMetaData {

    public static final String ACTOR_USERNAME = "actorUsername";

    public static final String ACTOR_ROLE = "actorRole";

    public static final String ACTOR_ROLES = "actorRoles";

    public static final String REASON = "reason";

    public static final String REQUEST_ID = "requestId";

    public static final String REMOTE_ADDRESS = "remoteAddress";

    /**
     * The service account that made the request for the actor; absent when the actor made
     * it themselves.
     */
    public static final String VIA = "via";

    /** The keys copied from a command to every message it causes. */
    public static final List<String> CORRELATED_KEYS = List.of(ACTOR_USERNAME, ACTOR_ROLE, ACTOR_ROLES, REASON,
            REQUEST_ID, REMOTE_ADDRESS);

    private AuditMetaData() {
    }

    public static MetaData of(Actor actor) {
        return MetaData.from(actorEntries(actor));
    }

    public static MetaData of(Actor actor, String reason) {
        Map<String, Object> entries = actorEntries(actor);
        if (reason != null) {
            entries.put(REASON, reason);
        }
        return MetaData.from(entries);
    }

    static Map<String, Object> actorEntries(Actor actor) {
        Map<String, Object> entries = new HashMap<>();
        entries.put(ACTOR_USERNAME, actor.username());
        entries.put(ACTOR_ROLE, actor.role() == null ? "" : actor.role().name());
        entries.put(ACTOR_ROLES, actor.rolesAsText());
        return entries;
    }

    /**
     * The actor a message names; {@link Actor#UNKNOWN}, who may do nothing, when it names
     * none.
     */
    public static Actor actorOf(Map<String, ?> metaData) {
        Object username = metaData.get(ACTOR_USERNAME);
        if (!(username instanceof String name) || name.isBlank()) {
            return Actor.UNKNOWN;
        }
        Set<Role> roles = parseRoles(metaData.get(ACTOR_ROLES));
        Object role = metaData.get(ACTOR_ROLE);
        Role named = role instanceof String text && !text.isBlank() ? Role.valueOf(text) : Role.principalOf(roles);
        return new Actor(name, named, roles);
    }

    public static String reasonOf(Map<String, ?> metaData) {
        return metaData.get(REASON) instanceof String reason ? reason : null;
    }

    /** The service through which the actor acted, or null when they acted themselves. */
    public static String viaOf(Map<String, ?> metaData) {
        return metaData.get(VIA) instanceof String via && !via.isBlank() ? via : null;
    }

    private static Set<Role> parseRoles(Object text) {
        if (!(text instanceof String list) || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(","))
            .map(String::trim)
            .map(Role::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

}
