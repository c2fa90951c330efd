package se.samordnaren.minutesimport;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.Texts;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.people.Body;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * One § in the review: on the left what will be saved (number, title, text, outcome, clauses, links), on the right
 * the lines of the file it was read from. Doubts of the reading are listed and the card is marked; a § without a
 * decision whose reading found none is marked too. Merge and split are the draft's rules ({@link ImportDraft}).
 */
class ParagraphEditor extends Div {

    final ImportDraft.Item item;
    final IntegerField number = Fields.integer("minutesImport.review.number", 1, 100_000);
    final TextField title = Fields.text("minutesImport.review.paragraphTitle", Texts.SHORT);
    final TextArea text = Fields.area("minutesImport.review.text", Texts.LONG);
    final Select<Optional<DecisionOutcome>> outcome = new Select<>();
    final TextArea clauses = Fields.area("minutesImport.review.clauses", Texts.LONG);
    final ComboBox<Body> proposalTo = new ComboBox<>();
    final Button merge = new Button();
    final Select<Integer> splitAt = new Select<>();
    final Button split = new Button();
    final List<Button> suggestionButtons = new ArrayList<>();

    ParagraphEditor(ImportDraft draft, ImportDraft.Item item, List<Body> bodies, boolean hasNext, Runnable onMerge,
                    IntConsumer onSplit) {
        this.item = item;
        addClassName("import-paragraph");
        boolean doubtful = !item.doubts.isEmpty() || item.parsedOutcome == Outcome.NONE && item.outcome == null;
        setClassName("import-paragraph-doubtful", doubtful);

        Div edit = new Div();
        edit.addClassName("import-paragraph-edit");
        number.setValue(item.number);
        number.setWidth("6em");
        number.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                item.number = e.getValue();
            }
        });
        title.setValue(Objects.requireNonNullElse(item.title, ""));
        title.setWidthFull();
        // May shrink below its default width, so the row fits a phone (WCAG 1.4.10 reflow).
        title.setMinWidth("0");
        title.addValueChangeListener(e -> item.title = e.getValue());
        HorizontalLayout firstRow = new HorizontalLayout(number, title);
        firstRow.setWidthFull();
        firstRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        firstRow.expand(title);
        edit.add(firstRow);
        if (!item.doubts.isEmpty()) {
            edit.add(ReviewPanel.doubtList(getTranslation("minutesImport.review.doubt"), item.doubts));
        }

        outcome.setLabel(getTranslation("minutesImport.review.outcome"));
        outcome.setWidth("18em");
        outcome.setMaxWidth("100%");
        List<Optional<DecisionOutcome>> outcomes = new ArrayList<>();
        outcomes.add(Optional.empty());
        Arrays.stream(DecisionOutcome.values()).map(Optional::of).forEach(outcomes::add);
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(o -> o.map(v -> getTranslation(v.translationKey()))
                .orElse(getTranslation("minutesImport.review.noDecision")));
        outcome.setValue(Optional.ofNullable(item.outcome));
        proposalTo.setLabel(getTranslation("minutesImport.review.proposalTo"));
        proposalTo.setItems(bodies.stream().filter(b -> !Objects.equals(b.id(), draft.bodyId)).toList());
        proposalTo.setItemLabelGenerator(Body::name);
        bodies.stream().filter(b -> Objects.equals(b.id(), item.proposalToBodyId)).findFirst().ifPresent(proposalTo::setValue);
        proposalTo.setVisible(item.outcome == DecisionOutcome.PROPOSAL);
        proposalTo.addValueChangeListener(e -> item.proposalToBodyId = e.getValue() == null ? null : e.getValue().id());
        outcome.addValueChangeListener(e -> {
            item.outcome = e.getValue() == null ? null : e.getValue().orElse(null);
            proposalTo.setVisible(item.outcome == DecisionOutcome.PROPOSAL);
            clauses.setEnabled(item.outcome != null);
        });
        HorizontalLayout decisionRow = new HorizontalLayout(outcome, proposalTo);
        decisionRow.setWrap(true);
        edit.add(decisionRow);
        clauses.setValue(String.join("\n", item.clauses));
        clauses.setWidthFull();
        clauses.setEnabled(item.outcome != null);
        clauses.addValueChangeListener(e -> {
            item.clauses.clear();
            Arrays.stream(e.getValue().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).forEach(item.clauses::add);
        });
        edit.add(clauses);
        text.setValue(Objects.requireNonNullElse(item.text, ""));
        text.setWidthFull();
        text.setMaxHeight("14em");
        text.addValueChangeListener(e -> item.text = e.getValue());
        edit.add(text);

        if (!item.suggestions.isEmpty()) {
            Div links = new Div(new Span(getTranslation("minutesImport.review.suggestions")));
            links.addClassName("import-suggestions");
            for (ImportDraft.LinkSuggestion s : item.suggestions) {
                Button b = new Button();
                suggestionButtons.add(b);
                b.addThemeVariants(ButtonVariant.SMALL);
                showAccepted(b, s);
                b.addClickListener(e -> {
                    if (!item.acceptedLinks.remove(s.recordId())) {
                        item.acceptedLinks.add(s.recordId());
                    }
                    showAccepted(b, s);
                });
                links.add(b);
            }
            edit.add(links);
        }
        if (!item.amounts.isEmpty() || !item.periods.isEmpty()) {
            Div figures = new Div(new Span(getTranslation("minutesImport.review.amounts")));
            figures.addClassName("import-amounts");
            item.amounts.forEach(a -> figures.add(new Badge(a.written() + " = " + Formats.money(a.value()), Badge.Tone.INFO)));
            item.periods.forEach(p -> figures.add(new Badge(getTranslation("minutesImport.review.period", p), Badge.Tone.NEUTRAL)));
            edit.add(figures);
        }

        merge.setText(getTranslation("minutesImport.review.mergeNext"));
        merge.setIcon(VaadinIcon.COMPRESS_SQUARE.create());
        merge.addThemeVariants(ButtonVariant.TERTIARY);
        merge.setEnabled(hasNext);
        merge.addClickListener(e -> onMerge.run());
        List<String> lines = List.of(Objects.requireNonNullElse(item.text, "").split("\n", -1));
        splitAt.setLabel(getTranslation("minutesImport.review.splitAt"));
        splitAt.setItems(IntStream.range(1, lines.size()).filter(i -> !lines.get(i).isBlank()).boxed().toList());
        splitAt.setItemLabelGenerator(i -> abbreviate(lines.get(i)));
        split.setText(getTranslation("minutesImport.review.split"));
        split.setIcon(VaadinIcon.SPLIT.create());
        split.addThemeVariants(ButtonVariant.TERTIARY);
        split.setEnabled(false);
        splitAt.addValueChangeListener(e -> split.setEnabled(e.getValue() != null));
        split.addClickListener(e -> onSplit.accept(splitAt.getValue()));
        HorizontalLayout tools = new HorizontalLayout(merge, splitAt, split);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        edit.add(tools);

        Div source = new Div();
        source.addClassName("import-paragraph-source");
        List<String> sourceLines = draft.sourceOf(item);
        if (sourceLines.isEmpty()) {
            source.add(new Span(getTranslation("minutesImport.review.noSource")));
        } else {
            String captionText = getTranslation("minutesImport.review.source", item.firstLine + 1, item.lastLine + 1);
            Span caption = new Span(captionText);
            caption.addClassName("import-source-caption");
            source.add(caption, new Pre(String.join("\n", sourceLines)));
            // The source scrolls in its own box: reachable by keyboard (Tab, then the arrow keys), a named region.
            source.getElement().setAttribute("tabindex", "0");
            source.getElement().setAttribute("role", "region");
            source.getElement().setAttribute("aria-label", captionText);
        }
        add(edit, source);
    }

    private void showAccepted(Button b, ImportDraft.LinkSuggestion s) {
        boolean accepted = item.acceptedLinks.contains(s.recordId());
        b.setText((accepted ? getTranslation("minutesImport.review.accepted") : getTranslation("minutesImport.review.accept"))
                + ": " + s.label());
        b.setIcon(accepted ? VaadinIcon.CHECK.create() : VaadinIcon.LINK.create());
        b.setClassName("import-link-accepted", accepted);
        if (accepted) {
            b.addThemeVariants(ButtonVariant.SUCCESS);
        } else {
            b.removeThemeVariants(ButtonVariant.SUCCESS);
        }
    }

    private static String abbreviate(String line) {
        String s = line.strip();
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}
