package kz.civicrelay.resolution.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.domain.DocumentKind;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.Language;
import kz.civicrelay.resolution.domain.Resolution;
import kz.civicrelay.resolution.domain.ResolutionMarkdown;
import kz.civicrelay.resolution.domain.ResolutionText;
import kz.civicrelay.resolution.export.ResolutionPdf;

@RestController
@RequestMapping("/api/forums/{forumId}/resolution")
class ResolutionController {

    private static final MediaType PLAIN_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    /** The kind of document for a draft with nothing proposed yet. */
    record KindRequest(@NotBlank String documentKind) {
    }

    /** Every active recommendation to one addressee, in the new order. */
    record OrderRequest(@NotEmpty List<@NotBlank String> recommendationIds) {
    }

    private final Drafting drafting;
    private final ResolutionPdf pdf;

    ResolutionController(Drafting drafting, ResolutionPdf pdf) {
        this.drafting = drafting;
        this.pdf = pdf;
    }

    @Operation(summary = "The forum's resolution, draft or adopted, its recommendations in order "
            + "(404 until the forum convenes)")
    @GetMapping
    ResolutionView resolution(@PathVariable String forumId, @Nullable Caller caller) {
        return drafting.read(resolutions -> ResolutionView.of(Actors.readable(resolution(resolutions, forumId), caller)));
    }

    @Operation(summary = "Choose the kind of document, RESOLUTION or APPEAL, while nothing is proposed yet (409 after)")
    @PutMapping("/kind")
    ResolutionView kind(@PathVariable String forumId, @Valid @RequestBody KindRequest request, Caller caller) {
        Origin origin = drafting.read(r -> Actors.editor(caller, r, forumId, "choose the kind of document of " + forumId));
        drafting.chooseKind(forumId, DocumentKind.of(request.documentKind()), origin);
        return resolution(forumId, caller);
    }

    @Operation(summary = "Put the active recommendations to one addressee in a new order (every one of them, once)")
    @PutMapping("/order")
    ResolutionView order(@PathVariable String forumId, @Valid @RequestBody OrderRequest request, Caller caller) {
        Origin origin = drafting.read(r -> Actors.editor(caller, r, forumId, "reorder the recommendations of " + forumId));
        drafting.reorder(forumId, request.recommendationIds(), origin);
        return resolution(forumId, caller);
    }

    @Operation(summary = "The resolution as people read it in kk, ru or en: recommendations grouped by addressee")
    @GetMapping("/text")
    ResponseEntity<String> text(@PathVariable String forumId, @RequestParam(defaultValue = "kk") String lang,
            @Nullable Caller caller) {
        Language language = Language.of(lang);
        String text = drafting.read(resolutions -> ResolutionText.render(Actors.readable(resolution(resolutions, forumId),
                caller), resolutions.forum(forumId), language));
        return ResponseEntity.ok().contentType(PLAIN_TEXT).body(text);
    }

    @Operation(summary = "The resolution as Markdown (text/markdown) in kk, ru or en, naming the adopted text's "
            + "content hash")
    @GetMapping("/markdown")
    ResponseEntity<String> markdown(@PathVariable String forumId, @RequestParam(defaultValue = "kk") String lang,
            @Nullable Caller caller) {
        Language language = Language.of(lang);
        String markdown = drafting.read(resolutions -> ResolutionMarkdown.render(Actors.readable(
                resolution(resolutions, forumId), caller), resolutions.forum(forumId), language));
        return ResponseEntity.ok().contentType(MARKDOWN).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename("resolution-" + forumId + "-" + language.code() + ".md", StandardCharsets.UTF_8)
                .build().toString()).body(markdown);
    }

    @Operation(summary = "The resolution as a PDF document (application/pdf): Kazakh, Russian and English, each "
            + "from a new page, or only the language asked with lang=kk|ru|en; each names the content hash")
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

    static Resolution resolution(ForumResolutions resolutions, String forumId) {
        return resolutions.resolutionOf(forumId).orElseThrow(() -> new NoSuchElementException(
                "Forum " + forumId + " has no resolution draft yet; drafting opens when the forum convenes"));
    }
}
