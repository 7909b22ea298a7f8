package org.minipublic.app.notifications;

import java.util.Locale;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.identity.UserAddedToAssembly;
import org.minipublic.app.identity.UserInvited;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the e-mails that tell people they were invited to, or added to, an assembly's team. */
@Component
class TeamMailer {

    private final Notifications notifications;
    private final Assemblies assemblies;
    private final MessageSource messages;

    TeamMailer(Notifications notifications, Assemblies assemblies, MessageSource messages) {
        this.notifications = notifications;
        this.assemblies = assemblies;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(UserInvited event) {
        var locale = event.locale();
        String title = title(event.assemblyId());
        String role = messages.getMessage(event.role().messageKey(), null, locale);
        notifications.send(new Mail(
                event.email(),
                messages.getMessage("mail.invitation.subject", new Object[] {title}, locale),
                messages.getMessage("mail.invitation.body", new Object[] {title, role, event.acceptUrl()}, locale)));
    }

    @ApplicationModuleListener
    void on(UserAddedToAssembly event) {
        Locale locale = event.locale();
        String title = title(event.assemblyId());
        String role = messages.getMessage(event.role().messageKey(), null, locale);
        notifications.send(new Mail(
                event.email(),
                messages.getMessage("mail.added.subject", new Object[] {title}, locale),
                messages.getMessage("mail.added.body", new Object[] {title, role, event.assemblyUrl()}, locale)));
    }

    private String title(AssemblyId id) {
        return assemblies.find(id).map(AssemblyView::title).orElse("Minipublic");
    }
}
