package org.minipublic.app.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores speakers in {@code programme.speakers} and who speaks when in {@code programme.session_speakers}. */
@Repository
class SpeakerRecords {

    private static final String COLUMNS = "id, name, organisation, perspective, bio, consent_to_publish, version";

    private final JdbcClient jdbc;

    SpeakerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SpeakerId id, AssemblyId assembly, SpeakerDetails details, Instant at) {
        jdbc.sql(
                        """
                insert into programme.speakers (id, assembly_id, name, organisation, perspective, bio,
                    consent_to_publish, created_at, updated_at)
                values (:id, :assembly, :name, :organisation, :perspective, :bio, :consent, :at, :at)
                """)
                .param("id", id.value())
                .param("assembly", assembly.value())
                .params(params(details))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Saves the details unless the speaker changed since {@code version}; false when they did (or are gone). */
    boolean update(AssemblyId assembly, SpeakerId id, SpeakerDetails details, int version, Instant at) {
        return jdbc.sql(
                                """
                update programme.speakers
                set name = :name, organisation = :organisation, perspective = :perspective, bio = :bio,
                    consent_to_publish = :consent, version = version + 1, updated_at = :at
                where id = :id and assembly_id = :assembly and version = :version
                """)
                        .param("id", id.value())
                        .param("assembly", assembly.value())
                        .params(params(details))
                        .param("version", version)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    void delete(AssemblyId assembly, SpeakerId id) {
        jdbc.sql("delete from programme.speakers where id = :id and assembly_id = :assembly")
                .param("id", id.value())
                .param("assembly", assembly.value())
                .update();
    }

    List<Speaker> all(AssemblyId assembly) {
        return jdbc.sql("select " + COLUMNS + " from programme.speakers where assembly_id = :assembly"
                        + " order by lower(name), id")
                .param("assembly", assembly.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<Speaker> find(AssemblyId assembly, SpeakerId id) {
        return jdbc.sql("select " + COLUMNS + " from programme.speakers where id = :id and assembly_id = :assembly")
                .param("id", id.value())
                .param("assembly", assembly.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** Each session's speakers, by id, for the assembly's sessions that have any. */
    Map<SessionId, List<SpeakerId>> bySession(AssemblyId assembly) {
        Map<SessionId, List<SpeakerId>> speakers = new HashMap<>();
        jdbc.sql(
                        """
                select ss.session_id, ss.speaker_id from programme.session_speakers ss
                join programme.sessions s on s.id = ss.session_id where s.assembly_id = :assembly
                """)
                .param("assembly", assembly.value())
                .query(rs -> {
                    speakers.computeIfAbsent(new SessionId(rs.getObject(1, UUID.class)), s -> new ArrayList<>())
                            .add(new SpeakerId(rs.getObject(2, UUID.class)));
                });
        return speakers;
    }

    /** Makes these the session's speakers; the caller has checked that they belong to its assembly. */
    void assign(SessionId session, Set<SpeakerId> speakers) {
        jdbc.sql("delete from programme.session_speakers where session_id = :s")
                .param("s", session.value())
                .update();
        for (var speaker : speakers) {
            jdbc.sql("insert into programme.session_speakers (session_id, speaker_id) values (:s, :p)")
                    .param("s", session.value())
                    .param("p", speaker.value())
                    .update();
        }
    }

    private static Map<String, Object> params(SpeakerDetails details) {
        return Map.of(
                "name", details.name(),
                "organisation", details.organisation(),
                "perspective", details.perspective().name(),
                "bio", details.bio(),
                "consent", details.consentToPublish());
    }

    private static Speaker map(ResultSet rs) throws SQLException {
        return new Speaker(
                new SpeakerId(rs.getObject("id", UUID.class)),
                new SpeakerDetails(
                        rs.getString("name"),
                        rs.getString("organisation"),
                        Perspective.valueOf(rs.getString("perspective")),
                        rs.getString("bio"),
                        rs.getBoolean("consent_to_publish")),
                rs.getInt("version"));
    }
}
