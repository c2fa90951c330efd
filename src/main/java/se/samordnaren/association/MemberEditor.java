package se.samordnaren.association;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;

/** Adds or changes a member. Keeps what the user typed when the save is refused. */
class MemberEditor extends FormDialog<MemberEditor.Form> {

    /** The most inhabitants a member can have (all of Sweden, with room to grow). */
    static final int MAX_POPULATION = 20_000_000;

    /** What the form edits; the member's id and version stay with the dialog. */
    public record Form(String name, MemberType type, String shortName, String organisationNumber, BigDecimal municipalShare,
                Integer population) {

        static Form of(Member member) {
            return new Form(member.name(), member.type(), member.shortName(), member.organisationNumber(),
                    member.municipalShare(), member.population());
        }

        Member toMember(Member original) {
            return new Member(original.id(), name, shortName, type, organisationNumber,
                    type == MemberType.MUNICIPALITY ? municipalShare : null, population, original.version());
        }
    }

    final TextField name = Fields.text("member.name");
    final ComboBox<MemberType> type = new ComboBox<>(getTranslation("member.type"));
    final TextField shortName = Fields.text("member.shortName");
    final TextField organisationNumber = Fields.text("member.organisationNumber", 11);
    final TextField municipalShare = Fields.text("member.municipalShare", 12);
    final TextField population = Fields.text("member.population", 12);

    private final MemberService members;
    private final Member original;

    MemberEditor(MemberService members, Member member) {
        super(member.isNew() ? "member.add" : "member.edit", new Binder<>(Form.class));
        this.members = members;
        this.original = member;
        type.setItems(MemberType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        organisationNumber.setPlaceholder(getTranslation("member.organisationNumber.placeholder"));
        organisationNumber.setHelperText(getTranslation("member.organisationNumber.help"));
        municipalShare.setSuffixComponent(new Span("%"));
        municipalShare.setHelperText(getTranslation("member.municipalShare.help"));
        municipalShare.addThemeName("align-right");
        population.addThemeName("align-right");
        type.addValueChangeListener(e -> {
            boolean municipality = e.getValue() == MemberType.MUNICIPALITY;
            municipalShare.setEnabled(municipality);
            if (!municipality) {
                municipalShare.clear();
            }
        });

        binder().forField(name).asRequired(getTranslation("member.error.nameRequired")).bind("name");
        binder().forField(type).asRequired(getTranslation("member.error.typeRequired")).bind("type");
        binder().forField(shortName).bind("shortName");
        binder().forField(organisationNumber)
                .withValidator((v, context) -> v == null || v.isBlank()
                        || AssociationService.ORGANISATION_NUMBER.matcher(v.trim()).matches() ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("error.organisationNumber", v.trim())))
                .bind("organisationNumber");
        binder().forField(municipalShare)
                .withConverter(NumberConverter.share(getTranslation("member.error.shareFormat"),
                        getTranslation("member.error.shareRange")))
                .bind("municipalShare");
        binder().forField(population)
                .withConverter(NumberConverter.whole(MAX_POPULATION, getTranslation("member.error.populationFormat"),
                        getTranslation("error.number.max", Formats.number(BigDecimal.valueOf(MAX_POPULATION)))))
                .withConverter(number -> number == null ? null : number.intValueExact(),
                        count -> count == null ? null : BigDecimal.valueOf(count))
                .bind("population");
        binder().readRecord(Form.of(member));
        municipalShare.setEnabled(member.type() == MemberType.MUNICIPALITY);

        wide(name);
        form().add(type, shortName, organisationNumber, municipalShare, population);
    }

    @Override
    protected void submit() {
        Member saved = members.save(record().toMember(original));
        successMessage("member.saved", saved.name());
    }
}
