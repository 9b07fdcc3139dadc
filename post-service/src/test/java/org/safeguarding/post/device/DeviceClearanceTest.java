package org.safeguarding.post.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.RuleViolation;

class DeviceClearanceTest {

    @Test
    void withoutTheSchoolRequiringDevicesAnythingGoes() {
        assertThatCode(() -> DeviceClearance.of(Map.of()).requireFor("account-1", "teacher", "submit a post"))
            .doesNotThrowAnyException();
    }

    @Test
    void aDeviceClearedForTheAccountMayAct() {
        DeviceClearance cleared = DeviceClearance
            .of(Map.of(DeviceClearance.CLEARED_FOR, "account-1", DeviceClearance.DEVICE_ID, "device-1"));
        assertThatCode(() -> cleared.requireFor("account-1", "teacher", "submit a post")).doesNotThrowAnyException();
    }

    @Test
    void noDeviceOrOneClearedForAnotherAccountIsRefused() {
        assertThatThrownBy(() -> DeviceClearance.of(Map.of(DeviceClearance.CLEARED_FOR, ""))
            .requireFor("account-1", "teacher", "submit a post")).isInstanceOfSatisfying(RuleViolation.class,
                    refusal -> assertThat(refusal.code()).isEqualTo("device-not-approved"));
        assertThatThrownBy(() -> DeviceClearance.of(Map.of(DeviceClearance.CLEARED_FOR, "account-2"))
            .requireFor("account-1", "teacher", "publish a post")).isInstanceOf(RuleViolation.class);
    }

}
