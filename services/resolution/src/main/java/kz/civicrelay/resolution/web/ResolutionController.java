package kz.civicrelay.resolution.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.civicrelay.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.Language;
import kz.civicrelay.resolution.domain.Resolution;
import kz.civicrelay.resolution.domain.ResolutionText;
import kz.civicrelay.resolution.export.ResolutionPdf;

@RestController
@RequestMapping("/api/forums/{forumId}/resolution")
class ResolutionController {

    private static final MediaType PLAIN_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final Drafting drafting;
    private final ResolutionPdf pdf;

    ResolutionController(Drafting drafting, ResolutionPdf pdf) {
        this.drafting = drafting;
        this.pdf = pdf;
    }

    @Operation(summary = "The forum's resolution, draft or adopted, its recommendations in the order proposed "
            + "(404 until the forum convenes)")
    @GetMapping
    ResolutionView resolution(@PathVariable String forumId, @Nullable Caller caller) {
        return drafting.read(resolutions -> ResolutionView.of(Actors.readable(resolution(resolutions, forumId), caller)));
    }

    @Operation(summary = "Adopt the resolution with its active recommendations (409 if none or already adopted)")
    @PostMapping("/adopt")
    ResolutionView adopt(@PathVariable String forumId, Caller caller) {
        drafting.adopt(forumId, Actors.operator(caller, "adopt a resolution"));
        return resolution(forumId, caller);
    }

    @Operation(summary = "The resolution as people read it in kk, ru or en: recommendations grouped by addressee")
    @GetMapping("/text")
    ResponseEntity<String> text(@PathVariable String forumId, @RequestParam(defaultValue = "kk") String lang,
            @Nullable Caller caller) {
        Language language = Language.of(lang);
        String text = drafting.read(resolutions -> ResolutionText.render(Actors.readable(resolution(resolutions, forumId), caller),
                resolutions.forum(forumId), language));
        return ResponseEntity.ok().contentType(PLAIN_TEXT).body(text);
    }

    @Operation(summary = "The resolution as a PDF document (application/pdf): Kazakh, Russian and English, each "
            + "from a new page, or only the language asked with lang=kk|ru|en")
    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String forumId, @RequestParam(required = false) @Nullable String lang,
            @Nullable Caller caller) {
        List<Language> languages = lang == null ? List.of(Language.values()) : List.of(Language.of(lang));
        List<String> texts = drafting.read(resolutions -> languages.stream().map(language -> ResolutionText.render(
                Actors.readable(resolution(resolutions, forumId), caller), resolutions.forum(forumId), language)).toList());
        String title = texts.get(0).lines().findFirst().orElse(forumId);
        String fileName = "resolution-" + forumId + (lang == null ? "" : "-" + lang) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf.render(title, texts));
    }

    private static Resolution resolution(ForumResolutions resolutions, String forumId) {
        return resolutions.resolutionOf(forumId).orElseThrow(() -> new NoSuchElementException(
                "Forum " + forumId + " has no resolution draft yet; drafting opens when the forum convenes"));
    }
}
