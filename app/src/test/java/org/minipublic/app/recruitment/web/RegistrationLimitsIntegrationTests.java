package org.minipublic.app.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Registration codes cannot be guessed at speed: after ten wrong codes from one client address, and after twenty
 * uses of one code, each further try must wait, on the code page and on the form alike. Right codes do not count
 * against the address, so many households can register from one library.
 */
@IntegrationTest
@Import(RegistrationFixture.class)
class RegistrationLimitsIntegrationTests {

    private static final String WAIT = "Too many tries with registration codes";
    private static final String WRONG = "That code is not right";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixture fixture;

    @Autowired
    FormToken tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void wrongCodesFromOneAddressMustWaitButRightCodesDoNotCount() throws Exception {
        var open = fixture.openAssembly(15, 1);
        String library = TestAddresses.next();
        for (String code : open.codes()) {
            enterCode(code, library).andExpect(content().string(containsString("Test Road")));
        }
        for (int guess = 0; guess < 10; guess++) {
            enterCode("ABCD-EFG" + guess, library).andExpect(content().string(containsString(WRONG)));
        }
        enterCode("ABCD-EFGH", library)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(WAIT)))
                .andExpect(content().string(not(containsString(WRONG))));
        // A right code waits too: the answer to a waiting address says nothing about the code.
        enterCode(open.codes().get(0), library).andExpect(content().string(containsString(WAIT)));
        enterCode(open.codes().get(0), TestAddresses.next()).andExpect(content().string(containsString("Test Road")));
    }

    @Test
    void oneCodeIsUsedOnlySoOftenFromAnyAddress() throws Exception {
        var open = fixture.openAssembly(1, 1);
        String code = open.codes().get(0);
        for (int use = 0; use < 20; use++) {
            enterCode(code, TestAddresses.next()).andExpect(content().string(containsString("Test Road")));
        }
        enterCode(code, TestAddresses.next()).andExpect(content().string(containsString(WAIT)));
        mvc.perform(post("/register/form")
                        .param("code", code)
                        .param("started", tokens.issuedAt(Instant.now().minusSeconds(60)))
                        .with(csrf())
                        .with(from(TestAddresses.next())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(WAIT)));
        assertThat(jdbc.sql("select count(*) from recruitment.respondents where assembly_id = :a")
                        .param("a", open.assembly().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ResultActions enterCode(String code, String address) throws Exception {
        return mvc.perform(post("/register").param("code", code).with(csrf()).with(from(address)));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
