package kz.civicrelay.registration.web;

import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.registration.domain.Delegation;
import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.Participant;

@RestController
@RequestMapping("/api/forums/{forumId}/delegations")
class DelegationController {

    private final RegistrationDesk desk;
    private final CheckInCodes codes;

    DelegationController(RegistrationDesk desk, CheckInCodes codes) {
        this.desk = desk;
        this.codes = codes;
    }

    /** A region's delegation to a forum: its head and members holding seats, and the plan's quota. */
    record DelegationView(String delegationId, String forumId, String regionCode, TextDto region,
            @Nullable Integer quota, int seats, @Nullable ParticipantView head, List<ParticipantView> members) {
    }

    @Operation(summary = "Register a region's delegation, or add members to it: all of them or none (409 when a "
            + "member is registered already, the seats left or the plan's quota per region do not suffice, or "
            + "registration is not open). The head is marked when the delegation is first registered. The region's "
            + "team or an operator")
    @PostMapping
    ResponseEntity<DelegationView> register(@PathVariable String forumId, @Valid @RequestBody DelegationRequest request,
            Caller caller) {
        if (!Regions.isKnown(request.regionCode())) {
            throw new IllegalArgumentException("Unknown region '" + request.regionCode() + "'");
        }
        Origin origin = caller.authorize("register the delegation of " + request.regionCode(),
                Grant.role(RelayRole.OPERATOR), Grant.inRegion(RelayRole.REGIONAL_TEAM, request.regionCode()));
        desk.registerDelegation(forumId, request.regionCode(), request.toDomain(), origin);
        String delegationId = Delegation.idOf(forumId, request.regionCode());
        return ResponseEntity.created(URI.create("/api/forums/" + forumId + "/delegations"))
                .body(desk.read(registrations -> delegations(registrations.forum(forumId)).get(delegationId)));
    }

    @Operation(summary = "The delegations registered for the forum, by region: operators see every region's, a "
            + "region's team its own")
    @GetMapping
    List<DelegationView> delegations(@PathVariable String forumId, Caller caller) {
        caller.authorize("see the delegations to " + forumId, Grant.role(RelayRole.OPERATOR),
                Grant.role(RelayRole.REGIONAL_TEAM));
        return desk.read(registrations -> delegations(registrations.forum(forumId)).values().stream()
                .filter(d -> caller.may(Grant.role(RelayRole.OPERATOR),
                        Grant.inRegion(RelayRole.REGIONAL_TEAM, d.regionCode())))
                .sorted(Comparator.comparing(DelegationView::regionCode)).toList());
    }

    private Map<String, DelegationView> delegations(ForumRegistration forum) {
        Map<String, List<Participant>> byDelegation = new LinkedHashMap<>();
        for (Participant participant : forum.participants()) {
            Delegation delegation = participant.delegation();
            if (delegation != null && participant.holdsSeat()) {
                byDelegation.computeIfAbsent(delegation.delegationId(), id -> new java.util.ArrayList<>())
                        .add(participant);
            }
        }
        Map<String, DelegationView> views = new LinkedHashMap<>();
        byDelegation.forEach((id, members) -> {
            String region = members.get(0).registrant().regionOfOrigin();
            List<ParticipantView> shown = ParticipantView.of(forum, members, codes);
            ParticipantView head = shown.stream().filter(ParticipantView::delegationHead).findFirst().orElse(null);
            views.put(id, new DelegationView(id, forum.forumId(), region, TextDto.of(Regions.byCode(region).name()),
                    forum.delegationQuota(), members.size(), head,
                    shown.stream().filter(v -> !v.delegationHead()).toList()));
        });
        return views;
    }
}
