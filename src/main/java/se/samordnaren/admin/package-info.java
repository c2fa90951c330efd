/** Users of the application: who may sign in, with which role; the förbundschef manages them, everyone changes their own password. */
package se.samordnaren.admin;
