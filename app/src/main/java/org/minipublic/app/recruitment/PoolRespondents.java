package org.minipublic.app.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One respondent at a time, for the organisers: everything stored about them, correcting it by the registration
 * rules, and taking them out of the pool (withdrawing) or putting them back. A withdrawn respondent is in no
 * composition and no later draw; draws already made and their panels are selection's and stay as they were.
 */
@Service
public class PoolRespondents {

    private final StoredRespondents stored;
    private final Respondents respondents;
    private final RegistrationSetup setup;
    private final KnownAreas areas;
    private final AuditLog audit;
    private final Identity identity;

    PoolRespondents(
            StoredRespondents stored,
            Respondents respondents,
            RegistrationSetup setup,
            KnownAreas areas,
            AuditLog audit,
            Identity identity) {
        this.stored = stored;
        this.respondents = respondents;
        this.setup = setup;
        this.areas = areas;
        this.audit = audit;
        this.identity = identity;
    }

    /** @throws RespondentNotFoundException when the assembly has no such respondent */
    @Transactional(readOnly = true)
    public RespondentDetails find(Actor actor, AssemblyId assembly, RespondentId id) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        return stored.find(assembly, id).orElseThrow(() -> new RespondentNotFoundException(id));
    }

    /** What is wrong with a changed registration, field by field, by the rules of the registration form. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(AssemblyId assembly, NewRespondent changed) {
        return RespondentRules.check(
                changed, setup.categories(assembly), setup.settings(assembly).referenceDate());
    }

    /**
     * Replaces what they gave. The audit log names the fields that changed, never their values.
     *
     * @param area the new area of an imported respondent (ignored for others: theirs is their household's)
     * @throws InvalidInputException when a field breaks a rule (the first such)
     */
    @Transactional
    public void edit(Actor actor, AssemblyId assembly, RespondentId id, NewRespondent typed, String area) {
        var before = find(actor, assembly, id);
        var changed = typed.answeringOnly(setup.categories(assembly));
        var problems = check(assembly, changed);
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            throw new InvalidInputException(
                    first.field(), first.messageKey(), first.arguments().toArray());
        }
        String newArea = before.imported() ? area(assembly, area) : before.area();
        var fields = fieldsChanged(before, changed, newArea);
        if (fields.isEmpty()) {
            return;
        }
        stored.update(id, changed, newArea);
        audit.record(AuditRecord.of(actor, assembly, "recruitment.respondent-changed", "Respondent " + id)
                .withChange(null, "changed: " + String.join(", ", fields)));
    }

    private String area(AssemblyId assembly, String typed) {
        if (typed.isBlank()) {
            if (areas.required(assembly)) {
                throw new InvalidInputException("area", "recruitment.respondent.area.required");
            }
            return "";
        }
        return KnownAreas.canonical(typed, areas.of(assembly))
                .orElseThrow(() -> new InvalidInputException("area", "recruitment.respondent.area.unknown"));
    }

    /** Takes them out of the pool: no composition and no later draw counts them. */
    @Transactional
    public void withdraw(Actor actor, AssemblyId assembly, RespondentId id) {
        var respondent = find(actor, assembly, id);
        if (respondent.withdrawn()) {
            return;
        }
        stored.setWithdrawn(id, true);
        audit.record(AuditRecord.of(actor, assembly, "recruitment.respondent-withdrawn", "Respondent " + id));
    }

    /**
     * Puts a withdrawn respondent back in the pool.
     *
     * @throws InvalidInputException when their household has meanwhile registered as many people as it may
     */
    @Transactional
    public void reinstate(Actor actor, AssemblyId assembly, RespondentId id) {
        var respondent = find(actor, assembly, id);
        if (!respondent.withdrawn()) {
            return;
        }
        var household = stored.household(id);
        if (household.isPresent()) {
            respondents.lock(household.get());
            if (respondents.inHousehold(household.get())
                    >= setup.settings(assembly).perHousehold()) {
                throw new InvalidInputException("respondent", "registration.household-full");
            }
        }
        stored.setWithdrawn(id, false);
        audit.record(AuditRecord.of(actor, assembly, "recruitment.respondent-reinstated", "Respondent " + id));
    }

    /** The names of the fields that differ: the audit log keeps which fields changed, never what they hold. */
    static List<String> fieldsChanged(RespondentDetails before, NewRespondent after, String area) {
        var changed = new ArrayList<String>();
        var was = before.person();
        add(changed, "first name", was.firstName(), after.firstName());
        add(changed, "last name", was.lastName(), after.lastName());
        add(changed, "email", was.email(), after.email());
        add(changed, "phone", was.phone(), after.phone());
        add(changed, "date of birth", was.dateOfBirth(), after.dateOfBirth());
        add(changed, "answers", was.answers(), after.answers());
        add(changed, "access needs", was.accessNeeds(), after.accessNeeds());
        add(changed, "language", was.language(), after.language());
        add(changed, "availability", was.availability(), after.availability());
        add(changed, "area", before.area(), area);
        return changed;
    }

    private static void add(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
