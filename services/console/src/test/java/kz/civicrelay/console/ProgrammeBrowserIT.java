package kz.civicrelay.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.ProgrammeSession;
import kz.civicrelay.events.SessionKind;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * A forum's programme on its page, for the public, in a real headless Chromium: each session's time, kind, topic,
 * room, moderator and seats in Kazakh, then Russian, and the calendar feeds linked. Skipped, with the reason, where
 * no Chromium and chromedriver exist.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeBrowserIT {

    private static final String SERIES = "console-programme";
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        Optional<Path> chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(),
                "No Chromium and chromedriver here; scripts/ensure-test-browser.sh installs them (apt-get)");
        System.setProperty("webdriver.chrome.driver", driver.get().toString());
        browser = new ChromeDriver(new ChromeOptions().setBinary(chromium.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1400,1000", "--lang=kk"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldShowTheProgrammeOfAForumAndLinkTheCalendars() throws Exception {
        SampleEvents events = new SampleEvents(SERIES);
        TopicLog.send("relay.scheduling", SERIES, events.planned());
        TopicLog.send("relay.scheduling", events.forum(1), events.scheduled(1));
        TopicLog.send("relay.scheduling", events.forum(1), programme(events.forum(1)));

        browser.get("http://localhost:" + port + "/?series=" + SERIES + "&forum=" + events.forum(1));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.findElement(By.cssSelector("[data-lang=kk]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forum-programme"), "Диалог алаңы"));

        String table = browser.findElement(By.id("forum-programme")).getText();
        assertThat(table).contains("2031-04-01 10:00 – 12:00", "Пленарлық отырыс", "бүкіл форум",
                "Бизнес және ҮЕҰ: диалог алаңы", "Кіші зал", "Әлия Нұрланқызы", "40");
        assertThat(browser.findElement(By.id("forum-programme-calendar")).getAttribute("href"))
                .endsWith("/api/forums/" + events.forum(1) + "/programme.ics");
        assertThat(browser.findElement(By.id("forum-programme-calendar")).getText()).contains("күнтізбеге");
        assertThat(browser.findElement(By.id("series-calendar")).getAttribute("href"))
                .endsWith("/api/series/" + SERIES + "/calendar.ics");

        browser.findElement(By.cssSelector("[data-lang=ru]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forum-programme"), "Диалоговая площадка"));
        assertThat(browser.findElement(By.id("forum-programme-title")).getText()).isEqualTo("Программа");
        browser.findElement(By.cssSelector("[data-lang=kk]")).click();
    }

    private static ForumProgrammeSet programme(String forumId) {
        LocalDateTime day = LocalDateTime.of(2031, 4, 1, 0, 0);
        return ForumProgrammeSet.newBuilder()
                .setEnvelope(new EnvelopeFactory("scheduling", Clock.systemUTC()).forCommand(SERIES, forumId,
                        new Actor(ActorKind.OPERATOR, "operator-dana", "Дана Әбішева", null)))
                .setTimeZone("Asia/Almaty")
                .setSessions(List.of(
                        new ProgrammeSession("s1", SessionKind.PLENARY, new LocalizedText("Жалпы отырыс",
                                "Общее заседание", "Plenary"), day.withHour(10), day.withHour(12), null, null, null),
                        new ProgrammeSession("s2", SessionKind.DIALOGUE_PLATFORM, new LocalizedText(
                                "Бизнес және ҮЕҰ: диалог алаңы", "Бизнес и НПО", "Business and NGOs"),
                                day.withHour(14), day.withHour(16), "Кіші зал", "Әлия Нұрланқызы", 40)))
                .build();
    }

    private static Optional<Path> firstExisting(String... paths) {
        return Stream.of(paths).map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
