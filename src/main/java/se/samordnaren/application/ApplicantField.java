package se.samordnaren.application;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.common.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * Who applies or proposes: a member picked from the list, or any other organisation typed as text (kept as typed;
 * the service takes a member's name or short name as that member). At most {@link Texts#SHORT} characters.
 */
class ApplicantField extends ComboBox<String> {

    private final List<String> names;

    ApplicantField(String labelKey, List<String> memberNames) {
        super();
        setLabel(getTranslation(labelKey));
        this.names = new ArrayList<>(memberNames.stream().sorted().toList());
        setItems(names);
        setAllowCustomValue(true);
        addCustomValueSetListener(e -> {
            String typed = e.getDetail() == null ? "" : e.getDetail().trim();
            if (!typed.isEmpty()) {
                setValue(typed);
            }
        });
    }

    /** Shows a name, also one that is not a member's. */
    @Override
    public void setValue(String name) {
        if (name != null && !names.contains(name)) {
            names.add(name);
            setItems(names);
        }
        super.setValue(name);
    }

    /** Refuses a name longer than the database keeps, with the message at the field. */
    void limitLength(Binder<Void> binder, String labelKey) {
        binder.forField(this)
                .withValidator(name -> name == null || name.length() <= Texts.SHORT,
                        getTranslation("error.text.tooLong", getTranslation(labelKey), Texts.SHORT))
                .bind(x -> null, (x, v) -> { });
    }
}
