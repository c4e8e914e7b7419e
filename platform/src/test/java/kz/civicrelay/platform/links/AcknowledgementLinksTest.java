package kz.civicrelay.platform.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class AcknowledgementLinksTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());
    private static final Instant NOW = Instant.parse("2027-03-15T07:00:00Z");

    private final AcknowledgementLinks links = AcknowledgementLinks.withKey(KEY);

    @Test
    void shouldAllowWhatItSignedUntilItExpires() {
        String token = links.token("forum-2-kz-35", "KZ-35", NOW.plusSeconds(60));

        assertThat(links.verify(token, NOW)).contains(new AcknowledgementLinks.Claim("forum-2-kz-35", "KZ-35",
                NOW.plusSeconds(60)));
        assertThat(links.verify(token, NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void shouldRefuseATokenOfAnotherKeyOrChanged() {
        String token = AcknowledgementLinks.withKey(OTHER_KEY).token("forum-2-kz-35", "KZ-35", NOW.plusSeconds(60));
        String mine = links.token("forum-2-kz-35", "KZ-35", NOW.plusSeconds(60));
        String otherRegion = links.token("forum-2-kz-35", "KZ-10", NOW.plusSeconds(60));

        assertThat(links.verify(token, NOW)).isEmpty();
        assertThat(links.verify(otherRegion.substring(0, otherRegion.indexOf('.')) + mine.substring(mine.indexOf('.')),
                NOW)).isEmpty();
        assertThat(links.verify("", NOW)).isEmpty();
        assertThat(links.verify("abc.", NOW)).isEmpty();
        assertThat(links.verify(".abc", NOW)).isEmpty();
        assertThat(links.verify("not base64!.x", NOW)).isEmpty();
    }

    @Test
    void shouldRefuseAShortKeyAndALineBreak() {
        assertThatThrownBy(() -> AcknowledgementLinks.withKey(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.token("a\nb", "KZ-35", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
