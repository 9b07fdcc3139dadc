package org.safeguarding.kernel.testing;

import static org.awaitility.Awaitility.await;

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

/**
 * One of the services as a real process, started from its executable jar as a school
 * would run it ({@code bin/service}: unpacked, with its class-data-sharing archive): in
 * its own working directory, so that the embedded default keeps its H2 files in
 * {@code ./data/} there. It keeps its port across restarts, and can be stopped gracefully
 * or killed with SIGKILL. Maven hands each test the jars it may start, as the system
 * property {@code jar.<service>} (see the failsafe configuration of the services' poms).
 */
public final class RunningService {

    private static final Path LAUNCHER = launcher();

    /**
     * C1 only: these processes live for seconds, in which C2 would mostly compete with
     * start-up for the test machine's two cores.
     */
    private static final String JVM_OPTIONS = "-Daxoniq.update-checker.disabled=true -Xmx384m -XX:TieredStopAtLevel=1";

    private final String name;

    private final Path jar;

    private final Path workDirectory;

    private final Path log;

    private final List<String> properties;

    private final int port;

    private Process process;

    /**
     * @param name the service, e.g. {@code incident-service}; its jar is named by
     * {@code jar.<name>}
     * @param workDirectory the working directory of the process, which holds its log and
     * the embedded default's data
     * @param properties Spring properties as {@code key=value}; none for the datasource
     * means the embedded default
     */
    public RunningService(String name, Path workDirectory, List<String> properties) {
        this.name = name;
        this.jar = executableJar(name);
        this.workDirectory = workDirectory;
        this.log = workDirectory.resolve(name + ".log");
        this.properties = new ArrayList<>(properties);
        this.port = freePort();
    }

    public void withProperty(String property) {
        properties.add(property);
    }

    public Api api() {
        return new Api(port);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public RunningService start() {
        List<String> command = new ArrayList<>(
                List.of("bash", LAUNCHER.toString(), name, "--spring.profiles.active=demo", "--server.port=" + port));
        properties.forEach(property -> command.add("--" + property));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile());
        builder.environment().put("JAR", jar.toString());
        builder.environment()
            .put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_OPTS", JVM_OPTIONS);
        try {
            process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        try {
            await(name + " healthy").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited:\n" + logTail());
                }
                try {
                    return api().anonymous().get("/actuator/health").status() == 200;
                }
                catch (UncheckedIOException notYetListening) {
                    return false;
                }
            });
        }
        catch (RuntimeException neverHealthy) {
            crash();
            throw neverHealthy;
        }
        return this;
    }

    /** A graceful stop (SIGTERM), as an operator's restart does. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * {@code kill -9}: on Linux destroyForcibly is SIGKILL, so nothing is flushed or
     * closed on the way out.
     */
    public void crash() {
        try {
            process.destroyForcibly().waitFor();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        }
        catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static Path executableJar(String service) {
        String given = System.getProperty("jar." + service);
        if (given == null || !Files.isRegularFile(Path.of(given))) {
            throw new IllegalStateException("No jar of " + service + " given (system property jar." + service + " is "
                    + given + "): run the test through mvn verify, which builds the jar and names it");
        }
        return Path.of(given);
    }

    /**
     * {@code bin/service} of the checkout the tests run in: failsafe runs in a module's
     * directory.
     */
    private static Path launcher() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path launcher = directory.resolve("bin").resolve("service");
            if (Files.isRegularFile(launcher)) {
                return launcher;
            }
        }
        throw new IllegalStateException("No bin/service above " + Path.of("").toAbsolutePath());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
