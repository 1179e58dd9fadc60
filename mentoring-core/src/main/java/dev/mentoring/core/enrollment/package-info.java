/**
 * Enrollments: a participant's {@link dev.mentoring.core.enrollment.Enrollment} in a program as
 * mentor, mentee or both, with its lifecycle ({@link
 * dev.mentoring.core.enrollment.EnrollmentStatus}).
 *
 * <p>An applicant submits an {@link dev.mentoring.core.enrollment.Application}: a {@link
 * dev.mentoring.core.enrollment.Profile} (skills, languages, time zone, seniority, department,
 * manager chain, availability, preferences, exclusions), {@link
 * dev.mentoring.core.enrollment.Answer answers} to the program's form, a capacity for mentors and
 * {@link dev.mentoring.core.enrollment.Consent consents}. The profile holds only what matching and
 * reporting need; the host owns everything else about a person.
 */
@NullMarked
package dev.mentoring.core.enrollment;

import org.jspecify.annotations.NullMarked;
