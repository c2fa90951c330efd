package se.samordnaren.minutesimport;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.common.Texts;
import se.samordnaren.people.BodyService;
import se.samordnaren.people.PersonService;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.util.ArrayList;
import java.util.List;

/**
 * Importing old minutes: upload one file (opens for review at once) or many (read in the background as a batch), or
 * paste text; then review the parsed meeting beside its source and save it as approved minutes. {@code ?fil=ID}
 * reviews a file of a batch, {@code ?import=ID} shows a batch's files.
 */
@Route("import/protokoll")
@Menu(order = 12, title = "nav.minutesImport", icon = "vaadin:upload")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
@StyleSheet("styles/minutes-import.css")
class MinutesImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MinutesImportService imports;
    private final ImportBatchService batchService;
    private final BodyService bodies;
    private final PersonService people;
    final Upload upload = new Upload();
    final TextArea pasted;
    final Button readPasted = new Button();
    final VerticalLayout start = new VerticalLayout();
    final BatchPanel batches;
    /** The review open now (tests drive it), or null. */
    ReviewPanel review;
    /** Filled by the upload's requests, emptied when all files of one upload have arrived. */
    private final List<ImportBatchService.UploadedFile> received = java.util.Collections.synchronizedList(new ArrayList<>());

    MinutesImportView(MinutesImportService imports, ImportBatchService batchService, BodyService bodies,
                      PersonService people) {
        this.imports = imports;
        this.batchService = batchService;
        this.bodies = bodies;
        this.people = people;
        addClassName("minutes-import-view");
        setMaxWidth("1400px");
        add(new ViewHeader(getTranslation("minutesImport.title"), getTranslation("minutesImport.description")));

        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received.add(
                new ImportBatchService.UploadedFile(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".txt", "application/pdf", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFileSize((int) AttachmentService.MAX_BYTES);
        upload.setMaxFiles(500);
        upload.addAllFinishedListener(e -> {
            List<ImportBatchService.UploadedFile> files = List.copyOf(received);
            received.clear();
            upload.clearFileList();
            received(files);
        });
        upload.addFileRejectedListener(e -> Notifications.error(this, "attachment.error.rejected", e.getErrorMessage()));

        pasted = Fields.area("minutesImport.paste.label", Texts.LONG);
        pasted.setWidthFull();
        pasted.setMinHeight("8em");
        readPasted.setText(getTranslation("minutesImport.paste.read"));
        readPasted.addClickListener(e -> ErrorHandling.run(this, () -> showReview(imports.readText(pasted.getValue()))));

        start.setPadding(false);
        start.add(new H2(getTranslation("minutesImport.upload.label")), new Paragraph(getTranslation("minutesImport.upload.one")),
                upload, pasted, readPasted);
        batches = new BatchPanel(batchService, this::showReview);
        add(start, batches);
    }

    /** Files uploaded together: one is read for review now, several become a batch read in the background. */
    void received(List<ImportBatchService.UploadedFile> files) {
        if (files.size() == 1) {
            var file = files.getFirst();
            ErrorHandling.run(this, () -> showReview(imports.read(file.fileName(), file.content())));
        } else if (!files.isEmpty()) {
            ErrorHandling.run(this, () -> {
                long batchId = batchService.start(files);
                Notifications.success(this, "minutesImport.batch.started", files.size());
                batches.open(batchId);
            });
        }
    }

    void showReview(ImportDraft draft) {
        closeReview();
        review = new ReviewPanel(draft, imports, bodies, people, this::saved, this::closeReview);
        start.setVisible(false);
        batches.setVisible(false);
        add(review);
    }

    private void closeReview() {
        if (review != null) {
            remove(review);
            review = null;
        }
        start.setVisible(true);
        batches.setVisible(true);
        batches.refresh();
    }

    private void saved(long meetingId) {
        Notifications.success(this, "minutesImport.review.saved");
        closeReview();
        getUI().ifPresent(ui -> ui.navigate("sammantraden/" + meetingId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("import").filter(s -> s.matches("[0-9]{1,18}"))
                .ifPresent(id -> batches.open(Long.parseLong(id)));
        query.getSingleParameter("fil").filter(s -> s.matches("[0-9]{1,18}"))
                .ifPresent(id -> ErrorHandling.run(this, () -> showReview(batchService.review(Long.parseLong(id)))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutesImport.title");
    }
}
