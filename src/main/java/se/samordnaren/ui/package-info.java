/**
 * The shared user interface: the layout and navigation, and the one way to build a form dialog, a field, a lazy list,
 * a "decided at §" link and an error message. Features build their views from these pieces and never duplicate them.
 */
package se.samordnaren.ui;
