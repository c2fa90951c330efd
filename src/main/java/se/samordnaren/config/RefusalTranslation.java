package se.samordnaren.config;

import org.jooq.ExecuteContext;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samordnaren.common.DatabaseRefusals;

/**
 * Every jOOQ statement's failure goes through one translator: a refusal a feature has named (constraint or our own
 * SQLSTATE) becomes the feature's {@code UserFacingException}; anything else becomes Spring's usual exception.
 * Services therefore need no try/catch to turn constraint names into messages.
 */
@Configuration(proxyBeanMethods = false)
class RefusalTranslation {

    @Bean
    ExceptionTranslatorExecuteListener refusalTranslatingListener(DatabaseRefusals refusals) {
        return new ExceptionTranslatorExecuteListener() {
            @Override
            public void exception(ExecuteContext context) {
                Throwable original = context.sqlException() != null ? context.sqlException() : context.exception();
                ExceptionTranslatorExecuteListener.DEFAULT.exception(context);
                refusals.translate(original).ifPresent(context::exception);
            }
        };
    }
}
