package kz.civicrelay.reference;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The 20 regions that host the forums: 17 oblasts and 3 cities of republican significance. */
public final class Regions {

    private static final List<Region> ALL = List.of(
            region("KZ-10", "Абай облысы", "Абайская область", "Abai Region", "Семей", "Семей", "Semey"),
            region("KZ-11", "Ақмола облысы", "Акмолинская область", "Akmola Region", "Көкшетау", "Кокшетау", "Kokshetau"),
            region("KZ-15", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region", "Ақтөбе", "Актобе", "Aktobe"),
            region("KZ-19", "Алматы облысы", "Алматинская область", "Almaty Region", "Қонаев", "Конаев", "Konaev"),
            region("KZ-23", "Атырау облысы", "Атырауская область", "Atyrau Region", "Атырау", "Атырау", "Atyrau"),
            region("KZ-27", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region",
                    "Орал", "Уральск", "Oral"),
            region("KZ-31", "Жамбыл облысы", "Жамбылская область", "Jambyl Region", "Тараз", "Тараз", "Taraz"),
            region("KZ-33", "Жетісу облысы", "область Жетісу", "Jetisu Region", "Талдықорған", "Талдыкорган",
                    "Taldykorgan"),
            region("KZ-35", "Қарағанды облысы", "Карагандинская область", "Karaganda Region", "Қарағанды",
                    "Караганда", "Karaganda"),
            region("KZ-39", "Қостанай облысы", "Костанайская область", "Kostanay Region", "Қостанай", "Костанай",
                    "Kostanay"),
            region("KZ-43", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region", "Қызылорда",
                    "Кызылорда", "Kyzylorda"),
            region("KZ-47", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region", "Ақтау", "Актау", "Aktau"),
            region("KZ-55", "Павлодар облысы", "Павлодарская область", "Pavlodar Region", "Павлодар", "Павлодар",
                    "Pavlodar"),
            region("KZ-59", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region",
                    "Петропавл", "Петропавловск", "Petropavl"),
            region("KZ-61", "Түркістан облысы", "Туркестанская область", "Turkistan Region", "Түркістан", "Туркестан",
                    "Turkistan"),
            region("KZ-62", "Ұлытау облысы", "область Улытау", "Ulytau Region", "Жезқазған", "Жезказган", "Jezkazgan"),
            region("KZ-63", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region",
                    "Өскемен", "Усть-Каменогорск", "Oskemen"),
            city("KZ-71", "Астана қаласы", "Astana", "Астана", "Астана", "Astana",
                    "Астаны", "Астане", "Астане"),
            city("KZ-75", "Алматы қаласы", "Almaty", "Алматы", "Алматы", "Almaty",
                    "Алматы", "Алматы", "Алматы"),
            city("KZ-79", "Шымкент қаласы", "Shymkent", "Шымкент", "Шымкент", "Shymkent",
                    "Шымкента", "Шымкенту", "Шымкенте"));

    private static final Map<String, Region> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));

    private Regions() {
    }

    public static List<Region> all() {
        return ALL;
    }

    public static Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The region with this code; {@link NoSuchElementException} naming the code if there is none. */
    public static Region byCode(String code) {
        return find(code).orElseThrow(() -> new NoSuchElementException("Unknown region code " + code
                + "; expected one of " + BY_CODE.keySet().stream().sorted().toList()));
    }

    public static boolean isKnown(String code) {
        return find(code).isPresent();
    }

    /** An oblast: its Kazakh and Russian cases follow from the names' patterns (see {@link Declension}). */
    private static Region region(String code, String kk, String ru, String en, String centreKk, String centreRu,
            String centreEn) {
        return new Region(code, new Trilingual(kk, ru, en), new Trilingual(centreKk, centreRu, centreEn),
                Declension.kazakhPossessive(kk), Declension.russianOblast(ru));
    }

    /** A city of republican significance: in Russian «город» and the city (its centre), declined as given. */
    private static Region city(String code, String kk, String en, String centreKk, String centreRu, String centreEn,
            String ruGenitive, String ruDative, String ruPrepositional) {
        Declension ru = Declension.russianCity(centreRu, ruGenitive, ruDative, ruPrepositional);
        return new Region(code, new Trilingual(kk, ru.nominative(), en), new Trilingual(centreKk, centreRu, centreEn),
                Declension.kazakhPossessive(kk), ru);
    }
}
