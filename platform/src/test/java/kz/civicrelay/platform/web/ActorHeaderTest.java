package kz.civicrelay.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.envelope.EnvelopeFactory;

class ActorHeaderTest {

    private static final String KAZAKH_NAME = "Данияр Өтегенов ә ғ қ ң ө ұ ү һ і";

    @Test
    void shouldReadRawUtf8BytesThatTheContainerReadAsLatin1() {
        // Given curl sent the name as raw UTF-8 bytes, which the servlet container decoded as ISO-8859-1
        String asReceived = new String(KAZAKH_NAME.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        // Then the name is read again as UTF-8
        assertThat(actorId(asReceived)).isEqualTo(KAZAKH_NAME);
    }

    @Test
    void shouldDecodePercentEncodedUtf8() {
        String encoded = URLEncoder.encode(KAZAKH_NAME, StandardCharsets.UTF_8).replace("+", "%20");

        assertThat(encoded).doesNotContain("Ө");
        assertThat(actorId(encoded)).isEqualTo(KAZAKH_NAME);
    }

    @Test
    void shouldKeepPlainIdsAndLatin1ThatIsNotUtf8AsTheyAre() {
        assertThat(actorId("operator-aigerim")).isEqualTo("operator-aigerim");
        assertThat(actorId("50% of the team")).isEqualTo("50% of the team");
        assertThat(actorId("José")).as("ISO-8859-1 bytes that are not UTF-8").isEqualTo("José");
        assertThat(actorId("  aigerim  ")).isEqualTo("aigerim");
    }

    @Test
    void shouldNameTheFallbackWithoutAHeader() {
        assertThat(actorId(null)).isEqualTo("fallback");
        assertThat(actorId("   ")).isEqualTo("fallback");
        assertThat(actorId("%20%20")).isEqualTo("fallback");
    }

    @Test
    void shouldRefuseTooLongNamesAndControlCharacters() {
        assertThatThrownBy(() -> actorId("ә".repeat(101))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> actorId("evil%0Aname")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control characters");
    }

    private static String actorId(String header) {
        Origin origin = ActorHeader.origin(ActorKind.OPERATOR, header, "fallback");
        return origin.envelope(new EnvelopeFactory("test", java.time.Clock.systemUTC()), "series", null, "c")
                .getActor().getId();
    }
}
