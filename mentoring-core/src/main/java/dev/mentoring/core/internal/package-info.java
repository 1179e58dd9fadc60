/**
 * The engine's implementation: services, hard rules, input checks, access rules, transition tables
 * and event delivery. Not exported; nothing here is API.
 */
@NullMarked
package dev.mentoring.core.internal;

import org.jspecify.annotations.NullMarked;
