package kz.civicrelay.identity.accounts;

import java.util.List;

/**
 * One of the 20 regions (DOMAIN.md), with what the demo accounts' display names need: the Kazakh name
 * (whose genitive is regular: {@code облысы → облысының}, {@code қаласы → қаласының}) and the Russian
 * genitive.
 */
record Region(String code, String kazakh, String russianGenitive) {

    static final List<Region> ALL = List.of(
            new Region("KZ-10", "Абай облысы", "Абайской области"),
            new Region("KZ-11", "Ақмола облысы", "Акмолинской области"),
            new Region("KZ-15", "Ақтөбе облысы", "Актюбинской области"),
            new Region("KZ-19", "Алматы облысы", "Алматинской области"),
            new Region("KZ-23", "Атырау облысы", "Атырауской области"),
            new Region("KZ-27", "Батыс Қазақстан облысы", "Западно-Казахстанской области"),
            new Region("KZ-31", "Жамбыл облысы", "Жамбылской области"),
            new Region("KZ-33", "Жетісу облысы", "области Жетісу"),
            new Region("KZ-35", "Қарағанды облысы", "Карагандинской области"),
            new Region("KZ-39", "Қостанай облысы", "Костанайской области"),
            new Region("KZ-43", "Қызылорда облысы", "Кызылординской области"),
            new Region("KZ-47", "Маңғыстау облысы", "Мангистауской области"),
            new Region("KZ-55", "Павлодар облысы", "Павлодарской области"),
            new Region("KZ-59", "Солтүстік Қазақстан облысы", "Северо-Казахстанской области"),
            new Region("KZ-61", "Түркістан облысы", "Туркестанской области"),
            new Region("KZ-62", "Ұлытау облысы", "области Улытау"),
            new Region("KZ-63", "Шығыс Қазақстан облысы", "Восточно-Казахстанской области"),
            new Region("KZ-71", "Астана қаласы", "города Астаны"),
            new Region("KZ-75", "Алматы қаласы", "города Алматы"),
            new Region("KZ-79", "Шымкент қаласы", "города Шымкента"));

    /** {@code Алматы қаласы → Алматы қаласының}. */
    String kazakhGenitive() {
        return kazakh + "ның";
    }

    /** {@code KZ-75 → kz-75}, as in the user names. */
    String lowerCode() {
        return code.toLowerCase(java.util.Locale.ROOT);
    }
}
