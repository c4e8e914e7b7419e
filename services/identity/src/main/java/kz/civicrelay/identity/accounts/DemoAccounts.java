package kz.civicrelay.identity.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * The embedded default's demo accounts, one password for all ({@value #PASSWORD}, documented in the README):
 * {@code operator}, {@code auditor}, {@code team-kz-NN} and {@code editor-kz-NN} for each of the 20 regions,
 * and two participants. Display names in Kazakh with Russian, so that Kazakh letters are seen to survive
 * into every token. Seeded only when {@code relay.identity.seed-demo-accounts} is set (forumctl up does).
 */
public final class DemoAccounts {

    /** The demo password of every demo account. Demo data: never a real deployment's. */
    public static final String PASSWORD = "relay-demo";

    private DemoAccounts() {
    }

    /** Every demo account, each storing {@code passwordHash} (the hash of {@link #PASSWORD}). */
    public static List<Account> all(String passwordHash) {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Account("operator", passwordHash, "Форум хатшылығы / Секретариат форума",
                List.of("operator"), null));
        accounts.add(new Account("auditor", passwordHash, "Аудитор / Аудитор", List.of("auditor"), null));
        for (Region region : Region.ALL) {
            accounts.add(new Account("team-" + region.lowerCode(), passwordHash,
                    region.kazakhGenitive() + " өңірлік командасы / Региональная команда " + region.russianGenitive(),
                    List.of("regional-team"), region.code()));
        }
        for (Region region : Region.ALL) {
            accounts.add(new Account("editor-" + region.lowerCode(), passwordHash,
                    region.kazakh() + " форумының редакциялық тобы / Редакционная группа форума "
                            + region.russianGenitive(),
                    List.of("editor"), region.code()));
        }
        accounts.add(new Account("participant-kz-75", passwordHash, "Айгерім Сәрсенқызы", List.of("participant"),
                "KZ-75"));
        accounts.add(new Account("participant-kz-11", passwordHash, "Ержан Қуанышұлы", List.of("participant"),
                "KZ-11"));
        return accounts;
    }
}
