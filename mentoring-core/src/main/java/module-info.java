/**
 * Mentoring SDK core: domain model, lifecycle rules, engine facade, storage and notification SPIs,
 * and the in-memory reference store.
 */
module dev.mentoring.core {
  requires static transitive org.jspecify;
  requires transitive org.apiguardian.api;
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;

  exports dev.mentoring.core;
  exports dev.mentoring.core.program;
  exports dev.mentoring.core.enrollment;
  exports dev.mentoring.core.pairing;
  exports dev.mentoring.core.matching;
  exports dev.mentoring.core.event;
  exports dev.mentoring.core.notification;
  exports dev.mentoring.core.spi;
  exports dev.mentoring.core.memory;
  exports dev.mentoring.core.goal;
  exports dev.mentoring.core.meeting;
  exports dev.mentoring.core.feedback;
  exports dev.mentoring.core.resource;
  exports dev.mentoring.core.metrics;

  // Hibernate Validator reads the constraint annotations of input records reflectively.
  opens dev.mentoring.core.program to
      org.hibernate.validator;
  opens dev.mentoring.core.enrollment to
      org.hibernate.validator;
  opens dev.mentoring.core.goal to
      org.hibernate.validator;
  opens dev.mentoring.core.meeting to
      org.hibernate.validator;
  opens dev.mentoring.core.feedback to
      org.hibernate.validator;
  opens dev.mentoring.core.resource to
      org.hibernate.validator;
}
