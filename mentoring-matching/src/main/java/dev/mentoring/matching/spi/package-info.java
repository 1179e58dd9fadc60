/**
 * Discovery SPI: a library that ships matching strategies implements {@link
 * dev.mentoring.matching.spi.MatchingStrategyProvider} and lists it in {@code
 * META-INF/services/dev.mentoring.matching.spi.MatchingStrategyProvider} (or a module-info {@code
 * provides} clause). Discovery is opt-in, through {@code MatchingStrategies.discover(ClassLoader)};
 * nothing is registered implicitly.
 */
@NullMarked
package dev.mentoring.matching.spi;

import org.jspecify.annotations.NullMarked;
