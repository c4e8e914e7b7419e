package kz.civicrelay.resolution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;

/** The adopted text's canonical form and hash: same content, same hash; any change, another hash. */
class AdoptedTextTest {

    private static final Trilingual TITLE = Trilingual.of("II Азаматтық форум қарары", "Резолюция: II форум",
            "Resolution of II Civil Forum");
    private static final Trilingual AKIMAT = Trilingual.of("Жетісу облысының әкімдігі", "Акимат области Жетісу",
            "Akimat of Jetisu Region");
    private static final Trilingual TEXT = Trilingual.of("Әлеуметтік жобаларды үш жыл қаржыландыру",
            "Финансировать социальные проекты три года", "Fund social projects for three years");
    private static final Trilingual MEDIA = Trilingual.of("БАҚ", "СМИ", "Media");

    private static Recommendation recommendation(String id, AddresseeKind kind, Trilingual addressee, Trilingual text) {
        return new Recommendation(id, kind, addressee, text, 1, RecommendationStatus.ACTIVE, null, null);
    }

    private static AdoptedText adopted(Trilingual title, Recommendation... recommendations) {
        return new AdoptedText("res-ss-01-kz-33", title, List.of(recommendations));
    }

    private final AdoptedText text = adopted(TITLE, recommendation("rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT),
            recommendation("rec-3", AddresseeKind.MEDIA, MEDIA, TEXT));

    @Test
    void shouldWriteTheCanonicalFormAsCompactJsonInTheDocumentedOrder() {
        AdoptedText small = new AdoptedText("res-1", Trilingual.of("Қ", "Р", "T \"q\" \\"),
                List.of(recommendation("rec-1", AddresseeKind.NGOS, Trilingual.of("а", "б", "c"),
                        Trilingual.of("ә\n", "в", "d"))));

        assertThat(small.canonicalForm()).isEqualTo("{\"resolutionId\":\"res-1\",\"title\":{\"kk\":\"Қ\",\"ru\":\"Р\","
                + "\"en\":\"T \\\"q\\\" \\\\\"},\"recommendations\":[{\"addresseeKind\":\"NGOS\",\"addressee\":"
                + "{\"kk\":\"а\",\"ru\":\"б\",\"en\":\"c\"},\"text\":{\"kk\":\"ә\\u000a\",\"ru\":\"в\",\"en\":\"d\"}}]}");
    }

    @Test
    void shouldGiveTheSameHashForTheSameContent() {
        AdoptedText again = adopted(Trilingual.of(TITLE.kk(), TITLE.ru(), TITLE.en()),
                recommendation("rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT),
                recommendation("rec-3", AddresseeKind.MEDIA, MEDIA, TEXT));

        assertThat(again.contentHash()).isEqualTo(text.contentHash()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldHashTheUtf8BytesOfTheCanonicalForm() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.canonicalForm().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(text.contentHash()).isEqualTo(java.util.HexFormat.of().formatHex(digest));
    }

    @Test
    void shouldGiveAnotherHashForAnyChange() {
        Recommendation first = recommendation("rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT);
        Recommendation second = recommendation("rec-3", AddresseeKind.MEDIA, MEDIA, TEXT);
        List<AdoptedText> changed = List.of(
                new AdoptedText("res-ss-02-kz-75", TITLE, List.of(first, second)),
                adopted(Trilingual.of(TITLE.kk(), TITLE.ru(), "Resolution of the II Civil Forum"), first, second),
                adopted(TITLE, second, first),
                adopted(TITLE, first),
                adopted(TITLE, first, recommendation("rec-3", AddresseeKind.NGOS, MEDIA, TEXT)),
                adopted(TITLE, first, recommendation("rec-3", AddresseeKind.MEDIA, AKIMAT, TEXT)),
                adopted(TITLE, first, recommendation("rec-3", AddresseeKind.MEDIA, MEDIA,
                        Trilingual.of(TEXT.kk() + ".", TEXT.ru(), TEXT.en()))),
                adopted(TITLE, first, recommendation("rec-3", AddresseeKind.MEDIA, MEDIA,
                        Trilingual.of(TEXT.kk(), TEXT.ru(), TEXT.en().replace('F', 'f')))));

        assertThat(changed).extracting(AdoptedText::contentHash).doesNotHaveDuplicates()
                .doesNotContain(text.contentHash());
    }

    @Test
    void shouldIgnoreHowTheTextWasDraftedButNotWhatItSays() {
        Recommendation renumbered = new Recommendation("rec-9", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, 4,
                RecommendationStatus.ACTIVE, "KZ-33", null);

        assertThat(adopted(TITLE, renumbered, recommendation("rec-3", AddresseeKind.MEDIA, MEDIA, TEXT)).contentHash())
                .as("ids and revisions are not part of the adopted text").isEqualTo(text.contentHash());
    }

    @Test
    void shouldNormaliseKazakhLettersSoThatComposedAndDecomposedFormsHashTheSame() {
        // "й" and "ё" as a base letter and a combining mark, "қ" and "ә" precomposed: NFC makes both one form
        String composed = "Қазақстан: әйел, ұйым, бірлескен жоба, шешім";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).as("the test's decomposed text really differs").isNotEqualTo(composed);

        AdoptedText one = adopted(Trilingual.of(composed, "Ёлка", "Title"));
        AdoptedText other = adopted(Trilingual.of(decomposed, Normalizer.normalize("Ёлка", Normalizer.Form.NFD), "Title"));

        assertThat(other.contentHash()).isEqualTo(one.contentHash());
        assertThat(other.canonicalForm()).contains(composed).contains("Ёлка");
    }

    @Test
    void shouldCountTheAdoptedRecommendationsPerKindOfAddressee() {
        AdoptedText three = adopted(TITLE, recommendation("rec-1", AddresseeKind.MEDIA, MEDIA, TEXT),
                recommendation("rec-2", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT),
                recommendation("rec-4", AddresseeKind.MEDIA, MEDIA, TEXT));

        assertThat(three.countByAddressee()).isEqualTo(Map.of(AddresseeKind.MEDIA, 2, AddresseeKind.REGIONAL_AKIMAT, 1));
    }
}
