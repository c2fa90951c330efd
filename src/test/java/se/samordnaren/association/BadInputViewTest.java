package se.samordnaren.association;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The bad-input corpus through a view, as typed into the member dialog: a value that only looks dangerous (HTML,
 * script, SQL) is saved as typed and shown back as text — in the grid and in the notification, never as an element;
 * an overlong, empty or NUL-containing value is refused with a Swedish message at the field or in a notification, the
 * dialog stays open, and nothing is saved. (The service-level corpus is security.BadInputCorpusTest.)
 */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class BadInputViewTest extends ViewTest {

    static Stream<String> lookingDangerous() {
        return Stream.of("<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "Lund'); drop table member; --",
                "\"><svg onload=alert(1)>", "${7*7} {{7*7}} #{7*7}", "Lund &amp; &lt;b&gt;");
    }

    static Stream<String> refused() {
        return Stream.of("x".repeat(301), "   ", "Lund\u0000kommun");
    }

    @ParameterizedTest
    @MethodSource("lookingDangerous")
    void a_value_that_looks_like_html_or_sql_is_saved_as_typed_and_shown_back_as_text(String value) {
        MembersView view = open("medlemmar", MembersView.class);
        test(view.addButton).click();
        roundTrip();
        test(view.editor.name).setValue(value);
        test(view.editor.type).selectItem("Kommun");

        assertThat(view.editor.save()).isTrue();

        assertThat(db.fetchValue(MEMBER.NAME)).isEqualTo(value);
        roundTrip();
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(value);
        assertThat(lastNotification()).isEqualTo("Medlemmen " + value + " har sparats.");
        assertThat(elementTags(UI.getCurrent().getElement())).doesNotContain("script", "img", "svg");
    }

    @ParameterizedTest
    @MethodSource("refused")
    void an_overlong_empty_or_nul_value_is_refused_in_swedish_and_nothing_is_saved(String value) {
        MembersView view = open("medlemmar", MembersView.class);
        test(view.addButton).click();
        roundTrip();
        test(view.editor.name).setValue(value);
        test(view.editor.type).selectItem("Kommun");

        assertThat(view.editor.save()).isFalse();

        assertThat(view.editor.isOpened()).isTrue();
        String shown = view.editor.name.isInvalid() ? view.editor.name.getErrorMessage() : lastNotification();
        assertThat(shown).isNotBlank().doesNotContain("Exception", "SQL", "Felkod");
        assertThat(shown).containsAnyOf("högst", "Fyll i", "Skriv", "tecken", "inte", "namn");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    private static List<String> elementTags(Element root) {
        List<String> tags = new ArrayList<>();
        root.getChildren().forEach(child -> {
            tags.add(child.getTag());
            tags.addAll(elementTags(child));
        });
        return tags;
    }

    private String lastNotification() {
        List<Notification> notifications = find(Notification.class).all();
        assertThat(notifications).isNotEmpty();
        return test(notifications.getLast()).getText();
    }
}
