/**
 * The browser side for staff: one login page (Chinese/English) guarding {@code /admin} and {@code /agent},
 * Jakarta Security with a database identity store, the tenant bound to the HTTP session at login, and the
 * {@code /health} endpoint for load balancers and operators. The agent workbench's core is
 * {@link io.switchboard.interfaces.web.WorkbenchView}; its panels and dialogs are in
 * {@link io.switchboard.interfaces.web.workbench}.
 */
package io.switchboard.interfaces.web;
