package org.minipublic.app.recruitment;

import java.util.List;

/**
 * Categories practitioners in England usually stratify on, worded as in the 2021 census where it has a question, so
 * that targets can be set from census figures. Organisers add them with one click and may change them before anyone
 * registers.
 */
public final class StandardCategories {

    private StandardCategories() {}

    public static List<Category> all() {
        return List.of(gender(), ageBand(), ethnicity(), disability(), area());
    }

    static Category gender() {
        return asked("Gender", "Woman", "Man", "Non-binary or another gender");
    }

    static Category ageBand() {
        return new Category(
                CategoryId.random(), "Age band", Category.Kind.AGE, List.of(), List.of(16, 25, 35, 45, 55, 65, 75));
    }

    /** The census's five high-level ethnic groups. */
    static Category ethnicity() {
        return asked(
                "Ethnic group",
                "Asian or Asian British",
                "Black, Black British, Caribbean or African",
                "Mixed or multiple ethnic groups",
                "White",
                "Other ethnic group");
    }

    /** The census's disability question (Equality Act definition), in its three answers. */
    static Category disability() {
        return asked("Disability", "Yes, limited a lot", "Yes, limited a little", "No");
    }

    static Category area() {
        return new Category(CategoryId.random(), "Area", Category.Kind.AREA, List.of(), List.of());
    }

    private static Category asked(String name, String... options) {
        return new Category(CategoryId.random(), name, Category.Kind.ASKED, List.of(options), List.of());
    }
}
