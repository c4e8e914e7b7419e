package kz.civicrelay.resolution.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Lays text out on A4 pages: the first line as a bold heading, then each line wrapped at the margin
 * (indented lines keep their indent), with a new page whenever one is full.
 */
final class PageWriter implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float HEADING_SIZE = 15;
    private static final float BODY_SIZE = 11;
    private static final float LINE_HEIGHT = 1.45f;
    private static final String MISSING_GLYPH = "?";

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private @Nullable PDPageContentStream page;
    private float y;

    PageWriter(PDDocument document, PDType0Font regular, PDType0Font bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
    }

    void write(String text) throws IOException {
        String[] lines = text.split("\n", -1);
        newPage();
        for (int i = 0; i < lines.length; i++) {
            boolean heading = i == 0;
            line(lines[i], heading ? bold : regular, heading ? HEADING_SIZE : BODY_SIZE);
        }
    }

    private void line(String line, PDType0Font font, float size) throws IOException {
        String printable = printable(line, font);
        int indentChars = printable.length() - printable.stripLeading().length();
        float indent = font.getStringWidth(" ".repeat(indentChars)) / 1000 * size;
        for (String wrapped : wrap(printable.strip(), font, size, width() - indent)) {
            if (y - size * LINE_HEIGHT < MARGIN) {
                newPage();
            }
            y -= size * LINE_HEIGHT;
            PDPageContentStream content = current();
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN + indent, y);
            content.showText(wrapped);
            content.endText();
        }
    }

    /** The words of the line in rows no wider than {@code width}; an empty line is one empty row. */
    private static List<String> wrap(String line, PDType0Font font, float size, float width) throws IOException {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : pieces(line.split(" +"), font, size, width)) {
            String candidate = row.isEmpty() ? word : row + " " + word;
            if (!row.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                rows.add(row.toString());
                row = new StringBuilder(word);
            } else {
                row = new StringBuilder(candidate);
            }
        }
        rows.add(row.toString());
        return rows;
    }

    /** The words, each longer than a row cut into pieces that fit one. */
    private static List<String> pieces(String[] words, PDType0Font font, float size, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        for (String word : words) {
            StringBuilder piece = new StringBuilder();
            float pieceWidth = 0;
            for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
                String character = new String(Character.toChars(word.codePointAt(i)));
                float characterWidth = font.getStringWidth(character) / 1000 * size;
                if (piece.length() > 0 && pieceWidth + characterWidth > width) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                    pieceWidth = 0;
                }
                piece.append(character);
                pieceWidth += characterWidth;
            }
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** The line with every character the font cannot draw (and tabs or control characters) replaced. */
    private static String printable(String line, PDType0Font font) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            out.append(Character.isISOControl(codePoint) ? " " : drawable(character, font) ? character : MISSING_GLYPH);
        });
        return out.toString();
    }

    private static boolean drawable(String character, PDType0Font font) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException notInFont) {
            return false;
        }
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        close();
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private PDPageContentStream current() {
        PDPageContentStream content = page;
        if (content == null) {
            throw new IllegalStateException("No page is open");
        }
        return content;
    }

    @Override
    public void close() throws IOException {
        PDPageContentStream content = page;
        if (content != null) {
            content.close();
            page = null;
        }
    }
}
