package kz.civicrelay.handoff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import kz.civicrelay.platform.links.AcknowledgementLinks;

/**
 * The link's page before it asks handoff anything (no Spring, no broker; the acts are not there, so a test that
 * reached them would fail): without a key it is switched off, and a token not signed with the key is refused.
 */
class AcknowledgementLinkControllerTest {

    private static final String KEY = Base64.getEncoder()
            .encodeToString("the relay's link key, thirty-two bytes at least".getBytes(StandardCharsets.UTF_8));
    private static final Instant NOW = Instant.parse("2027-03-15T07:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String NOTIFICATION = "relay-2027-02-kz-35-kz-35";

    @Test
    void shouldSayLinksAreSwitchedOffWithoutALinkKey() {
        var controller = controller(new AcknowledgementLinkCheck("", CLOCK));
        String token = AcknowledgementLinks.withKey(KEY).token(NOTIFICATION, "KZ-35", NOW.plusSeconds(60));

        for (ResponseEntity<String> page : java.util.List.of(controller.page(NOTIFICATION, token),
                controller.acknowledge(NOTIFICATION, token, null))) {
            assertThat(page.getStatusCode().value()).isEqualTo(503);
            assertThat(page.getBody()).contains("relay.links.key", "Сілтеме арқылы растау бұл жүйеде қосылмаған")
                    .doesNotContain(token);
        }
    }

    @Test
    void shouldRefuseATokenNotSignedWithTheKeyOrExpired() {
        var controller = controller(new AcknowledgementLinkCheck(KEY, CLOCK));
        String forged = AcknowledgementLinks.withKey(Base64.getEncoder().encodeToString(new byte[32]))
                .token(NOTIFICATION, "KZ-35", NOW.plusSeconds(60));
        String expired = AcknowledgementLinks.withKey(KEY).token(NOTIFICATION, "KZ-35", NOW);

        for (String token : new String[] { forged, expired, "", "no-token" }) {
            ResponseEntity<String> page = controller.acknowledge(NOTIFICATION, token, null);
            assertThat(page.getStatusCode().value()).isEqualTo(403);
            assertThat(page.getBody()).contains("Сілтеме жарамсыз немесе оның мерзімі өтіп кеткен")
                    .doesNotContain("<form");
        }
        assertThat(controller.page(NOTIFICATION, null).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void shouldRefuseToStartWithAnUnusableKeyNamingTheProperty() {
        assertThatThrownBy(() -> new AcknowledgementLinkCheck(Base64.getEncoder().encodeToString(new byte[16]), CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relay.links.key");
    }

    private static AcknowledgementLinkController controller(AcknowledgementLinkCheck check) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new AcknowledgementLinkController(null, check, new AcknowledgementPage(engine));
    }
}
