/** Implementation details of the matching module. Not exported; nothing here is API. */
@NullMarked
package dev.mentoring.matching.internal;

import org.jspecify.annotations.NullMarked;
