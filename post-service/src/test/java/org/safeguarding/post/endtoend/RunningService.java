package org.safeguarding.post.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.safeguarding.kernel.testing.Api;

import static org.awaitility.Awaitility.await;

/** One of the services as a real process, started from the jar the build made, as a school would run it. */
final class RunningService {

    private final String name;
    private final Path jar;
    private final List<String> arguments;
    private final Path log;
    final int port;
    private Process process;

    RunningService(String name, Path moduleDirectory, Path workDirectory, List<String> arguments) {
        this.name = name;
        this.jar = executableJar(moduleDirectory.resolve("target"));
        this.port = freePort();
        this.log = workDirectory.resolve(name + ".log");
        this.arguments = new ArrayList<>(arguments);
        this.arguments.add("--server.port=" + port);
        this.arguments.add("--spring.datasource.url=jdbc:h2:file:" + workDirectory.resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    void withPostServiceAt(String url) {
        arguments.add("--safeguarding.post-service.url=" + url);
    }

    Api api() {
        return new Api(port);
    }

    String url() {
        return "http://localhost:" + port;
    }

    RunningService start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true", "-Xmx384m", "-jar", jar.toString(), "--spring.profiles.active=demo"));
        command.addAll(arguments);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        await(name + " healthy").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited; see " + log);
                    }
                    try {
                        return api().anonymous().get("/actuator/health").status() == 200;
                    } catch (UncheckedIOException notYetListening) {
                        return false;
                    }
                });
        return this;
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path executableJar(Path target) {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-SNAPSHOT.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar in " + target + ": run mvn verify from the root"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
