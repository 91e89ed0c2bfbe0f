package com.example.fulfillment.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Renders a message from its kind's templates: templates/notifications/&lt;kind&gt;/email-subject.txt,
 * email-body.txt (also the portal's text, and the source of the e-mail's HTML part, {@link EmailHtml}) and
 * sms.txt, the SMS fitted into one message ({@link SmsText}).
 */
@ApplicationScoped
public class MessageRenderer {

    private static final String HTML_LAYOUT = "notifications/email";

    private final Engine engine;

    MessageRenderer(Engine engine) {
        this.engine = engine;
    }

    public RenderedMessage render(CustomerMessage message) {
        String folder = "notifications/" + message.kind().templateFolder() + "/";
        String subject = render(folder + "email-subject", message).strip();
        String body = render(folder + "email-body", message).strip();
        String html = template(HTML_LAYOUT).data("html", EmailHtml.of(subject, body)).render();
        return new RenderedMessage(subject, body, html, smsText(render(folder + "sms", message).strip(), message));
    }

    /**
     * The templates keep SMS texts short, but names, reasons and SKUs come from outside and can be long. The
     * tracking link goes along only if it fits whole: a cut link leads nowhere.
     */
    private static String smsText(String text, CustomerMessage message) {
        String link = message.trackingLink();
        if (link != null) {
            String withLink = text + " " + link;
            if (SmsText.fits(withLink)) {
                return withLink;
            }
        }
        return SmsText.fitToOneMessage(text);
    }

    private String render(String templateId, CustomerMessage message) {
        return template(templateId).data("m", message).render();
    }

    private Template template(String templateId) {
        Template template = engine.getTemplate(templateId);
        if (template == null) {
            throw new IllegalStateException("no template " + templateId);
        }
        return template;
    }
}
