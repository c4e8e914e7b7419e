package kz.civicrelay.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void shouldRecogniseTheSamePersonWithoutContactsByNameAndOrganisationCaseInsensitively() {
        Registrant one = new Registrant("Нұрлан Сейітов", "Жастар ұйымы", ParticipantCategory.YOUTH, "KZ-75",
                List.of("kk"));
        Registrant other = new Registrant("НҰРЛАН  СЕЙІТОВ", "жастар ұйымы ", ParticipantCategory.MEDIA, "KZ-71",
                List.of("ru"));

        assertThat(one.identityKeys()).containsExactly("name:нұрлан сейітов|жастар ұйымы")
                .isEqualTo(other.identityKeys());
        assertThat(new Registrant("Нұрлан Сейітов", "Атамекен", ParticipantCategory.BUSINESS, "KZ-75",
                List.of("kk")).identityKeys()).doesNotContainAnyElementsOf(one.identityKeys());
    }

    @Test
    void shouldKnowAPersonWithContactsByTheirNormalisedEmailAndPhoneOnly() {
        Registrant registrant = new Registrant("Нұрлан Сейітов", "Жастар ұйымы", ParticipantCategory.YOUTH, "KZ-75",
                List.of("kk"), "  Nurlan.Seitov@Mail.KZ ", "8 (701) 123-45-67");

        assertThat(registrant.email()).isEqualTo("nurlan.seitov@mail.kz");
        assertThat(registrant.phone()).isEqualTo("+77011234567");
        assertThat(registrant.identityKeys()).containsExactly("email:nurlan.seitov@mail.kz", "phone:+77011234567");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+7 701 123 45 67", "87011234567", "+7(701)1234567", "7011234567", "+7-701-123-45-67" })
    void shouldNormaliseKazakhstanPhoneNumbersToE164(String written) {
        assertThat(withContacts(null, written).phone()).isEqualTo("+77011234567");
    }

    @ParameterizedTest
    @ValueSource(strings = { "12", "+7 701 123", "телефон", "+7 701 123 45 67 ext 5", "+999 123 456 789" })
    void shouldRefuseWhatIsNotAPhoneNumber(String written) {
        assertThatThrownBy(() -> withContacts(null, written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phone");
    }

    @ParameterizedTest
    @ValueSource(strings = { "aigerim", "aigerim@", "@mail.kz", "a b@mail.kz", "aigerim@mail", "a..b@mail.kz",
            "aigerim@mail..kz", ".a@mail.kz", "a.@mail.kz", "aigerim@-mail.kz" })
    void shouldRefuseWhatIsNotAnEmailAddress(String written) {
        assertThatThrownBy(() -> withContacts(written, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email");
    }

    @Test
    void shouldAcceptEmailAddressesWithKazakhLettersAndTreatBlankContactsAsNone() {
        assertThat(withContacts("Әлия@Қазпошта.ҚАЗ", " ").email()).isEqualTo("әлия@қазпошта.қаз");
        assertThat(withContacts("", null).identityKeys()).hasSize(1).allMatch(k -> k.startsWith("name:"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Айгерім Әлиқызы", "Aigerim Alikyzy", "Анна-Мария О'Нил", "Ғалым Жұмабай-ұлы",
            "Сәуле А. Нұрова", "Ілияс Һашимов" })
    void shouldAcceptNamesInOneScriptPerWord(String name) {
        assertThat(Registrant.requested(name, "Қоғамдық кеңес №3 «Болашақ»", ParticipantCategory.YOUTH, "KZ-75",
                List.of("kk"), null, null).fullName()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Айгерiм Әлиқызы", "Aйгерім", "Айгерім 😀", "Айгерім\u0000", "Айгерім #1", "Айгерім 3" })
    void shouldRefuseNamesMixingScriptsInAWordOrWithEmojiOrSymbols(String name) {
        String written = name.replace("\\u0000", "\u0000");
        assertThatThrownBy(() -> Registrant.requested(written, "Кеңес", ParticipantCategory.YOUTH, "KZ-75",
                List.of("kk"), null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fullName");
    }

    @Test
    void shouldRefuseAnOrganisationWithEmoji() {
        assertThatThrownBy(() -> Registrant.requested("Айгерім", "Кеңес 🎉", ParticipantCategory.YOUTH, "KZ-75",
                List.of("kk"), null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation");
    }

    private static Registrant withContacts(String email, String phone) {
        return new Registrant("Айгерім", "Кеңес", ParticipantCategory.YOUTH, "KZ-75", List.of("kk"), email, phone);
    }
}
