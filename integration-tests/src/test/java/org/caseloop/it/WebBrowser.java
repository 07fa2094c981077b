package org.caseloop.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A real browser for the page tests: Debian's Chromium, headless, through its ChromeDriver, with a fresh profile
 * that is deleted on {@link #close()}. Pages are asked for in English (their texts come from the English bundle).
 * Without Chromium and ChromeDriver the browser tests are skipped, except on CI ({@code CI=true}), where a missing
 * browser fails them. The binaries can be named with {@code -Dcaseloop.it.chromium=} and
 * {@code -Dcaseloop.it.chromedriver=}.
 */
public final class WebBrowser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("caseloop.it.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("caseloop.it.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicBoolean SKIP_TOLD = new AtomicBoolean();

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final Path profile;

    private WebBrowser(ChromeDriverService service, WebDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips the calling test (fails it on CI) when Chromium or ChromeDriver is missing. */
    public static WebBrowser start() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no browser: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install -y chromium chromium-driver)");
        }
        if (!present) {
            String why = "Browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                    + "; enable them with: apt-get install -y chromium chromium-driver";
            // Failsafe keeps an assumption's message in its report only: say it once on the console as well.
            if (!SKIP_TOLD.getAndSet(true)) {
                System.err.println(why);
            }
            Assumptions.abort(why);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("caseloop-it-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1200");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        // Pages are served over https only, with the test server's generated, self-signed certificate.
        options.setAcceptInsecureCerts(true);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        try {
            return new WebBrowser(service, new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(Api.BASE_HTTPS + path);
    }

    /** Signs in through the login page and waits for the page it leads to. */
    public void login(String username, String password) {
        open("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    public void type(By field, String text) {
        WebElement element = visible(field);
        element.clear();
        element.sendKeys(text);
    }

    public WebElement visible(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks and waits until PrimeFaces has answered every Ajax request the click sent. */
    public void clickAndWait(By locator) {
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator));
        // A button at the foot of a tall dialog may lie under the window's edge: bring it into view first.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForAjax();
    }

    public void waitForAjax() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Waits until the element's text contains the expected text; answers the whole text. */
    public String waitForText(By locator, String expected) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
        return driver.findElement(locator).getText();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
