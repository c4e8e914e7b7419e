package kz.civicrelay.registration.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;
import kz.civicrelay.registration.domain.ScheduledForum;

/** The lists to print, in the three languages, written as CSV and XLSX and read back with Kazakh letters intact. */
class PrintedListTest {

    private static final String FORUM = "ss-01-kz-33";
    /** ә ғ қ ң ө ұ ү һ і, every letter Kazakh adds to Russian's alphabet. */
    static final String NAME = "Әсем Ғабитқызы Қоңырбаева";
    static final String ORGANISATION = "Шәһәр жастарының «Ұлағат» үйірмесі, өңірлік ғылыми қоғам ұйымы";

    private final Registrations registrations = new Registrations();
    private Instant now = Instant.parse("2027-03-01T04:00:00Z");

    @BeforeEach
    void aForumOfTwoSeatsWithADelegationAndOneWaiting() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 2, "KZ-33"));
        given(registrations.open(FORUM));
        given(registrations.register(FORUM, "asem", new Registrant(NAME, ORGANISATION, ParticipantCategory.YOUTH,
                "KZ-61", List.of("kk", "ru"), "asem@forum.kz", "+77015551234")));
        given(registrations.registerDelegation(FORUM, "KZ-75", List.of(new ForumRegistration.Member("serik",
                new Registrant("Серік Жұмабаев", "Әкімдік", ParticipantCategory.STATE_BODY, "KZ-75", List.of("kk")),
                true))));
        given(registrations.register(FORUM, "olga", new Registrant("Olga Kim", "Media, \"Centre\"",
                ParticipantCategory.MEDIA, "KZ-75", List.of("ru"))));
        given(registrations.checkIn(FORUM, "asem"));
    }

    @Test
    void shouldListWhoHoldsASeatInKazakhByDefaultAndKeepEveryLetterInCsv() throws Exception {
        PrintedList.Table table = PrintedList.PARTICIPANTS.table(forum(), p -> true, "kk");

        List<CSVRecord> records = readCsv(ListFiles.CSV.write(table));

        assertThat(records.get(0).toList()).containsExactly("№", "Аты-жөні", "Ұйым", "Санаты", "Өңірі",
                "Делегациядағы рөлі", "Тілдері", "Электрондық пошта", "Телефон", "Тіркелген уақыты");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).toList()).containsExactly("1", NAME, ORGANISATION, "Жастар", "Түркістан облысы", "",
                "kk, ru", "asem@forum.kz", "+77015551234", "2027-03-01 09:00");
        assertThat(records.get(2).get(1)).isEqualTo("Серік Жұмабаев");
        assertThat(records.get(2).get(5)).isEqualTo("Жетекші");
        assertThat(String.join("", records.get(1).toList())).contains("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і");
    }

    @Test
    void shouldStartTheCsvWithAByteOrderMarkForExcel() {
        byte[] csv = ListFiles.CSV.write(PrintedList.WAITLIST.table(forum(), p -> true, "en"));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n").contains("\"Media, \"\"Centre\"\"\"");
    }

    @Test
    void shouldWriteTheWaitlistDelegationsAndAttendanceInRussianAndEnglishToo() throws Exception {
        assertThat(readCsv(ListFiles.CSV.write(PrintedList.WAITLIST.table(forum(), p -> true, "ru"))))
                .extracting(r -> r.get(1)).containsExactly("ФИО", "Olga Kim");
        assertThat(readCsv(ListFiles.CSV.write(PrintedList.DELEGATIONS.table(forum(), p -> true, "en"))).get(1)
                .toList()).containsExactly("Almaty", "Head", "Серік Жұмабаев", "Әкімдік", "State body", "", "");
        List<CSVRecord> attendance = readCsv(ListFiles.CSV.write(PrintedList.ATTENDANCE.table(forum(), p -> true,
                "ru")));
        assertThat(attendance.get(0).toList()).contains("Пришёл(-ла)", "Время прихода");
        assertThat(attendance.get(1).toList()).contains(NAME, "Молодёжь", "Да", "2027-03-01 09:00");
        assertThat(attendance.get(2).toList()).contains("Серік Жұмабаев", "Нет").endsWith("");
    }

    @Test
    void shouldWriteAnXlsxSheetThatReadsBackWithKazakhLettersIntact() throws Exception {
        PrintedList.Table table = PrintedList.ATTENDANCE.table(forum(), p -> true, "kk");

        List<List<String>> rows = readXlsx(ListFiles.XLSX.write(table), "Қатысу");

        assertThat(rows.get(0)).containsExactly("№", "Аты-жөні", "Ұйым", "Санаты", "Өңірі", "Келді", "Келген уақыты");
        assertThat(rows.get(1)).containsExactly("1", NAME, ORGANISATION, "Жастар", "Түркістан облысы", "Иә",
                "2027-03-01 09:00");
        assertThat(rows.get(2)).startsWith("2", "Серік Жұмабаев", "Әкімдік", "Мемлекеттік орган", "Алматы қаласы", "Жоқ");
    }

    @Test
    void shouldKeepOnlyTheRowsItIsToldTo() {
        PrintedList.Table table = PrintedList.PARTICIPANTS.table(forum(),
                p -> p.registrant().regionOfOrigin().equals("KZ-75"), "en");

        assertThat(table.rows()).extracting(r -> r.get(1)).containsExactly("Серік Жұмабаев");
        assertThat(table.rows().get(0).get(0)).as("numbered within the list").isEqualTo("1");
    }

    @Test
    void shouldRefuseAnUnknownListFormatOrLanguage() {
        assertThat(PrintedList.named("waitlist")).isEqualTo(PrintedList.WAITLIST);
        assertThat(ListFiles.named("xlsx")).isEqualTo(ListFiles.XLSX);
        assertThat(ListTexts.language(" RU ")).isEqualTo("ru");
        assertThatThrownBy(() -> PrintedList.named("everyone")).isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> ListFiles.named("pdf")).hasMessageContaining("csv or xlsx");
        assertThatThrownBy(() -> ListTexts.language("de")).hasMessageContaining("kk, ru or en");
    }

    @Test
    void shouldNameEveryCategoryInEachLanguage() {
        for (ParticipantCategory category : ParticipantCategory.values()) {
            assertThat(List.of(ListTexts.category(category, "kk"), ListTexts.category(category, "ru"),
                    ListTexts.category(category, "en"))).as(category.name()).doesNotContainNull()
                    .allSatisfy(name -> assertThat(name).isNotBlank());
        }
        assertThat(ListTexts.category(ParticipantCategory.NGO, "kk")).isEqualTo("Үкіметтік емес ұйым");
    }

    static List<CSVRecord> readCsv(byte[] csv) throws Exception {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            if (reader.read() != '\uFEFF') {
                throw new AssertionError("no byte-order mark");
            }
            return CSVFormat.EXCEL.parse(reader).getRecords();
        }
    }

    static List<List<String>> readXlsx(byte[] xlsx, String sheetName) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(sheetName);
            assertThat(sheet).as("sheet " + sheetName).isNotNull();
            DataFormatter text = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private ForumRegistration forum() {
        return registrations.forum(FORUM);
    }

    private void given(List<RegistrationEvent> events) {
        events.forEach(event -> registrations.apply(event, now = now.plusSeconds(0)));
    }
}
