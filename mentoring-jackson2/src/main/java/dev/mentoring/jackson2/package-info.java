/**
 * Jackson 2 support: {@link dev.mentoring.jackson2.MentoringModule}.
 *
 * <p>Register it explicitly:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new MentoringModule()).build();
 * String json = mapper.writeValueAsString(pair);
 * Pair back = mapper.readValue(json, Pair.class);
 * }</pre>
 *
 * <p>or with options, {@code MentoringModule.builder().readOptions(options).build()}. It is also
 * discoverable with {@code ObjectMapper.findAndRegisterModules()} through {@link
 * java.util.ServiceLoader}, with the default options. The JSON shape, its rules and the type names
 * of sealed types are documented in the {@code dev.mentoring.json} package.
 */
@NullMarked
package dev.mentoring.jackson2;

import org.jspecify.annotations.NullMarked;
