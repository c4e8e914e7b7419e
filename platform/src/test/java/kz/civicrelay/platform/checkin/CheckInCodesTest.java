package kz.civicrelay.platform.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import kz.civicrelay.platform.testing.QrCodes;

/** Check-in codes: signed with the key, refused when forged, altered or cut; and their QR image reads back. */
class CheckInCodesTest {

    static final String KEY = Base64.getEncoder().encodeToString("check-in key of the test, 32 bytes or more".getBytes());
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final CheckInCodes codes = new CheckInCodes(KEY);

    @Test
    void shouldNameTheForumAndParticipantOfACodeItSigned() {
        String code = codes.codeFor("ss-01-kz-33", "p-1").orElseThrow();

        assertThat(code).startsWith("civicrelay:checkin:ss-01-kz-33:p-1:").hasSizeLessThan(80);
        assertThat(codes.verify(code)).contains(new CheckInCodes.Claim("ss-01-kz-33", "p-1"));
        assertThat(codes.verify("  " + code + "\n")).as("as a scanner may send it").isPresent();
        assertThat(codes.enabled()).isTrue();
    }

    @Test
    void shouldRefuseAForgedAlteredOrMalformedCode() {
        String code = codes.codeFor("ss-01-kz-33", "p-1").orElseThrow();
        String signature = code.substring(code.lastIndexOf(':') + 1);

        assertThat(codes.verify(new CheckInCodes(OTHER_KEY).codeFor("ss-01-kz-33", "p-1").orElseThrow())).isEmpty();
        assertThat(codes.verify(code.replace(":p-1:", ":p-2:"))).as("another person's id").isEmpty();
        assertThat(codes.verify(code.replace("ss-01-kz-33", "ss-02-kz-75"))).as("another forum").isEmpty();
        assertThat(codes.verify(code.substring(0, code.length() - 2))).as("cut short").isEmpty();
        assertThat(codes.verify("civicrelay:checkin:ss-01-kz-33:p-1:" + signature + ":x")).isEmpty();
        assertThat(codes.verify("civicrelay:checkin::p-1:" + signature)).isEmpty();
        assertThat(codes.verify("civicrelay:checkin:ss-01-kz-33::" + signature)).isEmpty();
        assertThat(codes.verify("civicrelay:checkin:ss-01-kz-33:p-1:not base64!")).isEmpty();
        assertThat(codes.verify("other:ss-01-kz-33:p-1:" + signature)).isEmpty();
        assertThat(codes.verify("")).isEmpty();
    }

    @Test
    void shouldMakeNoCodeAndCheckNoneWithoutAKey() {
        CheckInCodes none = new CheckInCodes(" ");

        assertThat(none.enabled()).isFalse();
        assertThat(none.codeFor("ss-01-kz-33", "p-1")).isEmpty();
        assertThatThrownBy(() -> none.verify("civicrelay:checkin:a:b:c")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("relay.checkin.key");
        assertThat(none).hasToString("CheckInCodes (no key)");
    }

    @Test
    void shouldStopOnAnUnusableKeyAndNeverShowIt() {
        assertThatThrownBy(() -> new CheckInCodes(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("relay.checkin.key").hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new CheckInCodes("not base64 at all!")).hasMessageContaining("relay.checkin.key");
        assertThat(codes.toString()).doesNotContain(KEY).contains("not shown");
        assertThatThrownBy(() -> codes.codeFor("a:b", "p")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDrawAQrCodeThatReadsBackAsTheCode() throws Exception {
        String code = codes.codeFor("ss-01-kz-33", "0f8fad5b-d9cb-469f-a165-70867728950e").orElseThrow();

        byte[] png = QrImages.png(code);

        assertThat(QrCodes.read(png)).isEqualTo(code);
    }
}
