package kz.civicrelay.console.roster;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.civicrelay.console.access.ActingAsCaller;

/**
 * The roster panel: a forum's delegations, its waitlist and its lists to print, read from registration
 * ({@code relay.console.registration-url}: one URL, or each instance's, comma-separated) with the caller's own token,
 * so registration decides what they see; its answer, a problem included, comes back as it was. The console keeps no
 * copy of these people: it shows what registration answers now.
 */
@RestController
class RosterController {

    private final ActingAsCaller actingAs;
    private final List<RestClient> registration;

    RosterController(ActingAsCaller actingAs,
            @Value("${relay.console.registration-url:http://localhost:8082}") List<URI> registrationUrls) {
        this.actingAs = actingAs;
        this.registration = actingAs.instances(registrationUrls);
    }

    @Operation(summary = "The forum's delegations by region (head, members, seats against the quota), from registration "
            + "as the caller: operators every region's, a region's team its own")
    @GetMapping("/api/forums/{forumId}/delegations")
    ResponseEntity<byte[]> delegations(@PathVariable String forumId, HttpServletRequest request,
            HttpServletResponse response) {
        return read(UriComponentsBuilder.fromPath("/api/forums/{id}/delegations").buildAndExpand(forumId).toUri(),
                request, response);
    }

    @Operation(summary = "The forum's waitlist in order, from registration as the caller: operators everyone on it, a "
            + "region's team its region's people")
    @GetMapping("/api/forums/{forumId}/waitlist")
    ResponseEntity<byte[]> waitlist(@PathVariable String forumId, HttpServletRequest request,
            HttpServletResponse response) {
        return read(UriComponentsBuilder.fromPath("/api/forums/{id}/participants").queryParam("status", "WAITLISTED")
                .buildAndExpand(forumId).toUri(), request, response);
    }

    @Operation(summary = "A list to print (participants, delegations, waitlist, attendance) as CSV or XLSX in ?lang=kk, "
            + "ru or en, from registration as the caller, the file as registration wrote it")
    @GetMapping("/api/forums/{forumId}/lists/{list}.{format}")
    ResponseEntity<byte[]> list(@PathVariable String forumId, @PathVariable String list, @PathVariable String format,
            @RequestParam(defaultValue = "kk") String lang, HttpServletRequest request, HttpServletResponse response) {
        return read(UriComponentsBuilder.fromPath("/api/forums/{id}/lists/{list}.{format}").queryParam("lang", "{lang}")
                .buildAndExpand(forumId, list, format, lang).toUri(), request, response);
    }

    private ResponseEntity<byte[]> read(URI path, HttpServletRequest request, HttpServletResponse response) {
        return actingAs.get(registration, "registration", path, request, response);
    }
}
