/**
 * Conformance kits: abstract JUnit Jupiter classes that certify an implementation of a Mentoring
 * SDK SPI. Extend one, implement its factory method, and run it with the host's tests.
 */
@NullMarked
package dev.mentoring.testkit.contract;

import org.jspecify.annotations.NullMarked;
