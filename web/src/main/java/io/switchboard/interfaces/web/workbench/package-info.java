/**
 * The agent workbench's panels and dialogs (/agent/, AG-1 … AG-7, RT-10, RT-13), one view-scoped bean each over
 * the core {@link io.switchboard.interfaces.web.WorkbenchView} ({@code workbenchView}), which owns who the agent
 * is, the selected conversation, the conversation lists and the socket's push:
 * {@link io.switchboard.interfaces.web.workbench.SeatBar} (status, load, wrap-up),
 * {@link io.switchboard.interfaces.web.workbench.ChatPanel} (transcript, reply box, accept, end, recall, AG-7
 * warning), {@link io.switchboard.interfaces.web.workbench.TransferDialog},
 * {@link io.switchboard.interfaces.web.workbench.SummaryDialog},
 * {@link io.switchboard.interfaces.web.workbench.BlacklistDialog},
 * {@link io.switchboard.interfaces.web.workbench.VisitorPanel} (profile, history, tags, contact),
 * {@link io.switchboard.interfaces.web.workbench.RepliesPanel} and
 * {@link io.switchboard.interfaces.web.workbench.SidePanel} (the side tabs and the CRM page).
 * <p>
 * A panel caches what it read from the services in transient fields until the core's {@code reload()} fires
 * {@link io.switchboard.interfaces.web.WorkbenchView.Reloaded}; panels observe it only if they exist in the view
 * ({@code Reception.IF_EXISTS}), so a reload never creates one. Actions report through the core's {@code act},
 * {@code info} and {@code error} (the growl, {@code wb:growl}). The page is one form {@code wb} split into
 * includes under {@code WEB-INF/includes/workbench/}; the includes are no naming containers, so client ids such as
 * {@code wb:draft} that workbench.js and the browser tests use stay as they were.
 */
package io.switchboard.interfaces.web.workbench;
