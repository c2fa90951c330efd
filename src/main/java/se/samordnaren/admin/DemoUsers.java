package se.samordnaren.admin;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.security.Role;

import java.util.Map;

import static se.samordnaren.db.Tables.APP_USER;

/** Demo profile only: one user per role, all with the password in README. Never active in production. */
@Component
@Profile("demo")
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo-losen-2026";
    static final Map<String, Object[]> USERS = Map.of(
            "chef", new Object[]{"Maria Lindqvist", Role.FORBUNDSCHEF},
            "ekonom", new Object[]{"Per Ekström", Role.EKONOM},
            "sekreterare", new Object[]{"Sara Holm", Role.SEKRETERARE},
            "styrelse", new Object[]{"Henrik Åkesson", Role.STYRELSE},
            "justerare", new Object[]{"Johan Ekdahl", Role.STYRELSE},
            "beredning", new Object[]{"Anna Nyström", Role.BEREDNINGSGRUPP},
            "revisor", new Object[]{"Karin Dahl", Role.REVISOR});
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final DSLContext db;
    private final PasswordEncoder passwordEncoder;

    DemoUsers(DSLContext db, PasswordEncoder passwordEncoder) {
        this.db = db;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        USERS.forEach((username, nameAndRole) -> {
            if (!db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
                db.insertInto(APP_USER)
                        .set(APP_USER.USERNAME, username)
                        .set(APP_USER.FULL_NAME, (String) nameAndRole[0])
                        .set(APP_USER.ROLE, (Role) nameAndRole[1])
                        .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(PASSWORD))
                        .execute();
                log.info("Demoanvändare skapad: {}", username);
            }
        });
    }
}
