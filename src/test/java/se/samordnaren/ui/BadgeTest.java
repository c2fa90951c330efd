package se.samordnaren.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeTest {

    @Test
    void aBadgeIsStyledByItsClassesOnly() {
        Badge badge = new Badge("Försenad", Badge.Tone.ERROR);

        assertThat(badge.getText()).isEqualTo("Försenad");
        assertThat(badge.getTone()).isEqualTo(Badge.Tone.ERROR);
        assertThat(badge.getClassNames()).containsExactlyInAnyOrder("badge", "badge-error");
        assertThat(badge.getStyle().getNames()).isEmpty();
    }

    @Test
    void everyToneHasItsOwnClass() {
        assertThat(new Badge("x", Badge.Tone.NEUTRAL).getClassNames()).contains("badge-neutral");
        assertThat(new Badge("x", Badge.Tone.INFO).getClassNames()).contains("badge-info");
        assertThat(new Badge("x", Badge.Tone.SUCCESS).getClassNames()).contains("badge-success");
        assertThat(new Badge("x", Badge.Tone.WARNING).getClassNames()).contains("badge-warning");
    }
}
