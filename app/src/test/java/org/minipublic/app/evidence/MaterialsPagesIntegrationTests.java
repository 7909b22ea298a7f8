package org.minipublic.app.evidence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The materials' pages: uploading through the form, sending files safely, and the public list. */
@IntegrationTest
class MaterialsPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Materials materials;

    @Autowired
    MaterialReview review;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Fixtures fixtures;

    @Test
    void anUploadThroughTheFormIsStoredAndSentBackAsADownloadThatNoBrowserSniffs() throws Exception {
        var organiser = fixtures.user("Upload Page Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Upload page"));
        String base = "/assemblies/" + assembly + "/materials";

        mvc.perform(multipart(base + "/new")
                        .file(new MockMultipartFile("file", "fake.pdf", "application/pdf", TestFiles.png()))
                        .param("title", "Figures")
                        .param("topic", "Trust")
                        .param("perspective", "EXPERT")
                        .param("language", "en")
                        .param("kind", "FILE")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;fake.pdf&quot; contains a PNG file")));
        var created = mvc.perform(multipart(base + "/new")
                        .file(new MockMultipartFile("file", "figures.pdf", "text/html", TestFiles.pdf()))
                        .param("title", "Figures")
                        .param("topic", "Trust")
                        .param("perspective", "EXPERT")
                        .param("language", "en")
                        .param("kind", "FILE")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var page = created.getResponse().getRedirectedUrl();

        mvc.perform(get(String.valueOf(page)).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("figures.pdf")))
                .andExpect(content().string(containsString("Submit to the advisory board")));
        mvc.perform(get(page + "/versions")
                        .param("language", "en")
                        .param("number", "1")
                        .with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(TestFiles.pdf()));
    }

    @Test
    void theReviewButtonsAndTheCommentRuleWorkFromTheMaterialsPage() throws Exception {
        var organiser = fixtures.user("Review Page Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Review page"));
        var advisor = fixtures.userWithRole("Review Page Advisor", assembly, AssemblyRole.ADVISORY_BOARD);
        var id = page(organiser, assembly, "Complaints", "# Heading\n\n<script>alert(1)</script>", false);
        String base = "/assemblies/" + assembly + "/materials/" + id;

        mvc.perform(post(base + "/submit").with(user(organiser.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/review").with(user(advisor.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/request-changes")
                        .param("comment", "")
                        .with(user(advisor.principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(base).with(user(advisor.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In review")))
                .andExpect(content().string(containsString("Ask for changes")))
                .andExpect(content().string(not(containsString("Publish</button>"))));
        mvc.perform(get(base + "/versions")
                        .param("language", "en")
                        .param("number", "1")
                        .with(user(advisor.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>Heading</h2>")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        mvc.perform(get("/assemblies/" + assembly + "/materials").with(user(advisor.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Balance of perspectives")))
                .andExpect(content().string(containsString("Lived experience")));
    }

    @Test
    void thePublicListShowsOnlyPublishedPublicMaterialsOfAnAssemblyPastPlanning() throws Exception {
        var organiser = fixtures.user("Public Page Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Public page"));
        var advisor = fixtures.userWithRole("Public Page Advisor", assembly, AssemblyRole.ADVISORY_BOARD);
        var open = page(organiser, assembly, "Open page", "Anyone may read this.", true);
        var closed = page(organiser, assembly, "Members only", "Only members.", false);
        var draft = page(organiser, assembly, "Still a draft", "Not yet.", true);
        var map = materials.create(
                organiser.actor(),
                assembly,
                new MaterialDetails("Maps", Perspective.EXPERT, null, true),
                "en",
                VersionInput.file("A map", new Upload("map.png", TestFiles.png())));
        for (var id : java.util.List.of(open, closed, map)) {
            review.submit(organiser.actor(), assembly, id);
            review.startReview(advisor.actor(), assembly, id);
            review.approve(advisor.actor(), assembly, id);
            review.publish(organiser.actor(), assembly, id);
        }
        String base = "/public/assemblies/" + assembly + "/materials";

        mvc.perform(get(base)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + open)).andExpect(status().isNotFound());
        assemblies.moveTo(Actor.system(), assembly, AssemblyStatus.RECRUITING);

        mvc.perform(get(base))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open page")))
                .andExpect(content().string(containsString("map.png")))
                .andExpect(content().string(not(containsString("Members only"))))
                .andExpect(content().string(not(containsString("Still a draft"))));
        mvc.perform(get(base + "/" + open))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anyone may read this.")));
        mvc.perform(get(base + "/" + map))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", startsWith("inline;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(base + "/" + closed)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/public/assemblies/" + AssemblyId.random() + "/materials"))
                .andExpect(status().isNotFound());

        // taken off after a page that asks: the public no longer sees it, at once
        String staff = "/assemblies/" + assembly + "/materials/" + open;
        mvc.perform(get(staff).with(user(organiser.principal())))
                .andExpect(content().string(containsString("Take it off the portal and the public site")));
        mvc.perform(get(staff).with(user(advisor.principal())))
                .andExpect(content().string(not(containsString("Take it off the portal and the public site"))));
        mvc.perform(get(staff + "/withdraw").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yes, take it off")));
        mvc.perform(get(base + "/" + open)).andExpect(status().isOk());
        mvc.perform(post(staff + "/withdraw").with(user(organiser.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "evidence.withdraw.done"));
        mvc.perform(get(base + "/" + open)).andExpect(status().isNotFound());
        mvc.perform(get(base)).andExpect(content().string(not(containsString("Open page"))));
        mvc.perform(get(staff + "/withdraw").with(user(organiser.principal()))).andExpect(redirectedUrl(staff));
    }

    private MaterialId page(TestUser organiser, AssemblyId assembly, String title, String body, boolean isPublic) {
        return materials.create(
                organiser.actor(),
                assembly,
                new MaterialDetails("Policing", Perspective.EXPERT, null, isPublic),
                "en",
                VersionInput.page(title, body));
    }
}
