package kz.civicrelay.registration.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list's table as a file: CSV (UTF-8 with a byte-order mark, so that Excel reads the Kazakh letters right;
 * comma-separated, CRLF, quoted as RFC 4180) or XLSX (one sheet, the headings bold and frozen).
 */
enum ListFiles {

    CSV("text/csv;charset=UTF-8") {
        @Override
        byte[] write(PrintedList.Table table) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
                writer.write('\uFEFF');
                csv.printRecord(table.headings());
                for (List<String> row : table.rows()) {
                    csv.printRecord(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    },
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        @Override
        byte[] write(PrintedList.Table table) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                int[] widths = new int[table.headings().size()];
                Row headings = sheet.createRow(0);
                for (int c = 0; c < widths.length; c++) {
                    headings.createCell(c).setCellValue(table.headings().get(c));
                    headings.getCell(c).setCellStyle(bold);
                    widths[c] = table.headings().get(c).length();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<String> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c));
                        widths[c] = Math.max(widths[c], cells.get(c).length());
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(80, widths[c] + 2) * 256);
                }
                sheet.createFreezePane(0, 1);
                workbook.write(bytes);
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final String contentType;

    ListFiles(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    abstract byte[] write(PrintedList.Table table);

    /** The format named by a file extension (csv, xlsx). */
    static ListFiles named(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(extension)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown list format '" + extension
                        + "': csv or xlsx"));
    }
}
