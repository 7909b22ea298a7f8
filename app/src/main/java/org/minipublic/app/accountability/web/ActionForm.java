package org.minipublic.app.accountability.web;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.app.accountability.Action;
import org.minipublic.app.accountability.ActionText;
import org.minipublic.app.accountability.RecommendationId;
import org.minipublic.app.shared.InvalidInputException;

/** An action as typed, with the recommendations it answers ticked. */
public class ActionForm {

    private String title = "";
    private String description = "";
    private String owner = "";
    private String partners = "";
    private String ownerEmail = "";
    private List<String> recommendations = new ArrayList<>();
    private int version;

    static ActionForm of(Action action) {
        var form = new ActionForm();
        form.title = action.title();
        form.description = action.text().description();
        form.owner = action.text().owner();
        form.partners = action.text().partners();
        form.ownerEmail = action.text().ownerEmail();
        form.version = action.version();
        form.recommendations = new ArrayList<>(action.recommendations().stream()
                .map(RecommendationId::toString)
                .toList());
        return form;
    }

    /**
     * The action as typed.
     *
     * @throws InvalidInputException when a ticked recommendation is not an id
     */
    ActionText text() {
        var ids = new ArrayList<RecommendationId>();
        for (String id : recommendations) {
            try {
                ids.add(RecommendationId.valueOf(id));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("recommendations", "accountability.action.unknown-recommendation");
            }
        }
        return new ActionText(title, description, owner, partners, ids, ownerEmail);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<String> getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(List<String> recommendations) {
        this.recommendations = new ArrayList<>(recommendations);
    }
}
