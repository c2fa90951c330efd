import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step (run by exec-maven-plugin in generate-sources): starts a throw-away embedded PostgreSQL,
 * applies the Liquibase changelogs from db/changelog and generates the jOOQ classes from that real schema.
 * Skips all of it when the changelogs have not changed since the last generation.
 * Usage: java -cp CLASSPATH GenerateJooq.java PROJECT_DIR OUTPUT_DIR
 */
public class GenerateJooq {
    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    static final String PACKAGE = "se.samordnaren.db";

    /**
     * Columns holding a closed vocabulary (a text column with a check "in (...)"): generated as the owning feature's
     * Java enum, so code never compares strings or calls valueOf. One line per column, grouped by feature; the enum's
     * constants are exactly the values the check allows (EnumConverter maps them by name).
     */
    static final List<ForcedType> VOCABULARY = List.of(
            // association
            vocabulary("association\\.paragraph_numbering", "se.samordnaren.association.ParagraphNumbering"),
            vocabulary("member\\.member_type", "se.samordnaren.association.MemberType"),
            // meeting
            vocabulary("meeting\\.status", "se.samordnaren.meeting.MeetingStatus"),
            vocabulary("meeting_attendance\\.attendance_role", "se.samordnaren.meeting.AttendanceRole"),
            vocabulary("agenda_item\\.kind", "se.samordnaren.meeting.ItemKind"),
            vocabulary("decision\\.outcome", "se.samordnaren.meeting.DecisionOutcome"),
            vocabulary("minutes_signature\\.method", "se.samordnaren.meeting.SignatureMethod"),
            // meeting cycle: agenda, reminders, mail
            vocabulary("agenda_(entry|template_entry)\\.kind", "se.samordnaren.meeting.ItemKind"),
            vocabulary("agenda_entry\\.source", "se.samordnaren.agenda.AgendaSource"),
            vocabulary("reminder\\.kind", "se.samordnaren.reminder.ReminderKind"),
            vocabulary("sent_mail\\.purpose", "se.samordnaren.mail.MailPurpose"),
            // decision (the view follow_up_status carries the same column)
            vocabulary("follow_up(_status)?\\.status", "se.samordnaren.decision.FollowUpStatus"),
            // application
            vocabulary("funding_application\\.status", "se.samordnaren.application.ApplicationStatus"),
            vocabulary("funding_application_overview\\.status", "se.samordnaren.application.ApplicationStatus"),
            vocabulary("funding_application_overview\\.last_step", "se.samordnaren.application.StepKind"),
            vocabulary("application_step\\.step", "se.samordnaren.application.StepKind"),
            vocabulary("application_step\\.outcome", "se.samordnaren.application.StepOutcome"),
            vocabulary("idea\\.status", "se.samordnaren.application.IdeaStatus"),
            // initiative (orientation also in the application's tables)
            vocabulary("initiative\\.status", "se.samordnaren.initiative.InitiativeStatus"),
            vocabulary("initiative\\.orientation", "se.samordnaren.initiative.Orientation"),
            vocabulary("funding_application_version\\.orientation", "se.samordnaren.initiative.Orientation"),
            vocabulary("idea\\.orientation", "se.samordnaren.initiative.Orientation"),
            vocabulary("co_financing\\.source", "se.samordnaren.initiative.CoFinancingSource"),
            vocabulary("initiative_grant\\.kind", "se.samordnaren.initiative.GrantKind"),
            vocabulary("initiative_grant_ledger\\.kind", "se.samordnaren.initiative.GrantKind"),
            vocabulary("initiative_report\\.kind", "se.samordnaren.initiative.ReportKind"),
            // people
            vocabulary("body\\.body_type", "se.samordnaren.people.BodyType"),
            vocabulary("appointment\\.role", "se.samordnaren.people.AppointmentRole"),
            // money: budget, bookkeeping (the dashboard's views carry the same columns)
            vocabulary("budget_item\\.direction", "se.samordnaren.budget.BudgetDirection"),
            vocabulary("budget_item\\.category", "se.samordnaren.budget.BudgetCategory"),
            vocabulary("budget_(version|version_decided|reference)\\.kind", "se.samordnaren.budget.BudgetVersionKind"),
            vocabulary("(bookkeeping_import|import_column_mapping)\\.format", "se.samordnaren.bookkeeping.ImportFormat"),
            vocabulary("bookkeeping_row\\.source_kind", "se.samordnaren.bookkeeping.RowSource"),
            // money: allocation (the member's type as the share view carries it)
            vocabulary("allocation_member_share\\.member_type", "se.samordnaren.association.MemberType"),
            // minutes import
            vocabulary("minutes_import_file\\.status", "se.samordnaren.minutesimport.ImportFileStatus"),
            // security and admin
            vocabulary("app_user\\.role", "se.samordnaren.security.Role")
            // a new vocabulary column: one line here, in its feature's group
    );

    private static ForcedType vocabulary(String column, String enumClass) {
        return new ForcedType().withUserType(enumClass).withEnumConverter(true)
                .withIncludeExpression("(public\\.)?" + column).withIncludeTypes("text");
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path stamp = output.resolve(".changelog-sha256");
        String checksum = checksum(project.resolve("db/changelog"), project.resolve("db/codegen/GenerateJooq.java"));
        if (Files.exists(stamp) && Files.readString(stamp).equals(checksum)) {
            System.out.println("[jooq] schema unchanged, generated classes are up to date");
            return;
        }
        long started = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(project)), () ->
                        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                                .execute());
            }
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(postgres.getJdbcUrl("postgres", "postgres"))
                            .withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new org.jooq.meta.jaxb.Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("databasechangelog|databasechangeloglock")
                                    .withRecordVersionFields("version")
                                    .withForcedTypes(VOCABULARY))
                            .withGenerate(new Generate()
                                    .withJavaTimeTypes(true)
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withRoutines(false)
                                    .withDeprecated(false))
                            .withTarget(new Target()
                                    .withPackageName(PACKAGE)
                                    .withDirectory(output.toString())
                                    .withClean(true))));
        }
        Files.writeString(stamp, checksum);
        System.out.printf("[jooq] generated from the real schema in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    static String checksum(Path changelogs, Path generator) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(changelogs)) {
            files = Stream.concat(walk.filter(Files::isRegularFile), Stream.of(generator)).sorted().toList();
        }
        for (Path file : files) {
            digest.update(file.toString().getBytes());
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
