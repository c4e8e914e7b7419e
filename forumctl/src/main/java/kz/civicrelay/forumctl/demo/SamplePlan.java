package kz.civicrelay.forumctl.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/**
 * Sample data for a demonstration series: all 20 regions, Jetisu first and Almaty city second as in
 * the reports, then the organisers' order; themes, venues, participants and recommendations written
 * for this demo in Kazakh, Russian and English.
 */
public final class SamplePlan {

    /** The order the baton travels in the demo. */
    public static final List<String> HOST_ORDER = List.of("KZ-33", "KZ-75", "KZ-19", "KZ-31", "KZ-79", "KZ-61",
            "KZ-43", "KZ-47", "KZ-23", "KZ-27", "KZ-15", "KZ-39", "KZ-59", "KZ-11", "KZ-71", "KZ-55", "KZ-10",
            "KZ-63", "KZ-62", "KZ-35");

    private static final List<Trilingual> THEMES = List.of(
            Trilingual.of("Жергілікті өзін-өзі басқаруды дамыту", "Развитие местного самоуправления",
                    "Developing local self-government"),
            Trilingual.of("Мемлекеттік әлеуметтік тапсырыс және ҮЕҰ", "Государственный социальный заказ и НПО",
                    "The state social order and NGOs"),
            Trilingual.of("Бизнес пен азаматтық қоғамның әріптестігі", "Партнёрство бизнеса и гражданского общества",
                    "Partnership of business and civil society"),
            Trilingual.of("Жастар және еріктілер қозғалысы", "Молодёжь и волонтёрское движение",
                    "Youth and the volunteer movement"),
            Trilingual.of("Медиа мен ҮЕҰ: ашық диалог", "СМИ и НПО: открытый диалог", "Media and NGOs: an open dialogue"));

    private static final List<Trilingual> VENUES = List.of(
            Trilingual.of("Университеттің мәжіліс залы", "Актовый зал университета", "University assembly hall"),
            Trilingual.of("«Атамекен» өңірлік кәсіпкерлер палатасы", "Региональная палата предпринимателей «Атамекен»",
                    "Regional chamber of entrepreneurs \"Atameken\""),
            Trilingual.of("Облыстық мәдениет сарайы", "Областной дворец культуры", "Regional palace of culture"));

    private SamplePlan() {
    }

    /** The plan as the scheduling API takes it. */
    public static Map<String, Object> plan(String seriesId, LocalDate firstDay) {
        List<Map<String, Object>> forums = new ArrayList<>();
        for (int i = 0; i < HOST_ORDER.size(); i++) {
            Region region = Regions.byCode(HOST_ORDER.get(i));
            LocalDate start = firstDay.plusWeeks(2L * i);
            Map<String, Object> forum = new LinkedHashMap<>();
            forum.put("regionCode", region.code());
            forum.put("localTitle", json(Trilingual.of(region.name().kk() + " азаматтық форумы",
                    "Гражданский форум: " + region.name().ru(), "Civil Forum of " + region.name().en())));
            forum.put("theme", json(THEMES.get(i % THEMES.size())));
            forum.put("city", json(region.centre()));
            forum.put("venue", json(VENUES.get(i % VENUES.size())));
            forum.put("startDate", start.toString());
            forum.put("endDate", start.plusDays(1).toString());
            forum.put("capacity", 200);
            forum.put("international", "KZ-39".equals(region.code()));
            forums.add(forum);
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("seriesId", seriesId);
        plan.put("title", json(Trilingual.of("Өңірлік азаматтық форумдар эстафетасы",
                "Эстафета региональных гражданских форумов", "Relay of regional civic forums")));
        plan.put("forums", forums);
        return plan;
    }

    /**
     * Three participants for a forum hosted in {@code hostCode}, coming from neighbouring regions; the first gives an
     * e-mail address (her confirmation, with its QR code, lands in the mail catcher).
     */
    public static List<Map<String, Object>> participants(String hostCode) {
        int at = HOST_ORDER.indexOf(hostCode);
        String neighbour = HOST_ORDER.get((at + 1) % HOST_ORDER.size());
        return List.of(
                withEmail(participant("Айгүл Серікқызы", "«Шаңырақ» қоғамдық бірлестігі", "NGO", hostCode,
                        List.of("kk", "ru")), "aigul." + hostCode.toLowerCase(java.util.Locale.ROOT) + "@demo.civicrelay.kz"),
                participant("Ержан Қасымұлы", "Өңірлік азаматтық альянс", "CIVIL_ALLIANCE", neighbour, List.of("kk")),
                participant("Dana Wright", "Embassy partner programme", "INTERNATIONAL_PARTNER", hostCode,
                        List.of("en", "ru")));
    }

    /** Two recommendations, each addressed to a body. */
    public static List<Map<String, Object>> recommendations() {
        return List.of(
                recommendation("REGIONAL_AKIMAT",
                        Trilingual.of("Облыс әкімдігі", "Акимат области", "The regional akimat"),
                        Trilingual.of("Әлеуметтік жобаларды үш жыл бойы қаржыландыруды енгізу",
                                "Ввести трёхлетнее финансирование социальных проектов",
                                "Fund social projects for three years at a time")),
                recommendation("PUBLIC_COUNCILS",
                        Trilingual.of("Қоғамдық кеңестер", "Общественные советы", "Public councils"),
                        Trilingual.of("Кеңес отырыстарын онлайн көрсетіп, нәтижесін ашық жариялау",
                                "Транслировать заседания советов онлайн и публиковать итоги",
                                "Stream council meetings online and publish their outcomes")));
    }

    /** How the plenary voted on the whole text: 120 present, 112 for, 3 against, 5 abstained. */
    public static Map<String, Object> plenaryVote() {
        return Map.of("present", 120, "inFavour", 112, "against", 3, "abstained", 5);
    }

    /** A follow-up report on an adopted recommendation, for today: in progress, with a note as a team writes it. */
    public static Map<String, Object> followUpReport() {
        return Map.of("status", "IN_PROGRESS", "note", "Облыс бюджетінің жобасына енгізілді");
    }

    private static Map<String, Object> participant(String name, String organisation, String category, String region,
            List<String> languages) {
        return Map.of("fullName", name, "organisation", organisation, "category", category,
                "regionOfOrigin", region, "languages", languages);
    }

    /** The participant with an e-mail address: delivery confirms their seat there, with their check-in QR code. */
    private static Map<String, Object> withEmail(Map<String, Object> participant, String email) {
        Map<String, Object> with = new java.util.LinkedHashMap<>(participant);
        with.put("email", email);
        return Map.copyOf(with);
    }

    private static Map<String, Object> recommendation(String kind, Trilingual addressee, Trilingual text) {
        return Map.of("addresseeKind", kind, "addressee", json(addressee), "text", json(text));
    }

    static Map<String, String> json(Trilingual text) {
        return Map.of("kk", text.kk(), "ru", text.ru(), "en", text.en());
    }
}
