package kz.civicrelay.resolution.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The resolution as a PDF document, each language on pages of its own. The DejaVu Sans font is
 * embedded (as the subset used), so Kazakh letters (ә ғ қ ң ө ұ ү һ і) show on any reader and can be
 * copied or searched as text.
 */
@Component
public class ResolutionPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /**
     * One PDF of the texts (each as {@code ResolutionText} renders it: the title on the first line), in
     * order, each starting a new page.
     */
    public byte[] render(String title, List<String> texts) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "DejaVuSans.ttf");
            PDType0Font bold = font(document, "DejaVuSans-Bold.ttf");
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Civic forum relay");
            for (String text : texts) {
                try (PageWriter pages = new PageWriter(document, regular, bold)) {
                    pages.write(text);
                }
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the resolution as PDF", e);
        }
    }

    private static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = ResolutionPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("Font " + FONTS + file + " is not on the classpath");
            }
            return PDType0Font.load(document, in);
        }
    }
}
