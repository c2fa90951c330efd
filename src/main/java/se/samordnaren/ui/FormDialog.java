package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import se.samordnaren.common.UserFacingException;

/**
 * The one form dialog: a translated header, a {@link FormLayout} (one column on a phone, two from 480 px), Avbryt and
 * a primary Spara in the footer, a width that fits a phone. Spara validates the {@link Binder} (every field's own
 * check included: a date or an amount that cannot be read blocks the save with its message at the field), then runs
 * {@link #submit()} with the button busy. When the service refuses, the dialog stays open with everything typed and
 * the Swedish message is shown ({@link ErrorHandling}); when it worked, the success text is shown, the dialog closes
 * and {@code onSaved} runs.
 *
 * <p>Subclasses create their fields, bind them to {@link #binder()}, add them with {@link #form()} and implement
 * {@link #submit()}, which reads the values (e.g. {@code binder().writeRecord()} or the fields) and calls the service.
 */
public abstract class FormDialog<T> extends Dialog {

    protected final Button save = new Button();
    protected final Button cancel = new Button();
    private final Binder<T> binder;
    private final FormLayout form = new FormLayout();
    private String successKey = "action.saved";
    private Object[] successArguments = {};
    private Runnable onSaved = () -> { };

    protected FormDialog(String titleKey, Binder<T> binder) {
        this.binder = binder;
        setHeaderTitle(getTranslation(titleKey));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
        setWidth("min(720px, 96vw)");
    }

    /** A dialog whose fields are checked by their own validation only (no bound form data object). */
    protected FormDialog(String titleKey) {
        this(titleKey, new Binder<>());
    }

    /** Sends what was typed to the service; throws its refusal unchanged. */
    protected abstract void submit();

    protected Binder<T> binder() {
        return binder;
    }

    /**
     * What the form holds, as the record its binder was made for ({@code new Binder<>(Form.class)}, every component
     * of the record bound): for {@link #submit()}, which runs only after the fields were checked.
     */
    protected T record() {
        try {
            return binder.writeRecord();
        } catch (ValidationException invalid) {
            throw new UserFacingException("error.checkFields");
        }
    }

    /** The dialog's form layout; fields added here span one column unless {@link #wide} is used. */
    protected FormLayout form() {
        return form;
    }

    /** Adds components that take the whole width of the form. */
    protected void wide(Component... components) {
        form.add(components);
        for (Component component : components) {
            form.setColspan(component, 2);
        }
    }

    /**
     * The text shown when the save worked (default "Sparat."), with its arguments; {@link #submit()} may set it once
     * it knows what was saved (e.g. the saved name).
     */
    public FormDialog<T> successMessage(String key, Object... arguments) {
        this.successKey = key;
        this.successArguments = arguments.clone();
        return this;
    }

    /** What to do after a successful save, e.g. reload the page's data. */
    public FormDialog<T> onSaved(Runnable action) {
        this.onSaved = action;
        return this;
    }

    /** Validates, submits, and closes when it worked. Returns whether it did. */
    public boolean save() {
        try {
            BinderValidationStatus<T> status = binder.validate();
            if (!status.isOk()) {
                status.getFieldValidationErrors().stream().findFirst().ifPresent(error -> focus(error.getField()));
                return false;
            }
            HasValue<?, ?> unreadable = firstUnreadableField(this);
            if (unreadable != null) {
                focus(unreadable);
                return false;
            }
            if (!ErrorHandling.run(this, this::submit)) {
                return false;
            }
            Notifications.success(this, successKey, successArguments);
            close();
            onSaved.run();
            return true;
        } finally {
            save.setEnabled(true);
        }
    }

    /**
     * Fields that are not bound to the binder are still checked with their own validator (a date "2026-02-30", an
     * amount "12,5,5"): one that cannot be read is marked with its message and blocks the save.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private HasValue<?, ?> firstUnreadableField(Component parent) {
        HasValue<?, ?> first = null;
        for (Component child : parent.getChildren().toList()) {
            if (child instanceof HasValue<?, ?> field && child instanceof HasValidator<?> validated
                    && binder.getFields().noneMatch(bound -> bound == field) && child.isVisible()) {
                ValidationResult result = ((Validator) validated.getDefaultValidator())
                        .apply(field.getValue(), new ValueContext(child, field));
                if (result.isError()) {
                    if (child instanceof HasValidation marked) {
                        marked.setInvalid(true);
                        marked.setErrorMessage(result.getErrorMessage() == null || result.getErrorMessage().isBlank()
                                ? getTranslation("error.field.unparsable") : result.getErrorMessage());
                    }
                    first = first == null ? field : first;
                }
                if (child instanceof MoneyField) {
                    continue;
                }
            }
            HasValue<?, ?> inside = firstUnreadableField(child);
            first = first == null ? inside : first;
        }
        return first;
    }

    private static void focus(HasValue<?, ?> field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** Requires a value, with the shared Swedish message naming the field. */
    protected <V> Binder.BindingBuilder<T, V> required(HasValue<?, V> field, String labelKey) {
        return binder.forField(field).asRequired(getTranslation("error.field.required", getTranslation(labelKey)));
    }
}
