package kz.civicrelay.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RegionDeclensionTest {

    @Test
    void anOblastIsDeclinedInKazakhAndRussian() {
        Region jambyl = Regions.byCode("KZ-31");

        assertThat(jambyl.kk()).isEqualTo(new Declension("Жамбыл облысы", "Жамбыл облысының", "Жамбыл облысына",
                "Жамбыл облысында"));
        assertThat(jambyl.ru()).isEqualTo(new Declension("Жамбылская область", "Жамбылской области",
                "Жамбылской области", "в Жамбылской области"));
        assertThat(jambyl.isCity()).isFalse();
    }

    @Test
    void aCityIsDeclinedWithItsOwnRussianEndings() {
        Region shymkent = Regions.byCode("KZ-79");

        assertThat(shymkent.kk()).isEqualTo(new Declension("Шымкент қаласы", "Шымкент қаласының", "Шымкент қаласына",
                "Шымкент қаласында"));
        assertThat(shymkent.ru()).isEqualTo(new Declension("город Шымкент", "города Шымкента", "городу Шымкенту",
                "в городе Шымкенте"));
        assertThat(Regions.byCode("KZ-71").ru()).isEqualTo(new Declension("город Астана", "города Астаны",
                "городу Астане", "в городе Астане"));
        assertThat(Regions.byCode("KZ-75").ru().dative()).isEqualTo("городу Алматы");
        assertThat(shymkent.isCity()).isTrue();
        assertThat(shymkent.name().ru()).isEqualTo("город Шымкент");
    }

    @Test
    void anOblastNamedAfterItsWordKeepsTheNameUndeclined() {
        assertThat(Regions.byCode("KZ-33").ru()).isEqualTo(new Declension("область Жетісу", "области Жетісу",
                "области Жетісу", "в области Жетісу"));
        assertThat(Regions.byCode("KZ-27").ru().genitive()).isEqualTo("Западно-Казахстанской области");
        assertThat(Regions.byCode("KZ-59").kk().locative()).isEqualTo("Солтүстік Қазақстан облысында");
    }

    @Test
    void theTrilingualCasesPairTheDeclensionsWithTheEnglishName() {
        Region jambyl = Regions.byCode("KZ-31");

        assertThat(jambyl.genitive()).isEqualTo(new Trilingual("Жамбыл облысының", "Жамбылской области",
                "Jambyl Region"));
        assertThat(jambyl.dative()).isEqualTo(new Trilingual("Жамбыл облысына", "Жамбылской области",
                "Jambyl Region"));
        assertThat(jambyl.locative()).isEqualTo(new Trilingual("Жамбыл облысында", "в Жамбылской области",
                "in Jambyl Region"));
    }

    @Test
    void everyRegionHasEveryFormInCyrillicStartingWithItsName() {
        assertThat(Regions.all()).hasSize(20).allSatisfy(region -> {
            for (Declension declension : List.of(region.kk(), region.ru())) {
                assertThat(forms(declension)).allSatisfy(form -> assertThat(form).isNotBlank()
                        .doesNotContainPattern("[A-Za-z]").doesNotContain("  "));
            }
            assertThat(region.kk().nominative()).isEqualTo(region.name().kk());
            assertThat(region.ru().nominative()).isEqualTo(region.name().ru());
            String stem = region.name().kk().substring(0, region.name().kk().length() - 1);
            assertThat(Stream.of(region.kk().genitive(), region.kk().dative(), region.kk().locative()))
                    .allSatisfy(form -> assertThat(form).startsWith(stem + "ын"));
            assertThat(region.isCity()).isEqualTo(region.ru().nominative().startsWith("город "));
        });
        assertThat(Regions.all().stream().filter(Region::isCity).map(Region::code))
                .containsExactly("KZ-71", "KZ-75", "KZ-79");
    }

    @Test
    void aNameOutsideThePatternsIsRefused() {
        assertThatThrownBy(() -> Declension.kazakhPossessive("Алматы")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Declension.russianOblast("город Тараз")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Declension.kazakhPossessive("Түркістан өңірі").dative()).isEqualTo("Түркістан өңіріне");
        assertThat(Declension.russianOblast("Туркестанская область").locative()).isEqualTo("в Туркестанской области");
        assertThat(Declension.russianOblast("область Абай").genitive()).isEqualTo("области Абай");
    }

    private static List<String> forms(Declension declension) {
        return List.of(declension.nominative(), declension.genitive(), declension.dative(), declension.locative());
    }
}
