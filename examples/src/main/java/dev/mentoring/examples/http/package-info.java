/**
 * JSON over a host's REST layer: {@link dev.mentoring.examples.http.MentoringHttpServer} serves the
 * engine on the JDK's {@code HttpServer} with {@code mentoring-jackson}, mapping the engine's
 * exceptions to status codes and problem bodies; {@link dev.mentoring.examples.http.HttpExample}
 * starts it and drives it with the JDK's {@code HttpClient}.
 */
@NullMarked
package dev.mentoring.examples.http;

import org.jspecify.annotations.NullMarked;
