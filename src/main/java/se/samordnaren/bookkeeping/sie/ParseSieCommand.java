package se.samordnaren.bookkeeping.sie;

import se.samordnaren.common.FileCommand;


import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code java -jar samordnaren.jar parse-sie FILE}: parses one SIE file without database or web server and prints a
 * JSON summary to standard output. A refused file: exit code 2, the Swedish message on standard error, nothing on
 * standard output. Wrong usage or an unreadable file: exit code 1. Started from {@code Application.main} before Spring.
 */
public final class ParseSieCommand {

    public static final String NAME = "parse-sie";
    static final int OK = FileCommand.OK;
    static final int USAGE_OR_IO = FileCommand.USAGE;
    static final int REFUSED = FileCommand.REFUSED;

    private ParseSieCommand() {
    }

    /** Arguments after the command name. Exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        FileCommand.exitWith(NAME, args, USAGE_OR_IO, ParseSieCommand::read);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return FileCommand.run(NAME, args, out, err, USAGE_OR_IO, ParseSieCommand::read);
    }

    private static Object read(byte[] bytes, Path file) throws FileCommand.Refused {
        try {
            return summary(SieParser.parse(bytes));
        } catch (SieParseException e) {
            throw new FileCommand.Refused(e.getMessage());
        }
    }

    /** The JSON object: field names in snake case, amounts as strings with two decimals, dates ISO. */
    static Map<String, Object> summary(SieFile sie) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("program", (sie.program() + " " + sie.programVersion()).strip());
        json.put("sie_type", sie.sieType());
        json.put("company", sie.companyName());
        json.put("org_number", sie.orgNumber());
        json.put("charset", sie.charset());
        json.put("fiscal_years", sie.fiscalYears().stream().map(year -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", year.index());
            entry.put("start", year.start().toString());
            entry.put("end", year.end().toString());
            return entry;
        }).toList());
        json.put("vouchers", sie.vouchers().size());
        json.put("transaction_rows", sie.transactionRowCount());
        json.put("transactions_by_account", amounts(sie.transactionsByAccount()));
        json.put("transactions_by_object", amounts(sie.transactionsByObject()));
        json.put("results_by_account", amounts(sie.resultsByAccount(0)));
        json.put("checksum", sie.checksum().status().name().toLowerCase(Locale.ROOT));
        json.put("warnings", List.copyOf(sie.warnings()));
        return json;
    }

    private static Map<String, String> amounts(SortedMap<String, BigDecimal> totals) {
        Map<String, String> json = new LinkedHashMap<>();
        totals.forEach((key, amount) -> json.put(key, amount(amount)));
        return json;
    }

    /** "-1250.00": two decimals, more only if the file had them (amounts stay exact). */
    static String amount(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() <= 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : plain).toPlainString();
    }
}
