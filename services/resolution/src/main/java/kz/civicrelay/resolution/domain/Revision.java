package kz.civicrelay.resolution.domain;

import kz.civicrelay.reference.Trilingual;

/** One revision of a recommendation's text (1 when proposed), with who wrote it and when. */
public record Revision(int revision, Trilingual text, Authorship by) {
}
