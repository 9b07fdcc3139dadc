package org.safeguarding.post;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * post-service: the school's official social-media accounts, posting and comment
 * moderation.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PostServiceApplication {

    public static void main(String[] args) {
        // Axon 4.12 ignores axon.update-check.disabled and would otherwise call home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(PostServiceApplication.class, args);
    }

}
