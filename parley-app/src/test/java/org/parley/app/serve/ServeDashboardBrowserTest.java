package org.parley.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium (Debian's {@code chromium} and {@code chromedriver}) over the test store: the
 * chart's points, the events of a clicked period, the evidence of a clicked event with its sentence, trigger and
 * actors marked, its mentions across outlets, completion of actor names, and an article holding markup that must
 * run nothing and show as text. Leaves a screenshot in {@code target/dashboard.png}.
 */
class ServeDashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path folder;

  private static ParleyServer server;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs Debian's chromium and chromedriver: apt-get install -y chromium chromium-driver");
    server = ParleyServer.start(TestingStores.newsStore(folder), ServeSettings.defaults().withPort(0).withConnections(3),
        () -> article -> List.of());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Without the background-networking flags Chromium keeps calling home, and this machine refuses every call.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + folder.resolve("chromium-profile"), "--window-size=1400,1500");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void open(String query) {
    browser.get("http://127.0.0.1:" + server.port() + "/" + query);
    wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.tagName("body")), "data-loaded"));
  }

  private static List<String> attributes(String css, String attribute) {
    return browser.findElements(By.cssSelector(css)).stream().map(element -> element.getAttribute(attribute)).toList();
  }

  private static void clickPoint(String period) {
    browser.findElement(By.cssSelector("#chart circle.point[data-period='" + period + "']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events tr.event-row")));
  }

  private static void clickEvent(String eventId) {
    browser.findElement(By.cssSelector("#events tr[data-event-id='" + eventId + "']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article p.evidence")));
  }

  @Test
  void theChartShowsOnePointPerWeekWithEventsAndAClickListsThatWeeksEvents() {
    open("?a=RUS&b=UKR&from=2025-03-01&to=2025-04-30&by=week");

    assertThat(attributes("#chart circle.point", "data-period")).containsExactly("2025-03-24", "2025-04-07");
    assertThat(browser.findElement(By.id("chart-title")).getText()).isEqualTo("Events per week · RUS ↔ UKR");

    clickPoint("2025-03-24");

    assertThat(browser.findElement(By.id("events-title")).getText()).isEqualTo("Events of the week of 2025-03-24");
    assertThat(attributes("#events tr.event-row", "data-event-id"))
        .containsExactly("truce-north-1-0871", "accuse-east-1-112", "accuse-east-1-195");
    assertThat(browser.findElement(By.cssSelector("#events tr[data-event-id='accuse-east-1-195'] .dyad")).getText()).isEqualTo("RUSMIL → UKR");
  }

  @Test
  void anEventShowsItsModeItsMentionsAcrossOutletsAndItsSentenceMarkedInTheArticle() {
    open("?a=RUS&b=UKR&from=2025-03-01&to=2025-04-30&by=week");
    clickPoint("2025-03-24");

    clickEvent("accuse-east-1-195");

    assertThat(browser.findElement(By.id("evidence-mode")).getText()).isEqualTo("claimed by Ukraine (UKR)");
    assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo("Kyiv accuses Moscow of breaking truce");
    WebElement evidence = browser.findElement(By.cssSelector("#article p.evidence"));
    assertThat(evidence.getText()).isEqualTo("Ukraine accused Russia of violating the truce on Thursday, saying Russian drones struck Odesa.");
    assertThat(evidence.findElement(By.cssSelector("mark.trigger")).getText()).isEqualTo("struck");
    assertThat(evidence.findElement(By.cssSelector("mark.source")).getText()).isEqualTo("Russian drones");
    assertThat(evidence.findElement(By.cssSelector("mark.target")).getText()).isEqualTo("Odesa");
    assertThat(evidence.findElement(By.cssSelector("mark.claimant")).getText()).isEqualTo("Ukraine");

    clickEvent("truce-north-1-0871");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#mentions li"), 2));

    assertThat(browser.findElements(By.cssSelector("#mentions li button")).stream().map(WebElement::getText).toList()).containsExactly(
        "Northern Wire · 2025-03-25 · Russia and Ukraine agree Black Sea truce",
        "Southern Post · 2025-03-25 · Black Sea ceasefire declared");
    assertThat(browser.findElement(By.id("evidence-mode")).getText()).isEqualTo("asserted");
    assertThat(browser.findElement(By.cssSelector("#article p.evidence mark.trigger")).getText()).isEqualTo("declared");
    assertThat(attributes("#article p.sentence", "data-sentence")).containsExactly("1", "2", "3");

    screenshot();
  }

  @Test
  void markupInAStoredArticleRunsNothingAndShowsAsText() {
    open("?a=RUS&b=UKR&from=2025-03-01&to=2025-04-30&by=week");
    clickPoint("2025-04-07");
    clickEvent("hostile-markup-1-111");

    assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo(TestingStores.HOSTILE_TITLE);
    assertThat(browser.findElement(By.cssSelector("#article p.evidence")).getText()).isEqualTo(TestingStores.HOSTILE_SENTENCE);
    assertThat(browser.findElement(By.cssSelector("#article p.evidence mark.trigger")).getText()).isEqualTo("condemned");
    assertThat(browser.findElements(By.cssSelector("#evidence img, #evidence script, #events img, #events script"))).isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.parleyInjected")).isEqualTo("undefined");
  }

  @Test
  void typingAnActorsNameOffersItsCode() {
    open("?from=2025-03-01&to=2025-05-31");
    WebElement actor = browser.findElement(By.id("actor-a"));
    actor.clear();
    actor.sendKeys("Ger");

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#actors-a option[value='DEU']")));
    assertThat(attributes("#actors-a option", "value")).containsExactly("DEU");
    assertThat(attributes("#actors-a option", "label")).containsExactly("Germany · 1 mentions");
  }

  @Test
  void theMapAndTheTablesShowTheRange() {
    open("?from=2025-03-01&to=2025-05-31&by=week");

    assertThat(attributes("#map circle.place", "data-place")).containsExactly("Paris", "Black Sea", "Odesa", "Riyadh");
    assertThat(browser.findElements(By.cssSelector("#map circle.land")).size()).as("the gazetteer draws the land").isGreaterThan(500);
    assertThat(browser.findElement(By.cssSelector("#dyads tr")).getText()).startsWith("RUS → UKR");
    assertThat(browser.findElement(By.cssSelector("#types tr")).getText()).startsWith("046 Engage in negotiation");
    assertThat(browser.findElement(By.id("agreements")).getText()).isEqualTo("Pick one or two actors to track their agreements.");

    open("?a=RUS&b=UKR&from=2025-03-01&to=2025-05-31&by=week");
    assertThat(attributes("#agreements .agreement", "data-agreement-id")).containsExactly("truce-north-1-0871");
    assertThat(browser.findElements(By.cssSelector("#agreements .agreement li")).stream().map(WebElement::getText).toList())
        .containsExactly(
            "+2 d · accusation · UKR → RUS · 112 · asserted — Ukraine accused Russia of violating the truce on Thursday, saying Russian drones struck Odesa.",
            "+2 d · attack · RUSMIL → UKR · 195 · claimed by UKR — Ukraine accused Russia of violating the truce on Thursday, saying Russian drones struck Odesa.");
  }

  private static void screenshot() {
    try {
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Path target = Path.of("target");
      Files.createDirectories(target);
      Files.copy(shot.toPath(), target.resolve("dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
