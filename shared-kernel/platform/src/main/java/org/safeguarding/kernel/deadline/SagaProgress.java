package org.safeguarding.kernel.deadline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the sagas that schedule deadlines have got, read from the token table all
 * instances share, whichever instance runs them. Under load a saga can follow the event
 * store minutes behind: a deadline it has not yet had the chance to schedule is late, not
 * missing, and reinstating it would put a false repair in the record.
 */
class SagaProgress {

    /** Where each saga's processor stood when a pass began, segment by segment. */
    final class Snapshot {

        private final Map<Class<?>, List<TrackingToken>> segments;

        private Snapshot(Map<Class<?>, List<TrackingToken>> segments) {
            this.segments = segments;
        }

        /**
         * True when the saga had handled every event the owner has now: any deadline it
         * was to schedule for them was scheduled before the pass began.
         */
        boolean hasReachedEverythingOf(Class<?> saga, String ownerId) {
            Long newest = jdbc.queryForObject(
                    "select max(global_index) from domain_event_entry where aggregate_identifier = ?", Long.class,
                    ownerId);
            List<TrackingToken> tokens = segments.getOrDefault(saga, List.of());
            return newest == null || !tokens.isEmpty() && tokens.stream().allMatch(token -> handled(token, newest));
        }

    }

    private final JdbcTemplate jdbc;

    private final Serializer tokenSerializer;

    private final EventProcessingConfiguration processing;

    SagaProgress(JdbcTemplate jdbc, @Qualifier("serializer") Serializer tokenSerializer,
            EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
        this.processing = processing;
    }

    /** Reads where each of these sagas' processors stands now. */
    Snapshot snapshot(Set<Class<?>> sagas) {
        Map<Class<?>, List<TrackingToken>> segments = new HashMap<>();
        for (Class<?> saga : sagas) {
            segments.put(saga, jdbc.query("select token, token_type from token_entry where processor_name = ?",
                    (rs, row) -> token(rs.getBytes(1), rs.getString(2)), processing.sagaProcessingGroup(saga)));
        }
        return new Snapshot(segments);
    }

    private TrackingToken token(byte[] stored, String type) {
        if (stored == null) {
            return null;
        }
        SerializedType serializedType = new SimpleSerializedType(type, null);
        return tokenSerializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class, serializedType));
    }

    private static boolean handled(TrackingToken token, long globalIndex) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return globalIndex <= gapAware.getIndex() && !gapAware.getGaps().contains(globalIndex);
        }
        return current != null && current.position().orElse(-1) >= globalIndex;
    }

}
