package org.minipublic.app.identity;

import org.minipublic.app.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can administer a new installation, without a default password: the administrator comes from
 * {@code MINIPUBLIC_ADMIN_EMAIL} and {@code MINIPUBLIC_ADMIN_PASSWORD}, or else a one-time link is printed in the log.
 */
@Component
class FirstRunSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

    private final Accounts accounts;
    private final String baseUrl;
    private final String adminEmail;
    private final String adminPassword;
    private final String adminName;

    FirstRunSetup(
            Accounts accounts,
            @Value("${minipublic.base-url}") String baseUrl,
            @Value("${minipublic.admin.email:}") String adminEmail,
            @Value("${minipublic.admin.password:}") String adminPassword,
            @Value("${minipublic.admin.name:Administrator}") String adminName) {
        this.accounts = accounts;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.adminName = adminName;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureAnAdministrator() {
        if (!accounts.setupRequired()) {
            return;
        }
        if (StringUtils.hasText(adminEmail) && StringUtils.hasText(adminPassword)) {
            var id = accounts.create(Actor.system(), new NewAccount(adminEmail, adminName, adminPassword, true));
            log.info("Created the platform administrator {} from MINIPUBLIC_ADMIN_EMAIL", id);
            return;
        }
        String token = accounts.issueSetupToken();
        log.warn(
                "\n\n  No administrator exists yet. Open this one-time link within {} hours to create one:\n  {}/setup/{}\n",
                Accounts.SETUP_LINK_VALIDITY.toHours(),
                baseUrl,
                token);
    }
}
