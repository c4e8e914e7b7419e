package kz.civicrelay.identity.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The accounts of a small deployment that runs this issuer without demo data: a UTF-8 CSV file, one account
 * a line, {@code username,password,name,roles,region} (a header line naming them may come first; {@code #}
 * starts a comment). The password is a delegating hash ({@code {bcrypt}$2a$10$…}), never plain text; roles
 * are separated by spaces; region may be empty. A field holding a comma is quoted ({@code "…"}, a quote
 * inside doubled).
 */
public final class AccountsFile {

    private AccountsFile() {
    }

    public static List<Account> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the accounts file " + file, e);
        }
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.startsWith("username,"))) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 4 || fields.size() > 5) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected username,password,name,roles,region (" + fields.size() + " fields)");
            }
            String region = fields.size() == 5 && !fields.get(4).isBlank() ? fields.get(4).strip() : null;
            try {
                accounts.add(new Account(fields.get(0).strip(), fields.get(1).strip(), fields.get(2).strip(),
                        Arrays.stream(fields.get(3).strip().split("\\s+")).filter(r -> !r.isEmpty()).toList(), region));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return accounts;
    }

    /** One CSV line's fields: commas separate, double quotes enclose, a doubled quote is one quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
