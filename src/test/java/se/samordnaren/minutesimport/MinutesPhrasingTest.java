package se.samordnaren.minutesimport;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** How Swedish minutes write headings, decisions, dates and signatures, one phrasing at a time. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MinutesPhrasingTest {

    private static ParsedMinutes parse(String text) {
        return MinutesImport.parse(text.getBytes(StandardCharsets.UTF_8), "protokoll.txt");
    }

    private static String protocol(String body, String paragraphs) {
        return "Protokoll " + body + "\nSamordningsförbundet Testbygden\nDatum: 2021-03-19\n\n" + paragraphs;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "§ 5 Titel                | 5",
            "§5 Titel                 | 5",
            "§ 5. Titel               | 5",
            "§5: Titel                | 5",
            "5 § Titel                | 5",
            "Nvsf § 88 Titel          | 88",
            "Nvsf 88 Titel            | 88",
            "AU § 12 Titel            | 12",
            "Paragraf 7 Titel         | 7",
            "Punkt 7 Titel            | 7",
            "§ 34/2020 Titel          | 34",
            "$ 5 Titel                | 5",
            "5 Titel                  | 5",
            "5. Titel                 | 5"})
    void a_heading_is_recognised_in_every_usual_form(String heading, int number) {
        String first = heading.replace(String.valueOf(number), String.valueOf(number)).replace("Titel", "Ärende ett");
        String second = heading.replace(String.valueOf(number), String.valueOf(number + 1)).replace("Titel", "Ärende två");
        String third = heading.replace(String.valueOf(number), String.valueOf(number + 2)).replace("Titel", "Ärende tre");

        ParsedMinutes minutes = parse(protocol("styrelsen", first + "\nText ett.\n\n" + second + "\nText två.\n\n" + third + "\nText tre.\n"));

        assertThat(minutes.paragraphs()).extracting(p -> p.number() + " " + p.title())
                .containsExactly(number + " Ärende ett", (number + 1) + " Ärende två", (number + 2) + " Ärende tre");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Styrelsen beslutade\\n\\nAtt godkänna rapporten.                                     | approved",
            "Styrelsen beslutar att bevilja Lunds kommun 450 000 kronor för 2022.               | approved",
            "Styrelsen beviljar Lunds kommun 450 000 kronor för 2022.                           | approved",
            "Beslut: Den utsända dagordningen godkänns.                                         | approved",
            "Styrelsen beslutar att anta verksamhetsplanen.                                     | approved",
            "Styrelsen beslutar att fastställa budgeten för 2022.                               | approved",
            "Styrelsen beslutar att utse Anna Berg till ordförande.                            | approved",
            "Styrelsen beslutar att ge förbundschefen i uppdrag att ta fram en plan.          | approved",
            "Styrelsen beslutar att avslå ansökan.                                              | rejected",
            "Styrelsen beslutar att inte bevilja ansökan.                                       | rejected",
            "Beslut\\nAnsökan avslås.                                                            | rejected",
            "Styrelsen beslutar att återremittera ärendet till förbundschefen.                 | referred_back",
            "Beslut: Ärendet återremitteras.                                                    | referred_back",
            "Styrelsen beslutar att bordlägga ärendet.                                          | postponed",
            "Ärendet bordläggs till nästa sammanträde.                                          | postponed",
            "Styrelsen beslutar att lägga informationen till handlingarna.                     | noted",
            "Informationen antecknas.                                                           | noted",
            "Styrelsen beslutar att notera informationen.                                       | noted",
            "Styrelsen tackar för informationen.                                                | noted",
            "Arbetsutskottet föreslår styrelsen att bevilja ansökan.                            | proposal",
            "Arbetsutskottet beslutar att föreslå styrelsen att avslå ansökan.                | proposal",
            "Förslag till styrelsen\\nAtt bevilja ansökan.                                      | proposal",
            "Förbundschefen har inte fattat några beslut på delegation sedan förra mötet, men informerade om läget i arbetet med upphandlingen. | information",
            "Förbundschefen informerade om läget i insatserna.                                  | information"})
    void an_outcome_is_read_from_the_phrasing(String decision, String outcome) {
        String body = decision.contains("Arbetsutskottet") || decision.startsWith("Förslag till styrelsen") ? "arbetsutskottet" : "styrelsen";
        ParsedMinutes minutes = parse(protocol(body, "§ 1 Ärendet\nBakgrund till ärendet.\n\n" + decision.replace("\\n", "\n")
                + "\n\n§ 2 Mötets avslutande\nMötet avslutades.\n"));

        assertThat(minutes.paragraphs().getFirst().decision().outcome().code()).isEqualTo(outcome);
    }

    @Test
    void reported_delegation_decisions_and_empty_items_are_told_apart() {
        ParsedMinutes minutes = parse(protocol("styrelsen", """
                § 1 Delegationsbeslut
                Förbundschefen anmälde beslut fattade på delegation enligt bilaga.

                § 2 Delegationsbeslut
                Inga delegationsbeslut har fattats.

                § 3 Övriga frågor
                Inga.

                § 4 Mötets avslutande
                Ordföranden avslutade mötet.
                """));

        assertThat(minutes.paragraphs()).extracting(p -> p.decision().outcome().code())
                .containsExactly("delegation_reported", "none", "none", "none");
    }

    @Test
    void a_proposal_followed_by_a_decision_as_proposed_takes_the_proposals_clauses() {
        ParsedMinutes minutes = parse(protocol("styrelsen", """
                § 1 Ansökan om medel
                Förslag till beslut
                Att bevilja Lunds kommun 300 000 kronor.
                Beslut
                Styrelsen beslutar enligt förslaget.
                """));

        Decision decision = minutes.paragraphs().getFirst().decision();
        assertThat(decision.clauses()).containsExactly("Att bevilja Lunds kommun 300 000 kronor.");
        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void a_reference_or_a_numbered_list_inside_a_paragraph_is_not_a_heading() {
        ParsedMinutes minutes = parse(protocol("styrelsen", """
                § 1 Förbundsordningen
                Enligt förbundsordningen gäller följande.
                § 5 i förbundsordningen anger hur medlemmarna betalar.
                Förbundschefen gick igenom
                1. Bakgrund
                2. Syfte
                3. Mål

                § 2 Budget
                Styrelsen beslutar att anta budgeten.
                """));

        assertThat(minutes.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(minutes.paragraphs().getFirst().text()).contains("§ 5 i förbundsordningen", "2. Syfte");
    }

    @Test
    void a_word_split_at_a_line_end_is_joined_and_a_hyphenated_name_keeps_its_hyphen() {
        ParsedMinutes minutes = parse(protocol("styrelsen", """
                § 1 Information om arbets-
                marknaden
                Förbundschefen informerade om ESF-
                projektet och om läget på arbets-
                marknaden i länet.
                """));

        Paragraph paragraph = minutes.paragraphs().getFirst();
        assertThat(paragraph.title()).isEqualTo("Information om arbetsmarknaden");
        assertThat(paragraph.text()).contains("ESF-projektet", "arbetsmarknaden i länet");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fredagen den 19 mars 2021 | 2021-03-19",
            "19 mars 2021              | 2021-03-19",
            "2021-03-19                | 2021-03-19",
            "19/3 2021                 | 2021-03-19",
            "19/3-21                   | 2021-03-19",
            "19.3.2021                 | 2021-03-19",
            "den 3 maj 2020            | 2020-05-03"})
    void a_date_is_read_in_the_swedish_ways_of_writing_it(String written, LocalDate date) {
        assertThat(SwedishDates.first(written)).isEqualTo(date);
        ParsedMinutes minutes = parse("Protokoll styrelsen\nDatum: " + written + "\n\n§ 1 Öppnande\nMötet öppnades.\n");
        assertThat(minutes.date()).isEqualTo(date);
    }

    @Test
    void a_signature_page_with_labelled_fields_gives_the_signatures() {
        ParsedMinutes minutes = parse(protocol("styrelsen", """
                § 1 Mötets öppnande
                Mötet öppnades.

                Signatursida
                Detta dokument har elektroniskt undertecknats av:
                Namn: Anna Berg
                Titel: Ordförande
                Datum: 2021-03-29 14:05:23 UTC
                Identifieringstyp: Svensk e-legitimation
                Namn: Per Lind
                Titel: Justerare
                Datum: 2021-03-30 09:00
                Identifieringstyp: BankID
                """));

        assertThat(minutes.signatures()).extracting(s -> s.name() + " | " + s.title() + " | " + s.signedAt() + " | " + s.method())
                .containsExactly("Anna Berg | Ordförande | 2021-03-29T16:05:23+02:00 | Svensk e-legitimation",
                        "Per Lind | Justerare | 2021-03-30T09:00+02:00 | BankID");
        assertThat(minutes.paragraphs().getFirst().text()).isEqualTo("Mötet öppnades.");
    }

    @Test
    void place_and_time_are_read_from_plats_och_tid() {
        ParsedMinutes minutes = parse("Protokoll styrelsen\nPlats och tid: Digitalt via Zoom, torsdagen den 12 maj 2022 kl. 13.15–16.00\n\n"
                + "§ 1 Öppnande\nMötet öppnades.\n");

        assertThat(minutes.place()).isEqualTo("Digitalt via Zoom");
        assertThat(minutes.time()).isEqualTo("13:15-16:00");
        assertThat(minutes.date()).isEqualTo(LocalDate.of(2022, 5, 12));
    }
}
