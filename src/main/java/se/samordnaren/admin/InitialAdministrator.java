package se.samordnaren.admin;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.security.Role;

import static se.samordnaren.db.Tables.APP_USER;

/**
 * A new installation has no users. When SAMORDNAREN_INITIAL_ADMIN_PASSWORD is set and the user table is empty,
 * the first förbundschef is created with it; afterwards the variable is ignored and can be removed.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final DSLContext db;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    InitialAdministrator(DSLContext db, PasswordEncoder passwordEncoder,
                         @Value("${samordnaren.initial-admin.username:admin}") String username,
                         @Value("${samordnaren.initial-admin.password:}") String password) {
        this.db = db;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || db.fetchExists(APP_USER)) {
            return;
        }
        if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
            log.error("SAMORDNAREN_INITIAL_ADMIN_PASSWORD måste ha minst {} tecken; ingen användare skapades",
                    UserService.MIN_PASSWORD_LENGTH);
            return;
        }
        db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.FULL_NAME, "Förbundschef")
                .set(APP_USER.ROLE, Role.FORBUNDSCHEF)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(password))
                .execute();
        log.info("Första användaren {} (förbundschef) skapad. Byt lösenordet efter inloggning.", username);
    }
}
