package se.samordnaren.minutesimport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Formats;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The batches read in the background: each with its figures (files read, paragraphs found, to review), and the files
 * of the open batch, to review first and most doubtful first. While files wait, the page asks every two seconds.
 */
class BatchPanel extends VerticalLayout {

    private final ImportBatchService batches;
    private final Consumer<ImportDraft> review;
    final VerticalLayout list = new VerticalLayout();
    final Grid<ImportBatches.FileRow> files = new Grid<>();
    Long openBatch;
    private Registration polling;

    BatchPanel(ImportBatchService batches, Consumer<ImportDraft> review) {
        this.batches = batches;
        this.review = review;
        setPadding(false);
        addClassName("import-batches");
        list.setPadding(false);
        list.setSpacing(false);
        files.addColumn(ImportBatches.FileRow::fileName).setHeader(getTranslation("minutesImport.batch.file")).setFlexGrow(2);
        files.addComponentColumn(f -> new Badge(getTranslation(f.status().translationKey()), tone(f.status())))
                .setHeader(getTranslation("minutesImport.batch.status")).setAutoWidth(true).setFlexGrow(0);
        files.addColumn(f -> f.meetingDate() == null ? "" : Formats.date(f.meetingDate()))
                .setHeader(getTranslation("minutesImport.batch.date")).setAutoWidth(true).setFlexGrow(0);
        files.addColumn(f -> Objects.toString(f.paragraphCount(), ""))
                .setHeader(getTranslation("minutesImport.batch.paragraphs")).setAutoWidth(true).setFlexGrow(0);
        files.addColumn(f -> Objects.toString(f.doubtCount(), ""))
                .setHeader(getTranslation("minutesImport.batch.doubts")).setAutoWidth(true).setFlexGrow(0);
        files.addColumn(f -> Objects.toString(f.message(), "")).setHeader(getTranslation("minutesImport.batch.message")).setFlexGrow(2);
        ActionsColumn.add(files, this::action);
        files.addThemeVariants(GridVariant.ROW_STRIPES);
        files.setAllRowsVisible(true);
        files.setVisible(false);
        add(new H2(getTranslation("minutesImport.batch.title")), list, files);
        refresh();
    }

    private com.vaadin.flow.component.Component action(ImportBatches.FileRow f) {
        return switch (f.status()) {
            case PARSED -> {
                Button b = new Button(getTranslation("minutesImport.batch.review"));
                b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
                b.addClickListener(e -> ErrorHandling.run(this, () -> review.accept(batches.review(f.id()))));
                yield b;
            }
            case IMPORTED -> new Anchor("sammantraden/" + f.meetingId(), getTranslation("minutesImport.batch.meeting"));
            default -> new Span();
        };
    }

    private static Badge.Tone tone(ImportFileStatus status) {
        return switch (status) {
            case WAITING -> Badge.Tone.NEUTRAL;
            case PARSED -> Badge.Tone.WARNING;
            case REFUSED -> Badge.Tone.ERROR;
            case IMPORTED -> Badge.Tone.SUCCESS;
        };
    }

    void open(long batchId) {
        openBatch = batchId;
        refresh();
    }

    /** Reads the batches and the open batch's files again; keeps polling while any file waits. */
    void refresh() {
        List<ImportBatches.BatchRow> rows = batches.batches();
        list.removeAll();
        boolean waiting = false;
        for (ImportBatches.BatchRow b : rows) {
            waiting |= b.done() < b.files();
            Span summary = new Span(getTranslation("minutesImport.batch.summary", b.id(), Formats.dateTime(b.createdAt()),
                    b.done(), b.files(), b.paragraphs(), b.toReview(), b.refused(), b.imported()));
            Button show = new Button(getTranslation("minutesImport.batch.open"), e -> open(b.id()));
            show.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            HorizontalLayout line = new HorizontalLayout(summary, show);
            line.setAlignItems(Alignment.BASELINE);
            line.setWrap(true);
            list.add(line);
        }
        list.setVisible(!rows.isEmpty());
        if (openBatch != null) {
            files.setItems(batches.files(openBatch));
            files.setVisible(true);
        }
        poll(waiting);
    }

    private void poll(boolean on) {
        getUI().ifPresent(ui -> {
            if (on && polling == null) {
                ui.setPollInterval(2000);
                polling = ui.addPollListener(e -> refresh());
            } else if (!on && polling != null) {
                polling.remove();
                polling = null;
                ui.setPollInterval(-1);
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
    }
}
