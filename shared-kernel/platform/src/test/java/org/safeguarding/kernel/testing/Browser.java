package org.safeguarding.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the pages' tests: Debian's Chromium, headless, driven by Debian's
 * chromedriver, never one Selenium Manager would download. Each screen a test stops at
 * ({@link #screen}) is saved whole as {@code target/screens/<journey>/NN-name.png} and
 * checked: axe-core finds no serious or critical accessibility violation, and nothing
 * scrolls sideways at the browser's width.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** A phone's width: policy 004 has a teacher posting from their phone. */
    public static final int PHONE = 360;

    private static final List<String> GRAVE = List.of("serious", "critical");

    private final ChromeDriver driver;

    private final Path screens;

    private final int width;

    private int shown;

    private Browser(ChromeDriver driver, Path screens, int width) {
        this.driver = driver;
        this.screens = screens;
        this.width = width;
    }

    /**
     * A browser this many CSS pixels wide, its screens saved under
     * {@code target/screens/<journey>/} (emptied first). Fails, never skips, where
     * Chromium or its driver is not installed.
     */
    public static Browser open(String journey, int width) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=en-GB",
                    "--hide-scrollbars");
        // A window is at least 500 px wide; an emulated screen may be as narrow as a
        // phone.
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", 800, "pixelRatio", 1.0)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .build();
        Browser browser = new Browser(new ChromeDriver(service, options),
                emptied(Path.of("target", "screens", journey)), width);
        browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    /**
     * Signs in through the service's own sign-in form at {@code baseUrl + "/login"}, as a
     * person does, and waits until they are in. Someone whose role gives a second factor
     * gives one: the first time, the {@link Authenticator} takes the secret written out
     * on the enrolment page and its code goes in, and the recovery codes are passed;
     * later, the code the {@link Authenticator} shows. Journeys that are not about
     * signing in start here.
     */
    public void signIn(String baseUrl, String username, String password) {
        go(baseUrl + "/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password, Keys.ENTER);
        waitUntil(left -> !path().equals("/login"));
        if (path().startsWith("/login/code")) {
            giveSecondFactor(baseUrl, username);
        }
    }

    private void giveSecondFactor(String baseUrl, String username) {
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        boolean enrolling = !findAll("#secret").isEmpty();
        if (enrolling) {
            Authenticator.add(baseUrl, username, find("#secret").getText());
        }
        find("#code").sendKeys(Authenticator.nextCode(baseUrl, username), Keys.ENTER);
        waitUntil(given -> !path().startsWith("/login/code") || !findAll("#refusal").isEmpty());
        if (!findAll("#refusal").isEmpty()) {
            fail("The code was refused for " + username + ": " + find("#refusal").getText());
        }
        if (enrolling) {
            waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("continue"))).click();
            waitUntil(left -> !path().startsWith("/login"));
        }
    }

    /** The path of the page shown. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** The element that has the keyboard's focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * The id of the element with the focus, read in one step in the page: a part the page
     * replaces between two WebDriver calls would otherwise be stale.
     */
    public String focusedId() {
        return (String) driver.executeScript("return document.activeElement ? document.activeElement.id : '';");
    }

    /** Keys pressed on whatever has the focus, as a person at a keyboard presses them. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Tab forward until the element with this id has the focus, as a keyboard user does;
     * fails if the keyboard never gets there.
     */
    public void tabTo(String id) {
        for (int presses = 0; presses < 80; presses++) {
            if (id.equals(focusedId())) {
                return;
            }
            press(Keys.TAB);
        }
        fail("The keyboard never reached #" + id + " on " + driver.getCurrentUrl());
    }

    /**
     * Tabs to a select and moves to the option whose text starts with {@code optionText}
     * with the arrow keys, as a keyboard user does. Arrows rather than typing the
     * option's name: typed letters are read as one search only while they come quickly,
     * which a loaded machine does not promise.
     */
    public void choose(String id, String optionText) {
        tabTo(id);
        Select select = new Select(find("[id='" + id + "']"));
        List<String> options = select.getOptions().stream().map(WebElement::getText).toList();
        int wanted = IntStream.range(0, options.size())
            .filter(index -> options.get(index).startsWith(optionText))
            .findFirst()
            .orElseThrow(() -> new AssertionError("#" + id + " has no option " + optionText + ": " + options));
        int selected = options.indexOf(select.getFirstSelectedOption().getText());
        for (int step = 0; step < Math.abs(wanted - selected); step++) {
            press(wanted > selected ? Keys.ARROW_DOWN : Keys.ARROW_UP);
        }
        waitUntil(driver -> select.getFirstSelectedOption().getText().startsWith(optionText));
    }

    /** The focused element shows that it is: an outline or a ring. */
    public void assertFocusIsVisible() {
        // Read in one step in the page, for the same reason as focusedId.
        String described = (String) driver.executeScript("""
                        const element = document.activeElement;
                        const style = getComputedStyle(element);
                        const outlined = style.outlineStyle !== 'none' && !style.outlineWidth.startsWith('0');
                        const ringed = style.boxShadow !== 'none';
                        const seen = outlined || ringed ? 'visible' : 'hidden';
                return seen + ' ' + element.tagName.toLowerCase() + '#' + element.id;
                        """);
        assertThat(described).as("focus").startsWith("visible ");
    }

    /**
     * The page this element was on has been left: Chrome reports a node of a page being
     * left either as stale or as not belonging to the document.
     */
    public static ExpectedCondition<Boolean> left(WebElement onThePage) {
        return driver -> {
            try {
                onThePage.isEnabled();
                return false;
            }
            catch (WebDriverException leaving) {
                if (gone(leaving)) {
                    return true;
                }
                throw leaving;
            }
        };
    }

    /**
     * Waits for the condition; a part the page replaces while it is read is read again on
     * the next poll.
     */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(driver -> {
            try {
                return condition.apply(driver);
            }
            catch (WebDriverException replaced) {
                if (gone(replaced)) {
                    return null;
                }
                throw replaced;
            }
        });
    }

    /**
     * Chrome reports an element no longer on the page as stale or as not belonging to the
     * document.
     */
    private static boolean gone(WebDriverException failure) {
        return failure instanceof StaleElementReferenceException
                || String.valueOf(failure.getMessage()).contains("does not belong to the document");
    }

    /**
     * The screen as it is now, saved and checked: no serious or critical axe-core
     * violation, nothing wider than the browser.
     */
    public void screen(String name) {
        shown++;
        save(screens.resolve(String.format("%02d-%s.png", shown, name)));
        List<Rule> grave = new AxeBuilder().analyze(driver)
            .getViolations()
            .stream()
            .filter(rule -> GRAVE.contains(rule.getImpact()))
            .toList();
        assertThat(grave)
            .as("serious or critical accessibility violations on screen '%s' (%s):%n%s", name, driver.getCurrentUrl(),
                    describe(grave))
            .isEmpty();
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("width of screen '%s' in a browser %d px wide", name, width)
            .isLessThanOrEqualTo(width);
    }

    /** The whole page, beyond the window: Chromium's own screenshot of it. */
    private void save(Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height",
                ((Number) content.get("height")).doubleValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
            .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
                    + rule.getNodes()
                        .stream()
                        .map(node -> "    " + node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining("\n")))
            .collect(Collectors.joining("\n"));
    }

    private static Path emptied(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> old = Files.list(directory)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            return Files.createDirectories(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

}
