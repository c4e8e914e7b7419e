package kz.civicrelay.registration.lists;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.registration.application.RegistrationDesk;

@RestController
class ListController {

    private final RegistrationDesk desk;

    ListController(RegistrationDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "A list to print, as CSV (UTF-8 with a byte-order mark) or XLSX: participants (holding a "
            + "seat), delegations, waitlist (in order) or attendance (who holds a seat, whether and when they came). "
            + "Headings, categories and regions in ?lang=kk (the default), ru or en; times in Kazakhstan's (UTC+5). "
            + "Operators get every row, a region's team its region's rows")
    @GetMapping("/api/forums/{forumId}/lists/{list}.{format}")
    ResponseEntity<byte[]> list(@PathVariable String forumId, @PathVariable String list, @PathVariable String format,
            @RequestParam(defaultValue = "kk") String lang, Caller caller) {
        caller.authorize("print the lists of " + forumId, Grant.role(RelayRole.OPERATOR),
                Grant.role(RelayRole.REGIONAL_TEAM));
        PrintedList printed = PrintedList.named(list);
        ListFiles file = ListFiles.named(format);
        String language = ListTexts.language(lang);
        PrintedList.Table table = desk.read(registrations -> printed.table(registrations.forum(forumId),
                p -> caller.may(Grant.role(RelayRole.OPERATOR),
                        Grant.inRegion(RelayRole.REGIONAL_TEAM, p.registrant().regionOfOrigin())), language));
        String fileName = forumId + "-" + printed.fileName() + "-" + language + "." + file.extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(file.write(table));
    }
}
