package se.samordnaren.people;

import java.util.UUID;

/** Unique names so tests never depend on each other's rows. */
final class PeopleTestData {

    private PeopleTestData() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Body newBody(String name) {
        return new Body(null, name, null, BodyType.OTHER, name + " beslutade", null, null);
    }

    static Person newPerson(String name) {
        return new Person(null, name, null, null, null, "Testorganisation " + name, null, null, null);
    }
}
