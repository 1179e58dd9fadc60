/**
 * Notifications: structured {@link dev.mentoring.core.notification.Notification} records handed to
 * the host's {@link dev.mentoring.core.notification.Notifier}. The host owns templates and channels
 * (email, chat, in-app); the library never renders text.
 *
 * <p>Immediate notifications (a match proposed, a decision on an application, a meeting scheduled,
 * moved or cancelled by the other side of a pair) are sent after the operation commits. Reminders
 * (a proposal awaiting an answer or about to expire, a meeting about to start or waiting to be
 * recorded, a silent pair, a goal or milestone falling due, a survey invitation and its reminder)
 * are computed at an instant by {@code reminders().due(at)} and handed out exactly once.
 */
@NullMarked
package dev.mentoring.core.notification;

import org.jspecify.annotations.NullMarked;
