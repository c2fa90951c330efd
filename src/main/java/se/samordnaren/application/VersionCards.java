package se.samordnaren.application;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.upload.Upload;
import se.samordnaren.attachment.AttachmentUpload;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;

/**
 * The versions of an application as cards, newest first: what was applied for, the money per year and the attached
 * files with their checksums. The latest version takes new files while it has not been dealt with.
 */
class VersionCards extends FlexLayout {

    private final FundingApplicationService applications;
    private final boolean mayAttach;
    private final Runnable onAttached;
    Upload upload;

    VersionCards(FundingApplicationService applications, boolean mayAttach, Runnable onAttached) {
        this.applications = applications;
        this.mayAttach = mayAttach;
        this.onAttached = onAttached;
        setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        setWidthFull();
    }

    void show(ApplicationDetail detail) {
        removeAll();
        upload = null;
        ApplicationDetail.Version latest = detail.latestVersion();
        for (ApplicationDetail.Version v : detail.versions().reversed()) {
            add(card(v, v == latest));
        }
    }

    private Component card(ApplicationDetail.Version v, boolean latest) {
        Div card = new Div();
        card.addClassName("application-version");
        card.add(new H3(getTranslation("application.versionNo", v.versionNo()) + ": " + v.title()));
        card.add(line("application.receivedOn", Formats.date(v.receivedOn())));
        if (v.periodStart() != null || v.periodEnd() != null) {
            card.add(line("application.period", Formats.date(v.periodStart()) + " – " + Formats.date(v.periodEnd())));
        }
        if (v.targetGroup() != null) {
            card.add(line("application.targetGroup", v.targetGroup()));
        }
        if (v.description() != null) {
            card.add(new Paragraph(v.description()));
        }
        if (v.changeNote() != null) {
            card.add(line("application.changeNote", v.changeNote()));
        }
        for (ApplicationDetail.Requested r : v.requested()) {
            card.add(line(null, r.year() + ": " + Formats.money(r.amount())));
        }
        card.add(line("application.requestedTotal", Formats.money(v.requestedTotal())));
        card.add(new H3(getTranslation("application.attachments")), files(v));
        if (latest && !v.frozen() && mayAttach) {
            card.add(upload(v));
        }
        return card;
    }

    private Div files(ApplicationDetail.Version v) {
        Div files = new Div();
        for (ApplicationDetail.Attachment a : v.attachments()) {
            Anchor download = new Anchor(FundingApplicationService.downloadUrl(a.id()), a.fileName());
            download.getElement().setAttribute("download", true);
            download.setRouterIgnore(true);
            Span checksum = new Span(getTranslation("application.attachment.meta",
                    Formats.number(BigDecimal.valueOf(a.sizeBytes())), a.sha256().substring(0, 16)));
            checksum.addClassName("application-checksum");
            checksum.getElement().setAttribute("title", "SHA-256 " + a.sha256());
            files.add(new Div(download, new Span(" "), checksum));
        }
        if (v.attachments().isEmpty()) {
            files.add(line(null, getTranslation("application.attachment.none")));
        }
        return files;
    }

    private Upload upload(ApplicationDetail.Version v) {
        // The same upload as everywhere: file types, and the 25 MB limit checked in the browser and on the server.
        upload = new AttachmentUpload(
                f -> applications.addAttachment(v.id(), f.fileName(), f.contentType(), f.content()), onAttached);
        upload.setDropLabel(new Span(getTranslation("application.attachment.drop")));
        return upload;
    }

    private Span line(String labelKey, String text) {
        Span span = new Span(labelKey == null ? text : getTranslation(labelKey) + ": " + text);
        span.getStyle().set("display", "block");
        return span;
    }
}
