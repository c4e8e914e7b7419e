package kz.civicrelay.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;

class LanguageTest {

    private static final Trilingual TEXT = new Trilingual("Сәлем, әріптестер: ғ қ ң ө ұ ү һ і", "Привет", "Hello");

    @Test
    void shouldNameEachLanguageByItsCodeAndLocale() {
        assertThat(Language.KK.code()).isEqualTo("kk");
        assertThat(Language.RU.code()).isEqualTo("ru");
        assertThat(Language.EN.code()).isEqualTo("en");
        assertThat(Language.KK.locale()).isEqualTo(Locale.forLanguageTag("kk"));
    }

    @Test
    void shouldPickItsTextKeepingKazakhLetters() {
        assertThat(Language.KK.of(TEXT)).isEqualTo("Сәлем, әріптестер: ғ қ ң ө ұ ү һ і");
        assertThat(Language.RU.of(TEXT)).isEqualTo("Привет");
        assertThat(Language.EN.of(TEXT)).isEqualTo("Hello");
    }

    @Test
    void shouldReadACodeInAnyCaseAndRefuseAnUnknownOne() {
        assertThat(Language.ofCode(" KK ")).isEqualTo(Language.KK);
        assertThat(Language.ofCode("ru")).isEqualTo(Language.RU);
        assertThat(Language.ofCode("En")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.ofCode("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de");
    }
}
