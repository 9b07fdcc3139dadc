package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.security.DirectoryProperties;
import org.safeguarding.kernel.security.DirectoryProperties.Person;
import org.safeguarding.kernel.testing.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Someone leaves the school: they are taken out of the directory and the service is
 * started again (002:90-92). Their place as a poster ends in the record, the password
 * they may know is due for a change at once, and nothing goes out until it is changed.
 */
abstract class LeaversContract {

    private static final String LEAVER = "slt";

    private ConfigurableApplicationContext service;

    /** A fresh database of the service's own, the same for every start of one test. */
    abstract List<String> databaseProperties();

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aPosterGoneFromTheDirectoryPostsNoMoreAndThePasswordChangeFallsDueAtOnce() {
        List<String> database = databaseProperties();
        Api api = start(database, List.of());
        String account = activeAccount(api);
        ok(api.as("admin").post("/api/accounts/" + account + "/posters", Map.of("username", LEAVER)));
        ok(api.as("admin").post("/api/accounts/" + account + "/password-rotation"));
        JsonNode before = api.as("teacher").get("/api/accounts/" + account).json();
        assertThat(before.get("posters")).extracting(JsonNode::asText).contains(LEAVER);
        assertThat(before.get("passwordRotationOverdue").asBoolean()).isFalse();

        List<String> directoryWithoutTheLeaver = directoryWithout(LEAVER);
        service.close();
        api = start(database, directoryWithoutTheLeaver);

        JsonNode after = api.as("teacher").get("/api/accounts/" + account).json();
        assertThat(after.get("posters")).extracting(JsonNode::asText).doesNotContain(LEAVER).contains("teacher");
        assertThat(Instant.parse(after.get("passwordRotationDue").asText())).isCloseTo(Instant.now(),
                within(2, ChronoUnit.MINUTES));
        assertThat(after.get("passwordRotationOverdue").asBoolean()).isTrue();
        assertThat(api.as(LEAVER).get("/api/accounts/" + account).status()).as("no longer signs in").isEqualTo(401);
    }

    private Api start(List<String> database, List<String> directory) {
        List<String> arguments = new ArrayList<>(database);
        arguments.add("server.port=0");
        arguments.addAll(directory);
        service = new SpringApplicationBuilder(PostServiceApplication.class).profiles("demo")
            .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
        return new Api(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    /**
     * The running directory without one person, as properties: a list given again
     * replaces the whole list.
     */
    private List<String> directoryWithout(String leaver) {
        List<Person> staying = service.getBean(DirectoryProperties.class)
            .users()
            .stream()
            .filter(person -> !person.username().equals(leaver))
            .toList();
        List<String> properties = new ArrayList<>();
        for (int index = 0; index < staying.size(); index++) {
            Person person = staying.get(index);
            String prefix = "safeguarding.directory.users[" + index + "].";
            properties.add(prefix + "username=" + person.username());
            properties.add(prefix + "name=" + person.name());
            properties.add(prefix + "password=" + person.password());
            properties.add(prefix + "roles=" + String.join(",", person.roles().stream().map(Role::name).toList()));
        }
        return properties;
    }

    private static String activeAccount(Api api) {
        Api.Response proposed = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@DimpleWell54", "aim", "Share learning", "audience",
                            "Parents and carers", "promotion", "Website and newsletter", "visibility", "PUBLIC",
                            "runBy", List.of("teacher", "teacher2")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().get("id").asText();
        ok(api.as("head").post("/api/accounts/" + id + "/approval"));
        return id;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

}
