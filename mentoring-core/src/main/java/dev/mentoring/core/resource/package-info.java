/**
 * The knowledge base: a program's {@link dev.mentoring.core.resource.Resource resources} (links to
 * articles, videos, templates, courses), each tagged with topics, for an {@link
 * dev.mentoring.core.resource.ResourceAudience audience} and optionally for some program phases.
 *
 * <p>Administrators add resources from a {@link dev.mentoring.core.resource.ResourceDraft};
 * participants browse those for their role and receive {@link
 * dev.mentoring.core.resource.ResourceSuggestion suggestions}: the resources whose tags match a
 * pair's or a goal's topics, ranked by how many tags match.
 */
@NullMarked
package dev.mentoring.core.resource;

import org.jspecify.annotations.NullMarked;
