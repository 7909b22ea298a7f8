package org.minipublic.app.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
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
 * What registration asks and when it closes. Categories are fixed once anyone has registered: a question added or
 * removed later would leave the pool with answers to different questions, which no fair lottery can use.
 */
@Service
public class RegistrationSetup {

    private final Categories categories;
    private final RegistrationSettingsRecords settings;
    private final Respondents respondents;
    private final Assemblies assemblies;
    private final AuditLog audit;
    private final Identity identity;
    private final Clock clock;

    RegistrationSetup(
            Categories categories,
            RegistrationSettingsRecords settings,
            Respondents respondents,
            Assemblies assemblies,
            AuditLog audit,
            Identity identity,
            Clock clock) {
        this.categories = categories;
        this.settings = settings;
        this.respondents = respondents;
        this.assemblies = assemblies;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Category> categories(AssemblyId assembly) {
        return categories.all(assembly);
    }

    @Transactional
    public void addCategory(Actor actor, AssemblyId assembly, Category category) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        requireNoRespondents(assembly);
        if (categories.nameTaken(assembly, category.name())) {
            throw new InvalidInputException("name", "recruitment.category.name-taken");
        }
        if (category.kind() != Category.Kind.ASKED
                && categories.all(assembly).stream().anyMatch(c -> c.kind() == category.kind())) {
            throw new InvalidInputException("kind", "recruitment.category.one-of-kind");
        }
        categories.insert(assembly, category);
        audit.record(
                AuditRecord.of(actor, assembly, "recruitment.category-added", "Category \"" + category.name() + "\"")
                        .withChange(null, String.join(", ", category.values())));
    }

    @Transactional
    public void removeCategory(Actor actor, AssemblyId assembly, CategoryId id) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        requireNoRespondents(assembly);
        var category = categories.all(assembly).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("category", "recruitment.category.gone"));
        categories.delete(assembly, id);
        audit.record(
                AuditRecord.of(actor, assembly, "recruitment.category-removed", "Category \"" + category.name() + "\"")
                        .withChange(String.join(", ", category.values()), null));
    }

    /** The settings, or closed with one person per household and ages on the first day until an organiser saves. */
    @Transactional(readOnly = true)
    public RegistrationSettings settings(AssemblyId assembly) {
        return settings.find(assembly).orElseGet(() -> new RegistrationSettings(null, 1, firstDay(assembly)));
    }

    @Transactional
    public void saveSettings(Actor actor, AssemblyId assembly, RegistrationSettings changed) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var before = settings(assembly);
        settings.save(assembly, changed, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "recruitment.settings-changed", "Registration settings")
                .withChange(before.toString(), changed.toString()));
    }

    private void requireNoRespondents(AssemblyId assembly) {
        if (respondents.count(assembly) > 0) {
            throw new InvalidInputException("category", "recruitment.category.locked");
        }
    }

    private LocalDate firstDay(AssemblyId assembly) {
        return assemblies
                .find(assembly)
                .flatMap(a -> a.details().days().stream().map(AssemblyDay::date).findFirst())
                .orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
