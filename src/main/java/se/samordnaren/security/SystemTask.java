package se.samordnaren.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs work the application does by itself (scheduled jobs: posting the anslag, reminders) as the signed-in
 * "system:&lt;task&gt;" with no role. The audit trail records that name; services restricted to roles refuse it, so a
 * job calls only methods open to any signed-in caller or its own package's package-private methods.
 */
public final class SystemTask {

    public static final String PREFIX = "system:";

    private SystemTask() {
    }

    public static void run(String task, Runnable work) {
        call(task, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(String task, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(PREFIX + task, null, List.of())));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
