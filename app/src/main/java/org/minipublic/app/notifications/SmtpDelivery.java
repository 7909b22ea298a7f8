package org.minipublic.app.notifications;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the SMTP server configured with the standard {@code spring.mail.*} properties. */
class SmtpDelivery implements MailDelivery {

    private final JavaMailSender sender;
    private final String from;

    SmtpDelivery(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void deliver(MessageId id, Mail mail) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        sender.send(message);
    }

    @Override
    public String channel() {
        return "smtp";
    }
}
