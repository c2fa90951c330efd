package se.samordnaren;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.samordnaren.bookkeeping.sie.ParseSieCommand;
import se.samordnaren.demo.GenerateDataCommand;
import se.samordnaren.minutesimport.ParseMinutesCommand;

import java.util.Arrays;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/samordnaren.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        // Command-line tools run before (and without) Spring, the web server and the database.
        if (args.length > 0 && ParseSieCommand.NAME.equals(args[0])) {
            ParseSieCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && ParseMinutesCommand.NAME.equals(args[0])) {
            ParseMinutesCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && GenerateDataCommand.NAME.equals(args[0])) {
            GenerateDataCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(Application.class, args);
    }
}
