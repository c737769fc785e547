/**
 * The admin console (/admin/, issue 6): one {@code XxxView} per screen, each a thin adapter over the application
 * services. {@link io.switchboard.interfaces.web.admin.ConsoleActions} turns service refusals into messages beside
 * the fields they concern; {@link io.switchboard.interfaces.web.admin.PagedRows} pages any service list into a
 * PrimeFaces lazy table. Pages that supervisors may see (sessions, monitor) check the role before any change.
 */
package io.switchboard.interfaces.web.admin;
