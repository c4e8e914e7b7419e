package kz.civicrelay.registration.web;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.RegistrationStatus;

/** Registration for one forum: its status, its seats, its waitlist and the plan's quota per delegation. */
record RegistrationView(String forumId, RegistrationStatus status, int capacity, int registered, int seatsLeft,
        int waiting, @Nullable Integer delegationQuota) {

    static RegistrationView of(ForumRegistration forum) {
        return new RegistrationView(forum.forumId(), forum.status(), forum.capacity(), forum.registered(),
                forum.seatsLeft(), forum.waiting(), forum.delegationQuota());
    }
}
