package org.safeguarding.post.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PolicyPresetsTest {

    private static SchoolPolicy read(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("school", settings));
        new PolicyPresets().postProcessEnvironment(environment, new SpringApplication());
        return Binder.get(environment).bindOrCreate("safeguarding.policy", SchoolPolicy.class);
    }

    @Test
    void withoutAPresetEverySchoolGetsTheSharedRules() {
        SchoolPolicy policy = read(Map.of());
        assertThat(policy.accountApproval()).isEqualTo(SchoolPolicy.AccountApproval.SLT);
        assertThat(policy.trainingRequired()).isFalse();
        assertThat(policy.minimumPosters()).isZero();
        assertThat(policy.commentReplies()).isEqualTo(SchoolPolicy.CommentReplies.WITHIN_RESPONSE_TIME);
        assertThat(policy.offsitePosting()).isEqualTo(SchoolPolicy.OffsitePosting.NEVER);
    }

    @Test
    void aPresetSetsTheRulesOfItsPolicy() {
        SchoolPolicy twitter = read(Map.of(PolicyPresets.PRESET, "twitter-2018"));
        assertThat(twitter.accountApproval()).isEqualTo(SchoolPolicy.AccountApproval.HEADTEACHER);
        assertThat(twitter.commentReplies()).isEqualTo(SchoolPolicy.CommentReplies.NEVER);
        assertThat(twitter.offsitePosting()).isEqualTo(SchoolPolicy.OffsitePosting.SENIOR_TEACHER_ON_TRIP);
        assertThat(twitter.minimumPosters()).isEqualTo(2);
        assertThat(read(Map.of(PolicyPresets.PRESET, "ashgrove")).trainingRequired()).isTrue();
    }

    @Test
    void aSettingGivenExplicitlyWinsOverThePresets() {
        SchoolPolicy policy = read(Map.of(PolicyPresets.PRESET, "twitter-2018", "safeguarding.policy.comment-replies",
                "WITHIN_RESPONSE_TIME"));
        assertThat(policy.commentReplies()).isEqualTo(SchoolPolicy.CommentReplies.WITHIN_RESPONSE_TIME);
        assertThat(policy.accountApproval()).isEqualTo(SchoolPolicy.AccountApproval.HEADTEACHER);
    }

    @Test
    void everyShippedPresetReadsAndAnUnknownOneStopsTheStart() {
        for (String preset : new String[] { "dimple-well", "dinting", "ashgrove", "westacre", "twitter-2018" }) {
            assertThat(read(Map.of(PolicyPresets.PRESET, preset)).version()).isNotBlank();
        }
        assertThatThrownBy(() -> read(Map.of(PolicyPresets.PRESET, "nowhere"))).hasMessageContaining("nowhere");
    }

}
