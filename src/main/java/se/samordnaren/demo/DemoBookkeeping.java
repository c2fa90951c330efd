package se.samordnaren.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import se.samordnaren.bookkeeping.BookkeepingImportService;
import se.samordnaren.bookkeeping.ImportPreview;
import se.samordnaren.bookkeeping.UnmappedAccount;
import se.samordnaren.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Imports Lund's bookkeeping January–September 2021 ({@code demo/lund-2021.se}, a Fortnox-like SIE 4 file in CP437)
 * through the import service, as the user "demo" with the ekonom's role, after the SQL files have made the budget
 * items (910) and the account mapping (930). Without the budget items the accounts have no place: the import is left
 * out with one line in the log, and the rest of the demo stands.
 */
@Component
@Profile("demo")
@Order(100)
class DemoBookkeeping implements DemoStep {

    static final String FILE = "demo/lund-2021.se";

    private static final Logger log = LoggerFactory.getLogger(DemoBookkeeping.class);

    private final BookkeepingImportService imports;

    DemoBookkeeping(BookkeepingImportService imports) {
        this.imports = imports;
    }

    @Override
    public void run() {
        byte[] file = read();
        String name = FILE.substring(FILE.lastIndexOf('/') + 1);
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                DemoDataLoader.AUDIT_USER, null, List.of(new SimpleGrantedAuthority(Role.EKONOM.authority())))));
        try {
            ImportPreview preview = imports.preview(name, file);
            if (!preview.canSave()) {
                log.info("Demobokföringen {} importeras inte: {}", name, preview.refusal() != null ? preview.refusal()
                        : "konton utan placering (" + preview.unmapped().stream().map(UnmappedAccount::account)
                        .collect(Collectors.joining(", ")) + "); finns budgetposterna (910-money-budget.sql)?");
                return;
            }
            long id = imports.save(name, file);
            log.info("Demobokföringen {} importerad som import {}: {} verifikationer, {} rader, {}–{}", name, id,
                    preview.vouchers(), preview.rows(), preview.periodStart(), preview.periodEnd());
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static byte[] read() {
        try {
            return new ClassPathResource(FILE).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
