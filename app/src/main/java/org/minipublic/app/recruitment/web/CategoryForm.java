package org.minipublic.app.recruitment.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.CategoryId;

/** A new asked category: its name and its values, one per line. */
public class CategoryForm {

    private String name = "";
    private String options = "";

    Category toCategory() {
        List<String> values = Arrays.asList(options.split("\\R"));
        return new Category(CategoryId.random(), name, Category.Kind.ASKED, values, List.of());
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(@Nullable String options) {
        this.options = options == null ? "" : options;
    }
}
