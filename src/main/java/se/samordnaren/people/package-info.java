/**
 * Organ och personer: the association's bodies (styrelse, arbetsutskott, beredningsgrupp, ägarsamråd, revisorer …),
 * the people who appear in minutes, and their appointments over time. History is kept: a change of person is a new
 * appointment, the old one gets an end date. Other features pick bodies and people through {@link se.samordnaren.people.BodyService}
 * and {@link se.samordnaren.people.PersonService}.
 */
package se.samordnaren.people;
