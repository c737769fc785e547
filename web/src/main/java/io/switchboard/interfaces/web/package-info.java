/**
 * The browser side for staff: one login page (Chinese/English) guarding {@code /admin} and {@code /agent},
 * Jakarta Security with a database identity store, the tenant bound to the HTTP session at login, and the
 * {@code /health} endpoint for load balancers and operators.
 */
package io.switchboard.interfaces.web;
