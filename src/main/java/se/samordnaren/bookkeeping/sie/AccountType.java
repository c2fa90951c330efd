package se.samordnaren.bookkeeping.sie;

import java.util.Arrays;
import java.util.Optional;

/** {@code #KTYP}: T tillgång, S skuld, K kostnad, I intäkt. */
public enum AccountType {
    ASSET("T"), LIABILITY("S"), COST("K"), INCOME("I");

    private final String code;

    AccountType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<AccountType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equalsIgnoreCase(code)).findFirst();
    }
}
