package org.minipublic.app.evidence;

import java.util.List;
import java.util.Optional;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read without logging in: the published materials organisers marked public, of an assembly past
 * planning (the stage where nothing is announced yet, as for the public draw pages). Each is in the reader's language
 * when a published translation exists, else in its original language.
 */
@Service
public class PublicMaterials {

    private final PublishedRecords published;
    private final Assemblies assemblies;

    PublicMaterials(PublishedRecords published, Assemblies assemblies) {
        this.published = published;
        this.assemblies = assemblies;
    }

    /** The public materials in title order; empty when the assembly shows none (or does not exist). */
    @Transactional(readOnly = true)
    public List<PublishedMaterial> all(AssemblyId assembly, String language) {
        return isPublic(assembly) ? published.all(assembly, language, true) : List.of();
    }

    @Transactional(readOnly = true)
    public Optional<PublishedMaterial> find(AssemblyId assembly, MaterialId id, String language) {
        return isPublic(assembly) ? published.find(assembly, id, language, true) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<MaterialFile> file(AssemblyId assembly, MaterialId id, String language) {
        return isPublic(assembly) ? published.file(assembly, id, language, true) : Optional.empty();
    }

    /** Whether the assembly's public pages are on: it exists and is past planning. */
    @Transactional(readOnly = true)
    public boolean isPublic(AssemblyId assembly) {
        return assemblies
                .find(assembly)
                .filter(a -> a.status() != AssemblyStatus.PLANNING)
                .isPresent();
    }
}
