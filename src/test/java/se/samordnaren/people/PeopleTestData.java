package se.samordnaren.people;

/** Bodies and people as the tests need them (the database is emptied before each test). */
final class PeopleTestData {

    private PeopleTestData() {
    }

    static Body newBody(String name) {
        return new Body(null, name, null, BodyType.OTHER, name + " beslutade", null, null);
    }

    static Person newPerson(String name) {
        return new Person(null, name, null, null, null, "Testorganisation", null, null, null);
    }
}
