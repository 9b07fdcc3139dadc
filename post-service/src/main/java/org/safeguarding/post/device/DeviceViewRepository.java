package org.safeguarding.post.device;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.api.post.DeviceStatus;
import org.safeguarding.kernel.projection.ViewStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored device views, found by id, by the hash of the token a device presents, by
 * status.
 */
@Repository
class DeviceViewRepository extends ViewStore<DeviceView> {

    private static final String ORDER = "order by registered_at, id";

    DeviceViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        super(jdbc, objectMapper.copy().addMixIn(DeviceView.class, StoredWithTokenHash.class), "device_view",
                DeviceView.class, DeviceView::id, DeviceView::version,
                List.of(column("account_id", DeviceView::accountId), column("status", DeviceView::status),
                        column("token_hash", DeviceView::tokenHash),
                        column("registered_at", DeviceView::registeredAt)));
    }

    Optional<DeviceView> findByTokenHash(String tokenHash) {
        return documents("where token_hash = ?", tokenHash).stream().findFirst();
    }

    /** The devices in this status (all when null), oldest first. */
    List<DeviceView> list(DeviceStatus status) {
        return status == null ? documents(ORDER) : documents("where status = ? " + ORDER, status.name());
    }

    /** The devices this person registered or used that still reach an account. */
    List<DeviceView> stillReaching(String username) {
        return documents("where status in (?, ?, ?) " + ORDER, DeviceStatus.PENDING.name(),
                DeviceStatus.APPROVED.name(), DeviceStatus.EMERGENCY.name())
            .stream()
            .filter(device -> username.equals(device.registeredBy()))
            .toList();
    }

    /** The stored document keeps the hash that responses leave out. */
    private abstract static class StoredWithTokenHash {

        @JsonIgnore(false)
        private String tokenHash;

    }

}
