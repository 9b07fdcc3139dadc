package org.safeguarding.post.policy;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code safeguarding.policy.preset=<name>} reads {@code policy-presets/<name>.yml} as
 * the settings of one seed policy. It is added after every other source, so any setting
 * the school gives explicitly wins over the preset's.
 */
class PolicyPresets implements EnvironmentPostProcessor, Ordered {

    static final String PRESET = "safeguarding.policy.preset";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String name = environment.getProperty(PRESET);
        if (name == null || name.isBlank()) {
            return;
        }
        ClassPathResource preset = new ClassPathResource("policy-presets/" + name.trim() + ".yml");
        if (!preset.exists()) {
            throw new IllegalStateException("No policy preset '" + name + "': " + PRESET
                    + " names one of dimple-well, dinting, ashgrove, westacre, twitter-2018");
        }
        try {
            new YamlPropertySourceLoader().load("policy preset " + name, preset)
                .forEach(source -> environment.getPropertySources().addLast(source));
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * After the application's own configuration has been read, which names the preset.
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

}
