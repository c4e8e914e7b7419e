package kz.civicrelay.registration.web;

import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.RegistrationStatus;

/** Registration for one forum: its status and its seats. */
record RegistrationView(String forumId, RegistrationStatus status, int capacity, int registered, int seatsLeft) {

    static RegistrationView of(ForumRegistration forum) {
        return new RegistrationView(forum.forumId(), forum.status(), forum.capacity(), forum.registered(),
                forum.seatsLeft());
    }
}
