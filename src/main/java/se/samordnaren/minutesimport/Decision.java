package se.samordnaren.minutesimport;

import java.util.List;

/** A paragraph's decision: the clauses as written ("Att …", "… beslutar att …") and the classified outcome. */
public record Decision(List<String> clauses, Outcome outcome) {

    public Decision {
        clauses = List.copyOf(clauses);
    }
}
