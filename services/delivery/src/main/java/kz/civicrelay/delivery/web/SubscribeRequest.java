package kz.civicrelay.delivery.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.DeliveryChannel;

/**
 * A new subscription: {@code owner} a region code or {@code secretariat}; {@code channel} {@code email} or
 * {@code webhook}; {@code address} an e-mail address or an absolute http(s) URL with a host; {@code languages}
 * one or more of kk, ru, en, in order of preference. Bad input is IllegalArgumentException (400).
 */
record SubscribeRequest(@NotBlank String owner, @NotBlank String channel, @NotBlank @Size(max = 2000) String address,
        @NotEmpty @Size(max = 3) List<String> languages) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** The owner as stored: a known region code (upper case) or {@code secretariat}. */
    String ownerCode() {
        return Owners.of(owner);
    }

    DeliveryChannel channelKind() {
        return switch (channel.strip().toLowerCase(Locale.ROOT)) {
            case "email" -> DeliveryChannel.EMAIL;
            case "webhook" -> DeliveryChannel.WEBHOOK;
            default -> throw new IllegalArgumentException("channel: " + channel + " is neither email nor webhook");
        };
    }

    List<Language> languageList() {
        List<Language> list = languages.stream().map(Language::ofCode).distinct().toList();
        if (list.size() != languages.size()) {
            throw new IllegalArgumentException("languages: each of kk, ru, en at most once");
        }
        return list;
    }

    /** The address, checked for its channel. */
    String checkedAddress() {
        String address = this.address.strip();
        if (channelKind() == DeliveryChannel.EMAIL) {
            if (!EMAIL.matcher(address).matches()) {
                throw new IllegalArgumentException("address: not an e-mail address");
            }
            return address;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("address: a webhook needs an absolute http or https URL with a host");
            }
            return address;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("address: a malformed URL (" + e.getReason() + ")");
        }
    }
}
