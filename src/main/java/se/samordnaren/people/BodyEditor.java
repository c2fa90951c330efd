package se.samordnaren.people;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

/** Adds or changes a body. Keeps what the user typed when the save is refused (a name another body has). */
class BodyEditor extends FormDialog<BodyEditor.Form> {

    /** What the form edits; the body's id and version stay with the dialog. */
    public record Form(String name, String shortName, BodyType type, String decisionVerb, String paragraphPrefix) {

        static Form of(Body body) {
            return new Form(body.name(), body.shortName(), body.type(), body.decisionVerb(), body.paragraphPrefix());
        }

        Body toBody(Body original) {
            return new Body(original.id(), name, shortName, type, decisionVerb, paragraphPrefix, original.version());
        }
    }

    final TextField name = Fields.text("people.body.name");
    final TextField shortName = Fields.text("people.body.shortName");
    final ComboBox<BodyType> type = new ComboBox<>(getTranslation("people.body.type"));
    final TextField decisionVerb = Fields.text("people.body.decisionVerb");
    final TextField paragraphPrefix = Fields.text("people.body.paragraphPrefix", 10);

    private final BodyService bodies;
    private final Body original;
    private Body saved;

    BodyEditor(BodyService bodies, Body body) {
        super(body.isNew() ? "people.body.add" : "people.body.edit", new Binder<>(Form.class));
        this.bodies = bodies;
        this.original = body;
        type.setItems(BodyType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        decisionVerb.setHelperText(getTranslation("people.body.decisionVerb.help"));
        paragraphPrefix.setHelperText(getTranslation("people.body.paragraphPrefix.help"));
        name.addValueChangeListener(e -> {
            if (e.isFromClient() && decisionVerb.isEmpty() && !e.getValue().isBlank()) {
                decisionVerb.setPlaceholder(getTranslation("people.body.decisionVerb.placeholder", e.getValue().trim()));
            }
        });

        binder().forField(name).asRequired(getTranslation("people.error.bodyNameRequired")).bind("name");
        binder().forField(shortName).bind("shortName");
        binder().forField(type).asRequired(getTranslation("people.error.bodyTypeRequired")).bind("type");
        binder().forField(decisionVerb).asRequired(getTranslation("people.error.decisionVerbRequired")).bind("decisionVerb");
        binder().forField(paragraphPrefix)
                .withValidator(v -> v == null || v.isBlank() || BodyService.PARAGRAPH_PREFIX.matcher(v.trim()).matches(),
                        getTranslation("people.error.paragraphPrefix"))
                .bind("paragraphPrefix");
        binder().readRecord(Form.of(body));

        form().add(name, shortName, type);
        wide(decisionVerb, paragraphPrefix);
    }

    @Override
    protected void submit() {
        saved = bodies.save(record().toBody(original));
        successMessage("people.body.saved", saved.name());
    }

    /** The body as saved, once the save worked. */
    Body saved() {
        return saved;
    }
}
