/** Implementation details of the testkit; not exported, subject to change without notice. */
@NullMarked
package dev.mentoring.testkit.internal;

import org.jspecify.annotations.NullMarked;
