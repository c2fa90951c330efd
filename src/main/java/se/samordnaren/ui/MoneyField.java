package se.samordnaren.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import se.samordnaren.common.Money;

import java.math.BigDecimal;

/**
 * An amount in kronor as Swedes type it: "1 400 000", "1400000", "1 400 000,50". Anything else ("12,5,5", "1e20",
 * "12,555", a 21-digit number) is not guessed: the field is marked with the Swedish message and its validator fails,
 * so a {@link FormDialog} (or a Binder) does not save.
 */
public class MoneyField extends CustomField<BigDecimal> implements HasValidator<BigDecimal> {

    private final TextField input = new TextField();

    public MoneyField(String label) {
        setLabel(label);
        // The group carries the label; the input itself is named too, so a screen reader announces what to type.
        input.setAriaLabel(label);
        input.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        input.setAllowedCharPattern("[0-9 ,\\-−\\u00a0]");
        input.addThemeName("align-right");
        input.setWidthFull();
        input.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        input.addValueChangeListener(e -> {
            updateValue();
            boolean readable = isReadable();
            setInvalid(!readable);
            setErrorMessage(readable ? null : getTranslation("error.money.invalid"));
        });
        add(input);
    }

    /**
     * Required: the asterisk on the group's label as usual, but {@code aria-required} on the input the screen reader
     * lands on rather than on the group. Vaadin puts it on {@code vaadin-custom-field}, whose role is {@code group},
     * where ARIA does not allow it (axe {@code aria-allowed-attr}, critical; NVDA ignores it there:
     * vaadin/web-components#2931, open). Moved after the component has set it (its updates run before the next frame).
     */
    @Override
    public void setRequiredIndicatorVisible(boolean required) {
        super.setRequiredIndicatorVisible(required);
        getElement().executeJs("""
                const field = this;
                requestAnimationFrame(() => {
                  field.removeAttribute('aria-required');
                  const input = field.querySelector('input');
                  if (input && $0) { input.setAttribute('aria-required', 'true'); }
                  else if (input) { input.removeAttribute('aria-required'); }
                });""", required);
    }

    /** Whether what is typed is empty or a Swedish amount within bounds. */
    public boolean isReadable() {
        String text = input.getValue();
        return text == null || text.isBlank() || Money.parse(text).isPresent();
    }

    /** What the user typed, as typed. */
    public String getText() {
        return input.getValue();
    }

    @Override
    protected BigDecimal generateModelValue() {
        return Money.parse(input.getValue()).orElse(null);
    }

    @Override
    protected void setPresentationValue(BigDecimal amount) {
        input.setValue(amount == null ? "" : Formats.number(amount).replace('−', '-'));
    }

    @Override
    public Validator<BigDecimal> getDefaultValidator() {
        return (value, context) -> isReadable() ? ValidationResult.ok()
                : ValidationResult.error(getTranslation("error.money.invalid"));
    }
}
