package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

class MemberFileTests {

    /** A table as the reader makes it: the header is row 1, data rows from 2. */
    static Table table(String header, String... rows) {
        var list = new ArrayList<Table.Row>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new Table.Row(i + 2, Arrays.asList(rows[i].split(",", -1))));
        }
        return new Table("members.csv", Arrays.asList(header.split(",", -1)), list);
    }

    @Test
    void readsTheKnownColumnsUnderTheirUsualNamesAndTheRestAsCategories() {
        var file = MemberFile.check(
                table(
                        "Forename,SURNAME,E-mail Address,Mobile,Preferred_Language,Interpreter,Access needs,Gender,Age band,",
                        "Aisha,Khan,aisha@example.org,,Urdu,yes,Step-free,Woman,25-34,ignored",
                        "Tom,Nowak,,07700 900123,polski,no,,Man,,"),
                Set.of());
        assertThat(file.errors()).isEmpty();
        assertThat(file.categories()).containsExactly("Gender", "Age band");
        assertThat(file.entries()).hasSize(2);
        var aisha = file.entries().get(0).member();
        assertThat(aisha.profile().language()).isEqualTo("ur");
        assertThat(aisha.profile().interpreter()).isTrue();
        assertThat(aisha.profile().accessNeeds()).isEqualTo("Step-free");
        assertThat(aisha.values()).containsEntry("Gender", "Woman").containsEntry("Age band", "25-34");
        assertThat(file.entries().get(1).member().values()).containsOnlyKeys("Gender");
        assertThat(file.languages()).containsEntry("ur", 1).containsEntry("pl", 1);
        assertThat(file.makeUp().get("Gender")).containsEntry("Woman", 1).containsEntry("Man", 1);
    }

    @Test
    void anEmptyLanguageMeansEnglish() {
        var file = MemberFile.check(table("first name,last name,email", "Ann,Lee,ann@example.org"), Set.of());
        assertThat(file.entries().get(0).member().profile().language()).isEqualTo("en");
    }

    @Test
    void eachProblemNamesItsRowAndColumnAsTheFileWritesIt() {
        var file = MemberFile.check(
                table(
                        "First Name,Last Name,Email,Phone,Interpreter,Honorarium",
                        "Aisha,Khan,aisha@example.org,,yes,150",
                        ",Smith,not-an-address,,maybe,£1x",
                        "Ben,Jones,,,no,"),
                Set.of());
        assertThat(file.canImport()).isFalse();
        assertThat(file.errors())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(3, "Interpreter", "members.import.yes-no"),
                        tuple(3, "First Name", "members.firstName.required"),
                        tuple(3, "Email", "members.email.invalid"),
                        tuple(3, "Honorarium", "members.import.amount"),
                        tuple(4, "Email", "members.contact.required"));
        assertThat(file.entries()).extracting(MemberFile.Entry::row).containsExactly(2);
        assertThat(file.entries().get(0).payment().honorariumPence()).isEqualTo(15_000);
    }

    @Test
    void aMissingRequiredColumnIsAProblemOfTheFile() {
        var file = MemberFile.check(table("name,email", "Aisha Khan,aisha@example.org"), Set.of());
        assertThat(file.errors())
                .extracting(ImportProblem::row, ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(
                        tuple(0, "members.import.missing-column", List.of("first name")),
                        tuple(0, "members.import.missing-column", List.of("last name")));
    }

    @Test
    void duplicatesInTheFileOrAmongTheMembersAreSkippedNotAdded() {
        var existing = Set.of(MemberFile.key("Old", "Member", "OLD@example.org", ""));
        var file = MemberFile.check(
                table(
                        "first name,last name,email,phone",
                        "Aisha,Khan,aisha@example.org,",
                        "Aisha,K.,Aisha@Example.org,",
                        "Old,Member,old@example.org,",
                        "Ben,Jones,,07700 900123",
                        "ben,jones,,07700900123"),
                existing);
        assertThat(file.errors()).isEmpty();
        assertThat(file.entries()).extracting(MemberFile.Entry::row).containsExactly(2, 5);
        assertThat(file.skipped())
                .extracting(MemberFile.Skipped::row, MemberFile.Skipped::sameAsRow)
                .containsExactly(tuple(3, 2), tuple(4, null), tuple(6, 5));
    }

    @Test
    void aFileWithoutRowsOrWithTooManyCannotBeImported() {
        assertThat(MemberFile.check(table("first name,last name,email"), Set.of())
                        .errors())
                .extracting(ImportProblem::messageKey)
                .containsExactly("members.import.no-rows");
        var rows = new String[MemberFile.MAX_ROWS + 1];
        Arrays.fill(rows, "A,B,a@b.org");
        assertThat(MemberFile.check(table("first name,last name,email", rows), Set.of())
                        .errors())
                .extracting(ImportProblem::messageKey)
                .containsExactly("members.import.too-many-rows");
    }
}
