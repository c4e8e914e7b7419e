package kz.civicrelay.resolution.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ResolutionPdfTest {

    private static final String KAZAKH = """
            Жетісу облысы азаматтық форумының қарары
            ҚАБЫЛДАНДЫ
            Өңір: Жетісу облысы

            Облыс әкімдігіне
              1. Әр ауданда жастар үйін ашу; ғимарат, қаржы, ұйымдастыру — ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І
            """;
    private static final String RUSSIAN = "Резолюция гражданского форума\nПРИНЯТА\n";
    private static final String ENGLISH = "Resolution of the civil forum\nADOPTED\n";

    private final ResolutionPdf pdf = new ResolutionPdf();

    @Test
    void shouldKeepEveryKazakhLetterReadableAsTextWithEachLanguageOnItsOwnPage() throws Exception {
        byte[] bytes = pdf.render("Жетісу облысы азаматтық форумының қарары", List.of(KAZAKH, RUSSIAN, ENGLISH));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Жетісу облысы азаматтық форумының қарары");
            assertThat(page(document, 1).replaceAll("\\s+", " ")).contains("Жетісу облысы азаматтық форумының қарары")
                    .contains("ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І").contains("1. Әр ауданда жастар үйін ашу");
            assertThat(page(document, 2)).contains("Резолюция гражданского форума").doesNotContain("ҚАБЫЛДАНДЫ");
            assertThat(page(document, 3)).contains("ADOPTED");
        }
    }

    @Test
    void shouldWrapLongTextOntoFurtherPagesWithoutLosingAWord() throws Exception {
        StringBuilder text = new StringBuilder("Ұзын қарар\n");
        for (int i = 1; i <= 120; i++) {
            text.append("  ").append(i).append(". Ұсыныс мәтіні, ол бір жолға сыймайтындай ұзын болуы керек, "
                    + "сондықтан келесі жолға көшіріледі: сөз-").append(i).append('\n');
        }
        text.append("  121. ").append("ә".repeat(400)).append('\n');

        try (PDDocument document = Loader.loadPDF(pdf.render("Ұзын қарар", List.of(text.toString())))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String all = new PDFTextStripper().getText(document);
            for (int i = 1; i <= 120; i++) {
                assertThat(all).contains("сөз-" + i);
            }
            assertThat(all.replaceAll("\\s", "")).contains("121." + "ә".repeat(400));
        }
    }

    @Test
    void shouldDrawWhatTheFontCannotAsAQuestionMarkInsteadOfFailing() throws Exception {
        byte[] bytes = pdf.render("Қарар", List.of("Қарар\nКөңіл күй: 中 жақсы\tтаб\n"));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Көңіл күй: ? жақсы таб");
        }
    }

    private static String page(PDDocument document, int number) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document);
    }
}
