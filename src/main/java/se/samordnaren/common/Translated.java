package se.samordnaren.common;

/** A message argument that is itself a translation key (e.g. a field's label), translated when the message is shown. */
public record Translated(String key) {
}
