package com.example.fulfillment.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Renders a message from its kind's templates: templates/notifications/&lt;kind&gt;/email-subject.txt,
 * email-body.txt (also the portal's text) and sms.txt, the SMS fitted into one message ({@link SmsText}).
 */
@ApplicationScoped
public class MessageRenderer {

    private final Engine engine;

    MessageRenderer(Engine engine) {
        this.engine = engine;
    }

    public RenderedMessage render(CustomerMessage message) {
        String folder = "notifications/" + message.kind().templateFolder() + "/";
        return new RenderedMessage(
                render(folder + "email-subject", message).strip(),
                render(folder + "email-body", message).strip(),
                // the templates keep SMS texts short, but names, reasons and SKUs come from outside and can be long
                SmsText.fitToOneMessage(render(folder + "sms", message).strip()));
    }

    private String render(String templateId, CustomerMessage message) {
        Template template = engine.getTemplate(templateId);
        if (template == null) {
            throw new IllegalStateException("no template " + templateId);
        }
        return template.data("m", message).render();
    }
}
