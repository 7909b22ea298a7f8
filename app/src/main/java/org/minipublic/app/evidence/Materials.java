package org.minipublic.app.evidence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.SessionNotFoundException;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assembly's evidence materials: organisers add them (a file or a written page), change their details and add
 * versions of the original and of translations; the team reads every version. A new version of an approved or
 * published material sends it back to review ({@link MaterialReview}); readers keep seeing the last published
 * version until the new one is published. Every change is audited with ids and states only.
 */
@Service
public class Materials {

    private final MaterialRecords records;
    private final MaterialVersionRecords versions;
    private final PublishedRecords published;
    private final MaterialReading reading;
    private final Programme programme;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Materials(
            MaterialRecords records,
            MaterialVersionRecords versions,
            PublishedRecords published,
            MaterialReading reading,
            Programme programme,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.versions = versions;
        this.published = published;
        this.reading = reading;
        this.programme = programme;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The assembly's published materials, for members, in title order: each in {@code language} when a published
     * translation into it exists, else in its original language. Published means published by organisers, whether
     * or not it is marked public. This takes no {@code Actor}: the caller (the members' portal) has checked the
     * member's sign-in and that they belong to the assembly.
     */
    @Transactional(readOnly = true)
    public List<PublishedMaterial> published(AssemblyId assembly, String language) {
        return published.all(assembly, language, false);
    }

    /**
     * The file of a published material, in the same language {@link #published} chose; empty when the material is not
     * published or is a written page. Like {@link #published}, it takes no {@code Actor}: the caller checks who asks.
     */
    @Transactional(readOnly = true)
    public Optional<MaterialFile> publishedFile(AssemblyId assembly, MaterialId id, String language) {
        return published.file(assembly, id, language, false);
    }

    /** Every material of the assembly, grouped by topic. */
    @Transactional(readOnly = true)
    public List<MaterialSummary> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_MATERIALS);
        return reading.summaries(assembly);
    }

    /** @throws MaterialNotFoundException when the assembly has no such material */
    @Transactional(readOnly = true)
    public MaterialView material(Actor actor, AssemblyId assembly, MaterialId id) {
        identity.require(actor, assembly, Permission.VIEW_MATERIALS);
        return reading.view(assembly, id);
    }

    /** One version with its content, for the team; earlier versions stay readable. */
    @Transactional(readOnly = true)
    public VersionContent version(Actor actor, AssemblyId assembly, MaterialId id, String language, int number) {
        identity.require(actor, assembly, Permission.VIEW_MATERIALS);
        reading.find(assembly, id);
        return versions.find(id, language, number).orElseThrow(() -> new MaterialNotFoundException(id));
    }

    /** For every topic, how many approved or published materials speak from each perspective, 0 included. */
    @Transactional(readOnly = true)
    public List<BalanceRow> balance(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_MATERIALS);
        return reading.balance(assembly);
    }

    /**
     * Adds a material as a draft with its first version in its original language.
     *
     * @throws InvalidInputException naming the field that breaks a rule (a refused file is named with the reason)
     */
    @Transactional
    public MaterialId create(
            Actor actor, AssemblyId assembly, MaterialDetails details, String language, VersionInput first) {
        identity.require(actor, assembly, Permission.MANAGE_MATERIALS);
        var original = MaterialRules.language(language);
        check(actor, assembly, details);
        var version = MaterialRules.check(first);
        var id = MaterialId.random();
        records.insert(id, assembly, details, original, clock.instant());
        versions.insert(id, original, version, actor.userId(), clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "evidence.material-created", "Material " + id)
                .withChange(null, MaterialStatus.DRAFT + " (" + original + " v1)"));
        return id;
    }

    /** @throws InvalidInputException when a field breaks a rule or the material changed since {@code revision} */
    @Transactional
    public void update(Actor actor, AssemblyId assembly, MaterialId id, MaterialDetails details, int revision) {
        identity.require(actor, assembly, Permission.MANAGE_MATERIALS);
        var before = reading.find(assembly, id).details();
        check(actor, assembly, details);
        if (!records.update(assembly, id, details, revision, clock.instant())) {
            throw new InvalidInputException("topic", "evidence.material.changed-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "evidence.material-changed", "Material " + id)
                .withChange(summary(before), summary(details)));
    }

    /**
     * Adds the next version in a language: the original's, or a translation's when the language is another. An
     * approved or published material goes back to {@link MaterialStatus#SUBMITTED}.
     *
     * @return the new version's number in its language
     * @throws InvalidInputException naming the field that breaks a rule
     */
    @Transactional
    public int addVersion(Actor actor, AssemblyId assembly, MaterialId id, String language, VersionInput input) {
        identity.require(actor, assembly, Permission.MANAGE_MATERIALS);
        var material = reading.find(assembly, id);
        var tag = MaterialRules.language(language);
        var version = MaterialRules.check(input);
        var after = material.status().afterNewVersion();
        // Setting the status first locks the material, so two uploads at once number their versions one after the
        // other.
        records.setStatus(id, after, clock.instant());
        int number = versions.insert(id, tag, version, actor.userId(), clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "evidence.version-added", "Material " + id)
                .withChange(material.status().name(), after + " (" + tag + " v" + number + ")"));
        return number;
    }

    private void check(Actor actor, AssemblyId assembly, MaterialDetails details) {
        MaterialRules.check(details);
        var session = details.session();
        if (session != null) {
            try {
                programme.session(actor, assembly, session);
            } catch (SessionNotFoundException e) {
                throw new InvalidInputException("session", "evidence.session.unknown");
            }
        }
    }

    private static String summary(MaterialDetails details) {
        return details.perspective()
                + (details.isPublic() ? ", public" : ", not public")
                + (details.session() == null ? "" : ", session " + details.session());
    }
}
