package kz.civicrelay.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegistrantTest {

    @Test
    void shouldKeepNamesInAnyScriptTrimmed() {
        Registrant registrant = new Registrant("  Әсел Ғабитқызы  ", " Үкіметтік емес ұйым ", ParticipantCategory.NGO,
                "KZ-61", List.of("kk", "kk", "en"));

        assertThat(registrant.fullName()).isEqualTo("Әсел Ғабитқызы");
        assertThat(registrant.organisation()).isEqualTo("Үкіметтік емес ұйым");
        assertThat(registrant.languages()).as("duplicates dropped, order kept").containsExactly("kk", "en");
    }

    @Test
    void shouldRejectABlankName() {
        assertThatThrownBy(() -> new Registrant(" ", "NGO", ParticipantCategory.NGO, "KZ-33", List.of("kk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fullName");
    }

    @Test
    void shouldRejectABlankOrganisation() {
        assertThatThrownBy(() -> new Registrant("Olga Kim", "", ParticipantCategory.NGO, "KZ-33", List.of("kk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisation");
    }

    @Test
    void shouldRejectAnUnknownRegionOfOrigin() {
        assertThatThrownBy(() -> new Registrant("Olga Kim", "NGO", ParticipantCategory.NGO, "KZ-99", List.of("kk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KZ-99");
    }

    @Test
    void shouldRejectALanguageOtherThanKazakhRussianOrEnglish() {
        assertThatThrownBy(() -> new Registrant("Olga Kim", "NGO", ParticipantCategory.NGO, "KZ-33", List.of("de")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("de");
    }

    @Test
    void shouldRequireAtLeastOneLanguage() {
        assertThatThrownBy(() -> new Registrant("Olga Kim", "NGO", ParticipantCategory.NGO, "KZ-33", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("languages");
    }

    @Test
    void shouldRejectAnUnknownCategory() {
        assertThatThrownBy(() -> ParticipantCategory.parse("ALIENS"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ALIENS");
        assertThat(ParticipantCategory.parse("DIPLOMAT")).isEqualTo(ParticipantCategory.DIPLOMAT);
    }

    @Test
    void shouldRecogniseTheSamePersonCaseInsensitively() {
        Registrant one = new Registrant("Нұрлан Сейітов", "Жастар ұйымы", ParticipantCategory.YOUTH, "KZ-75",
                List.of("kk"));
        Registrant other = new Registrant("НҰРЛАН СЕЙІТОВ", "жастар ұйымы ", ParticipantCategory.MEDIA, "KZ-71",
                List.of("ru"));

        assertThat(one.isSamePersonAs(other)).isTrue();
        assertThat(one.isSamePersonAs(new Registrant("Нұрлан Сейітов", "Атамекен", ParticipantCategory.BUSINESS,
                "KZ-75", List.of("kk")))).isFalse();
    }
}
