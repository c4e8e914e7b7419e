package kz.civicrelay.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * The console page in a real headless Chromium. The public sees the relay track and forum pages, and the offer
 * to sign in, nothing else; signing in is the real authorization-code round trip with PKCE, against a stand-in
 * for the issuer ({@link FakeAuthorizationServer}, which checks the code verifier) and back to a session, and
 * signing out ends it (at the issuer too). As an operator: the relay track and the live stream fill from the log,
 * the labels switch between Kazakh, Russian and English, a forum's page opens from the track, and the series is
 * audited; the System panel shows forumctl up's processes and says so when the supervisor is gone; a forum's appeal
 * shows its votes and items, two revisions side by side with their word diff, and the series' follow-up table its
 * filtered rows, a later forum the open items it inherits. Skipped, with
 * the reason, where no Chromium and chromedriver exist ({@code scripts/ensure-test-browser.sh} installs them
 * during {@code verify}).
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBrowserIT {

    private static final String SERIES = "console-browser";
    private static final String PUBLIC_SERIES = "console-browser-public";
    private static final String PARTICIPANT = "Нұрлан Өтебайұлы";
    private static final FakeSupervisor supervisor = FakeSupervisor.start();
    private static final FakeAuthorizationServer issuer = FakeAuthorizationServer.start();
    private static final FakeRegistration registration = FakeRegistration.start();
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void supervisorUrl(DynamicPropertyRegistry properties) {
        properties.add("relay.console.supervisor-url", supervisor::url);
        properties.add("relay.console.registration-url", registration::url);
        String provider = "spring.security.oauth2.client.provider.relay.";
        properties.add(provider + "authorization-uri", () -> issuer.url() + "/oauth2/authorize");
        properties.add(provider + "token-uri", () -> issuer.url() + "/oauth2/token");
        properties.add(provider + "user-info-uri", () -> issuer.url() + "/userinfo");
        properties.add(provider + "jwk-set-uri", TestIssuer::jwkSetUri);
        properties.add("spring.security.oauth2.client.registration.relay.client-secret",
                () -> FakeAuthorizationServer.CLIENT_SECRET);
        properties.add("relay.console.sign-out-uri", () -> issuer.url() + "/connect/logout");
    }

    @BeforeAll
    static void openBrowser() {
        Optional<Path> chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(),
                "No Chromium and chromedriver here; scripts/ensure-test-browser.sh installs them (apt-get)");
        System.setProperty("webdriver.chrome.driver", driver.get().toString());
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1400,1000", "--lang=kk");
        browser = new ChromeDriver(options);
    }

    @AfterAll
    static void closeBrowser() {
        supervisor.close();
        issuer.close();
        registration.close();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldShowThePublicTheTrackOnlyAndSignInAndOut() throws Exception {
        SampleEvents events = new SampleEvents(PUBLIC_SERIES);
        TopicLog.send("relay.scheduling", PUBLIC_SERIES, events.planned());
        TopicLog.send("relay.scheduling", events.forum(1), events.scheduled(1));
        TopicLog.send("relay.registration", events.forum(1), events.registered(1, PARTICIPANT));

        WebDriverWait wait = signedOut();
        wait.until(d -> {
            Select series = new Select(d.findElement(By.id("series-select")));
            series.selectByValue(PUBLIC_SERIES);
            return PUBLIC_SERIES.equals(series.getFirstSelectedOption().getAttribute("value"));
        });
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#track li"), 1));
        browser.findElement(By.cssSelector("[data-lang=kk]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("sign-in"), "Кіру"));
        assertThat(browser.findElement(By.id("sign-in-hint")).isDisplayed()).isTrue();
        for (String operatorsOnly : new String[] { "stream-section", "audit-section", "system-section", "sign-out", "who" }) {
            assertThat(browser.findElement(By.id(operatorsOnly)).isDisplayed()).as(operatorsOnly).isFalse();
        }
        browser.findElement(By.cssSelector("[data-lang=ru]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("sign-in"), "Войти"));

        // A forum's page: its facts (a count of those registered), not its events.
        wait.until(d -> {
            d.findElement(By.cssSelector("#track li")).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forum-facts"), "1 / 150"));
        assertThat(browser.findElement(By.id("forum-roster-box")).isDisplayed()).as("no roster for the public").isFalse();
        assertThat(browser.findElement(By.id("forum-timeline-box")).isDisplayed()).isFalse();
        assertThat(browser.getPageSource()).doesNotContain(PARTICIPANT);

        // Signing in: to the issuer and back, then the operator's name and role, and every panel.
        browser.findElement(By.cssSelector("[data-lang=en]")).click();
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBe(By.id("who"), "Әйгерім Сәрсенқызы · operator"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stream-section")));
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).isFalse();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stream"), PARTICIPANT));

        // Signing out: the session ends here and at the issuer, and the page is the public's again.
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.textToBe(By.id("sign-in"), "Sign in"));
        assertThat(browser.findElement(By.id("stream-section")).isDisplayed()).isFalse();
        assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
        ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('relay-console-lang')");
    }

    @Test
    void shouldShowTheRelayLiveInKazakhRussianAndEnglish() throws Exception {
        SampleEvents events = new SampleEvents(SERIES);
        TopicLog.send("relay.scheduling", SERIES, events.planned());
        TopicLog.send("relay.scheduling", events.forum(1), events.scheduled(1));
        TopicLog.send("relay.scheduling", events.forum(2), events.scheduled(2));
        TopicLog.send("relay.scheduling", events.forum(1), events.preparationOpened(1));

        // The page re-renders the track as events arrive: every check looks its element up again.
        WebDriverWait wait = signedInAsOperator();
        wait.until(d -> {
            Select series = new Select(d.findElement(By.id("series-select")));
            series.selectByValue(SERIES); // throws until the option is there; retried
            return SERIES.equals(series.getFirstSelectedOption().getAttribute("value"));
        });
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#track li"), 2));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Өңірлік азаматтық форумдар эстафетасы");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#track li.baton"), "Жетісу облысы"));

        // Live: an event appended now reaches the open page without a reload.
        TopicLog.send("relay.registration", events.forum(1), events.registered(1, PARTICIPANT));
        TopicLog.send("relay.handoff", events.forum(1), events.batonPassed(),
                java.util.Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stream"), PARTICIPANT));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#track li.baton"), "Алматы қаласы"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("тікелей");

        browser.findElement(By.cssSelector("[data-lang=ru]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Эстафета региональных гражданских форумов"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track"), "область Жетісу"));

        wait.until(d -> {
            d.findElement(By.cssSelector("#track li")).click();
            return true;
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forum-section")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forum-timeline"), PARTICIPANT));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forum-facts"), "Талдыкорган"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forum-facts"), "1 / 150"));
        // The roster, read at registration as the operator: the delegation with its head, the waitlist, the lists.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forum-delegations"),
                FakeRegistration.HEAD));
        assertThat(browser.findElement(By.id("forum-delegations")).getText()).contains(FakeRegistration.MEMBER,
                "город Алматы (KZ-75)", "2 / 5");
        assertThat(browser.findElement(By.id("forum-waitlist")).getText()).contains(FakeRegistration.WAITING,
                "2027-03-10 14:05");
        assertThat(browser.findElement(By.id("forum-delegations-title")).getText()).isEqualTo("Делегации");
        assertThat(browser.findElements(By.cssSelector("#forum-lists a")).get(0).getAttribute("href"))
                .endsWith("/lists/participants.csv?lang=ru");

        browser.findElement(By.cssSelector("[data-lang=en]")).click();
        browser.findElement(By.id("audit-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-result"), "The series is in order"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-result"), "SeriesPlanned"));

        // The history, filtered: this series' batons; one opened shows what caused it and its raw fields.
        browser.findElement(By.cssSelector("[data-mode=history]")).click();
        browser.findElement(By.name("thisSeries")).click();
        browser.findElement(By.name("type")).sendKeys("BatonPassed");
        browser.findElement(By.cssSelector("#event-filters button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("#stream tr.event")).size() == 1
                && d.findElement(By.id("stream")).getText().contains("BatonPassed"));
        assertThat(browser.findElement(By.id("history-note")).getText()).contains("events searched");
        browser.findElement(By.cssSelector("#stream tr.event")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-detail")));
        // beside its causation, the trace its record carries (to look it up in the trace backend)
        assertThat(browser.findElement(By.cssSelector("#event-detail p.trace")).getText())
                .isEqualTo("Trace: 4bf92f3577b34da6a3ce929d0e0e4736");
        browser.findElement(By.cssSelector("#event-detail summary")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#event-detail pre.raw"),
                "\"toForumId\""));
    }

    @Test
    void shouldShowEachProcessOfForumctlUpAndSayPlainlyWhenItIsGone() {
        WebDriverWait wait = signedInAsOperator();
        try {
            browser.findElement(By.cssSelector("[data-lang=kk]")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#system-section h2"), "Жүйе"));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#processes tr"), 3));
            wait.until(d -> row(d, "handoff").contains("дайын") && row(d, "handoff").contains("13483")
                    && row(d, "handoff").contains("0:00:13") && row(d, "handoff").contains("137")
                    && row(d, "handoff").contains("handoff-reactions: 0") && row(d, "handoff").contains("белсенді"));
            wait.until(d -> row(d, "registration").contains("тоқтап тұр"));
            assertThat(browser.findElement(By.id("supervisor")).getText()).contains("forumctl up жұмыс істеп тұр")
                    .contains("12283");
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#dead-letter-counts li"), RelayTopic.values().length));
            assertThat(browser.findElement(By.id("dead-letter-counts")).getText()).contains("relay.handoff.DLT: ");

            browser.findElement(By.cssSelector("[data-lang=ru]")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#system-section h2"), "Система"));
            wait.until(d -> row(d, "handoff").contains("готов") && row(d, "handoff").contains("активный"));

            // forumctl up stops: within a refresh the panel says so in one line, in the chosen language.
            supervisor.close();
            wait.until(ExpectedConditions.textToBe(By.id("supervisor"),
                    "Супервизор forumctl up недоступен: состояние процессов неизвестно"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("processes-box")));
        } finally {
            ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('relay-console-lang')");
        }
    }

    @Test
    void shouldShowAForumsAppealItsWordDiffAndWhatBecameOfTheSeriesRecommendations() throws Exception {
        String series = "console-browser-resolution";
        SampleEvents events = new SampleEvents(series);
        ResolutionSamples resolution = new ResolutionSamples(series);
        var centre = ResolutionSamples.text("Жастар орталығын ашу", "Открыть молодёжный центр", "Open a youth centre");
        var house = ResolutionSamples.text("Жастар үйін Талдықорғанда ашу", "Открыть молодёжный дом в Талдыкоргане",
                "Open a youth house in Taldykorgan");
        var textbooks = ResolutionSamples.text("Оқулықтарды жаңарту", "Обновить учебники", "Renew the textbooks");
        TopicLog.send("relay.scheduling", series, events.planned());
        TopicLog.send("relay.scheduling", events.forum(1), events.scheduled(1));
        TopicLog.send("relay.scheduling", events.forum(2), events.scheduled(2));
        for (var event : List.of(resolution.draftOpened(1), resolution.appealChosen(1),
                resolution.proposed(1, "rec-1", AddresseeKind.REGIONAL_AKIMAT, ResolutionSamples.AKIMAT, centre),
                resolution.proposed(1, "rec-2", AddresseeKind.MINISTRY, ResolutionSamples.AKIMAT, textbooks),
                resolution.amended(1, "rec-1", 2, house, ResolutionSamples.EDITOR),
                resolution.voted(1, "rec-2", ResolutionSamples.vote(5, 30, 5)),
                resolution.adopted(1, DocumentKind.APPEAL, ResolutionSamples.vote(36, 1, 3), List.of(ResolutionSamples
                        .adopted("rec-1", AddresseeKind.REGIONAL_AKIMAT, ResolutionSamples.AKIMAT, house, 2))),
                resolution.progress(1, "rec-1", FollowUpStatus.IN_PROGRESS, LocalDate.now(), "Ғимарат таңдалды"))) {
            TopicLog.send("relay.resolution", events.forum(1), event);
        }
        TopicLog.send("relay.resolution", events.forum(2), resolution.draftOpened(2));

        WebDriverWait wait = signedInAsOperator();
        try {
            wait.until(d -> {
                Select chosen = new Select(d.findElement(By.id("series-select")));
                chosen.selectByValue(series);
                return series.equals(chosen.getFirstSelectedOption().getAttribute("value"));
            });
            browser.findElement(By.cssSelector("[data-lang=kk]")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#track li"), 2));
            wait.until(d -> {
                d.findElement(By.cssSelector("#track li")).click();
                return d.findElement(By.id("forum-resolution-facts")).getText().contains("Үндеу");
            });

            // The appeal: kind, status, the plenary's votes, each item with its revision, status and follow-up.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forum-resolution-facts"),
                    "жақтап 36, қарсы 1, қалыс қалған 3 (қатысқан 40)"));
            String items = browser.findElement(By.id("forum-recommendations")).getText();
            assertThat(items).contains("Жастар үйін Талдықорғанда ашу", "орындалуда", "Облыс әкімдігі")
                    .contains("жақтап 5, қарсы 30, қалыс қалған 5 (қатысқан 40) · қабылданбады");

            // Revisions 1 and 2 side by side: the words removed struck through, the words added marked.
            browser.findElement(By.cssSelector("#forum-recommendations button.compare")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#revision-compare .from del"), "орталығын"));
            assertThat(browser.findElement(By.cssSelector("#revision-compare .to")).getText())
                    .contains("Жастар үйін Талдықорғанда ашу").contains("Әлия Нұрланқызы");
            browser.findElement(By.cssSelector("[data-lang=ru]")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#revision-compare .from del"), "центр"));

            // The series' table, filtered by status; and forum 2's page with forum 1's open item.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow-up-rows"),
                    "Открыть молодёжный дом в Талдыкоргане"));
            assertThat(browser.findElement(By.id("follow-up-rows")).getText()).contains("в работе", "Ғимарат таңдалды");
            assertThat(browser.findElement(By.id("follow-up-counts")).getText()).contains("Акимат области");
            new Select(browser.findElement(By.id("follow-up-status"))).selectByValue("DONE");
            wait.until(ExpectedConditions.textToBe(By.id("follow-up-rows"), "Принятых рекомендаций пока нет"));
            new Select(browser.findElement(By.id("follow-up-status"))).selectByValue("");
            browser.findElement(By.cssSelector("#track li:nth-child(2)")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("earlier-open"),
                    "Открыть молодёжный дом в Талдыкоргане"));
        } finally {
            ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('relay-console-lang')");
        }
    }

    /** The page as the public sees it: no session. */
    private WebDriverWait signedOut() {
        browser.get("http://localhost:" + port + "/");
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/");
        return waiting();
    }

    /** The page as an operator sees it, signed in through the issuer if not yet. */
    private WebDriverWait signedInAsOperator() {
        WebDriverWait wait = signedOut();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stream-section")));
        return wait;
    }

    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    /** The text of the System panel's row of that process. */
    private static String row(WebDriver page, String process) {
        return page.findElements(By.cssSelector("#processes tr")).stream().map(WebElement::getText)
                .filter(text -> text.startsWith(process + " ")).findFirst().orElse("");
    }

    private static Optional<Path> firstExisting(String... candidates) {
        return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
