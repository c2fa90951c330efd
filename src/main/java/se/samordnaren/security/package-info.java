/**
 * Who may sign in and what they may do: the sign-in with throttling, the roles, the per-request check that an account
 * has not changed since sign-in, the security headers and cookies, and the error pages of the web layer.
 */
package se.samordnaren.security;
