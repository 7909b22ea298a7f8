package org.minipublic.app.recruitment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration with the code from an invitation letter: online by the resident, or by phone through a member of
 * staff using the same form. Each code registers at most the assembly's number of people per household, and only
 * until registration closes.
 */
@Service
public class Registration {

    /** How the audit log names a resident registering themselves: they have no account. */
    static final Actor PUBLIC_FORM = new Actor(null, "registration form");

    private final Rounds rounds;
    private final Respondents respondents;
    private final RegistrationSetup setup;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final CodeLimits codeLimits;
    private final Clock clock;

    Registration(
            Rounds rounds,
            Respondents respondents,
            RegistrationSetup setup,
            AuditLog audit,
            ApplicationEventPublisher events,
            Identity identity,
            CodeLimits codeLimits,
            Clock clock) {
        this.rounds = rounds;
        this.respondents = respondents;
        this.setup = setup;
        this.audit = audit;
        this.events = events;
        this.identity = identity;
        this.codeLimits = codeLimits;
        this.clock = clock;
    }

    /** The invitation a typed code belongs to; empty when it is not a code, has a typo, or was never handed out. */
    @Transactional(readOnly = true)
    public Optional<Invited> invitation(String typed) {
        return RegistrationCode.parse(typed).flatMap(rounds::byCode);
    }

    /**
     * A code typed on the public pages, by a resident or a script: counted against the code and, when wrong, against
     * the client address (see {@link CodeLimits}), so that codes cannot be guessed at speed.
     */
    @Transactional
    public CodeEntry enterCode(String typed, @Nullable String clientAddress) {
        var wait = codeLimits.take(typed, clientAddress);
        if (wait.isPresent()) {
            return CodeEntry.waiting(wait.get());
        }
        var invited = invitation(typed);
        if (invited.isPresent()) {
            codeLimits.rightCode(clientAddress);
        }
        return CodeEntry.of(invited);
    }

    /** Why this invitation cannot register anyone now, if it cannot. */
    @Transactional(readOnly = true)
    public Optional<String> refusal(Invited invited) {
        var settings = setup.settings(invited.assembly());
        if (!settings.isOpen(clock.instant())) {
            return Optional.of("registration.closed");
        }
        if (respondents.inHousehold(invited.household()) >= settings.perHousehold()) {
            return Optional.of("registration.household-full");
        }
        return Optional.empty();
    }

    /** The questions the form asks: the categories people answer themselves. */
    @Transactional(readOnly = true)
    public List<Category> questions(AssemblyId assembly) {
        return setup.categories(assembly).stream()
                .filter(c -> c.kind() == Category.Kind.ASKED)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<FieldProblem> check(AssemblyId assembly, NewRespondent person) {
        return RespondentRules.check(
                person, setup.categories(assembly), setup.settings(assembly).referenceDate());
    }

    /**
     * Registers a person with the code's household.
     *
     * @param staff the member of staff taking a registration by phone, or {@code null} when the resident registers
     * @throws InvalidInputException when the code is unknown, registration is closed, the household is full or a
     *     field breaks a rule (the first such)
     */
    @Transactional
    public RespondentId register(@Nullable Actor staff, String code, NewRespondent person) {
        var invited =
                invitation(code).orElseThrow(() -> new InvalidInputException("code", "registration.code.unknown"));
        if (staff != null) {
            identity.require(staff, invited.assembly(), Permission.MANAGE_RECRUITMENT);
        }
        respondents.lock(invited.household());
        var refused = refusal(invited);
        if (refused.isPresent()) {
            throw new InvalidInputException("code", refused.get());
        }
        var problems = check(invited.assembly(), person);
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            throw new InvalidInputException(
                    first.field(), first.messageKey(), first.arguments().toArray());
        }
        var id = RespondentId.random();
        respondents.insert(
                id,
                invited.assembly(),
                invited.household(),
                person.answeringOnly(setup.categories(invited.assembly())),
                staff == null ? Respondents.Channel.ONLINE : Respondents.Channel.PHONE,
                staff == null ? null : staff.userId(),
                clock.instant());
        audit.record(AuditRecord.of(
                staff == null ? PUBLIC_FORM : staff,
                invited.assembly(),
                "recruitment.respondent-registered",
                "Respondent " + id));
        events.publishEvent(new RespondentRegistered(invited.assembly(), id));
        return id;
    }

    /** The address and language to confirm a registration to, if the respondent gave an e-mail address. */
    @Transactional(readOnly = true)
    public Optional<Confirmation> confirmation(RespondentId id) {
        return respondents.contact(id).map(c -> new Confirmation(c.assembly(), c.email(), c.language()));
    }

    /** Where and in which language to confirm a registration. */
    public record Confirmation(AssemblyId assembly, String email, String language) {

        @Override
        public String toString() {
            return "Confirmation[" + assembly + "]";
        }
    }
}
