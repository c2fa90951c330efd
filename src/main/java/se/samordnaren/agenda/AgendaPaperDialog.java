package se.samordnaren.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.attachment.AttachmentUpload;
import se.samordnaren.ui.ErrorHandling;

/**
 * The papers (handlingar) of one point: those it has (each can be taken off), an attachment of the register to add
 * (searched by file name), or a new file uploaded for the point.
 */
class AgendaPaperDialog extends Dialog {

    private final AgendaService agenda;
    private final long meetingId;
    private final long entryId;
    private final Runnable onChanged;
    final Div current = new Div();
    final ComboBox<PaperChoice> existing = new ComboBox<>();
    final Button addExisting = new Button();
    final AttachmentUpload upload;

    AgendaPaperDialog(AgendaService agenda, long meetingId, AgendaPoint point, Runnable onChanged) {
        this.agenda = agenda;
        this.meetingId = meetingId;
        this.entryId = point.id();
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation("agenda.papers.title", point.title()));
        setWidth("min(720px, 96vw)");
        current.addClassName("agenda-papers");
        existing.setLabel(getTranslation("agenda.papers.existing"));
        existing.setPlaceholder(getTranslation("agenda.papers.existing.placeholder"));
        existing.setItemLabelGenerator(PaperChoice::label);
        existing.setItems(query -> agenda.paperChoices(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        addExisting.setText(getTranslation("agenda.papers.add"));
        addExisting.setIcon(VaadinIcon.PLUS.create());
        addExisting.addClickListener(e -> addSelected());
        HorizontalLayout pick = new HorizontalLayout(existing, addExisting);
        pick.setWidthFull();
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        // The search field takes the line; on a phone the button wraps under it (WCAG 1.4.10 reflow).
        pick.setWrap(true);
        existing.getStyle().set("flex", "1 1 14em").set("min-width", "0");
        upload = new AttachmentUpload(f -> agenda.uploadPaper(entryId, f.fileName(), f.contentType(), f.content()), this::changed);
        Span uploadLabel = new Span(getTranslation("agenda.papers.upload"));
        uploadLabel.addClassName("decision-subheading");
        add(current, pick, uploadLabel, upload);
        Button close = new Button(getTranslation("agenda.close"), e -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
        show(point);
    }

    /** Adds the attachment picked in the search field. Returns whether it was added. */
    boolean addSelected() {
        PaperChoice choice = existing.getValue();
        if (choice == null) {
            return false;
        }
        boolean added = ErrorHandling.run(this, () -> agenda.addPaper(entryId, choice.attachmentId()));
        if (added) {
            existing.clear();
            changed();
        }
        return added;
    }

    void remove(long attachmentId) {
        if (ErrorHandling.run(this, () -> agenda.removePaper(entryId, attachmentId))) {
            changed();
        }
    }

    private void changed() {
        agenda.agenda(meetingId).stream().filter(p -> p.id() == entryId).findFirst().ifPresent(this::show);
        onChanged.run();
    }

    private void show(AgendaPoint point) {
        current.removeAll();
        if (point.papers().isEmpty()) {
            current.add(new Paragraph(getTranslation("agenda.papers.none")));
        }
        for (AgendaPoint.AgendaPaper paper : point.papers()) {
            Anchor link = new Anchor("/" + AttachmentService.downloadUrl(paper.attachmentId()), paper.fileName());
            link.setRouterIgnore(true);
            link.setTarget("_blank");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove(paper.attachmentId()));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            String label = getTranslation("agenda.papers.remove", paper.fileName());
            remove.setAriaLabel(label);
            remove.setTooltipText(label);
            Div line = new Div(link, remove);
            line.addClassName("agenda-paper");
            current.add(line);
        }
    }
}
