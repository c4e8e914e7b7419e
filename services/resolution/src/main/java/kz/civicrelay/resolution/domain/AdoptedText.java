package kz.civicrelay.resolution.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import kz.civicrelay.reference.Trilingual;

/**
 * The text of a resolution as adopted: its id, title and the adopted recommendations in their order. Its
 * {@link #contentHash()} is the SHA-256, in lower-case hex, of the UTF-8 bytes of its {@link #canonicalForm()}:
 * compact JSON with a fixed field order and no whitespace between tokens, every string NFC-normalised (so a
 * Kazakh letter typed precomposed or as a base letter and a combining mark hashes the same),
 * <pre>
 * {"resolutionId":"…","title":{"kk":"…","ru":"…","en":"…"},"recommendations":[
 *   {"addresseeKind":"MINISTRY","addressee":{"kk":…,"ru":…,"en":…},"text":{"kk":…,"ru":…,"en":…}}, …]}
 * </pre>
 * (shown wrapped). Strings escape only {@code "}, {@code \} and control characters ({@code \\uXXXX}, lower-case
 * hex); everything else is written as itself. Recommendation ids, revisions and statuses are not part of it:
 * the hash names what was adopted, not how it was drafted. Anyone holding the adopted text (the PDF, issue 13's
 * verification) recomputes the same hash from it.
 */
public record AdoptedText(String resolutionId, Trilingual title, List<Recommendation> recommendations) {

    public AdoptedText {
        recommendations = List.copyOf(recommendations);
    }

    /** The text of an adopted (or about to be adopted) resolution: the recommendations in its text ({@link Resolution#inText}), in order. */
    public static AdoptedText of(Resolution resolution) {
        return new AdoptedText(resolution.resolutionId(), resolution.title(), resolution.inText());
    }

    public String canonicalForm() {
        StringBuilder json = new StringBuilder("{\"resolutionId\":");
        string(json, resolutionId);
        json.append(",\"title\":");
        trilingual(json, title);
        json.append(",\"recommendations\":[");
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation recommendation = recommendations.get(i);
            json.append(i == 0 ? "" : ",").append("{\"addresseeKind\":");
            string(json, recommendation.addresseeKind().name());
            json.append(",\"addressee\":");
            trilingual(json, recommendation.addressee());
            json.append(",\"text\":");
            trilingual(json, recommendation.text());
            json.append('}');
        }
        return json.append("]}").toString();
    }

    /** SHA-256 of the canonical form's UTF-8 bytes, 64 lower-case hex digits. */
    public String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalForm().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** How many adopted recommendations go to each kind of addressee (kinds with none are left out). */
    public Map<AddresseeKind, Integer> countByAddressee() {
        Map<AddresseeKind, Integer> counts = new EnumMap<>(AddresseeKind.class);
        recommendations.forEach(r -> counts.merge(r.addresseeKind(), 1, Integer::sum));
        return counts;
    }

    private static void trilingual(StringBuilder json, Trilingual text) {
        json.append("{\"kk\":");
        string(json, text.kk());
        json.append(",\"ru\":");
        string(json, text.ru());
        json.append(",\"en\":");
        string(json, text.en());
        json.append('}');
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        Normalizer.normalize(value, Normalizer.Form.NFC).chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                json.append('\\').append((char) c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
            } else {
                json.append((char) c);
            }
        });
        json.append('"');
    }
}
