package dev.mentoring.jackson2;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import dev.mentoring.jackson2.internal.ModuleSetup;
import dev.mentoring.jackson2.internal.PackageVersion;
import dev.mentoring.json.JsonReadOptions;
import org.apiguardian.api.API;

/**
 * Jackson 2 module for every public value type of mentoring-core and mentoring-matching, in the
 * shape documented in {@code dev.mentoring.json}: ids as strings, enums as lower-case names,
 * ISO-8601 time, sealed types with explicit versioned type names. Its output is byte-identical to
 * that of {@code dev.mentoring.jackson.MentoringModule} (Jackson 3) for the same values, and each
 * reads the other's.
 *
 * <p>Register it explicitly, {@code JsonMapper.builder().addModule(new MentoringModule()).build()},
 * or with options through {@link #builder()}. The public no-argument constructor (default options)
 * also serves {@link java.util.ServiceLoader} discovery through {@code
 * ObjectMapper.findAndRegisterModules()}. Options are fixed at construction: a mapper uses the
 * options of the module instance it registered. Jackson 2 registers a module class once per mapper:
 * a later instance of this class is ignored, so register a configured instance before {@code
 * findAndRegisterModules()}.
 *
 * <p>Reading is strict: see {@link JsonReadOptions} for the limits and {@link
 * dev.mentoring.json.MentoringJsonException} for the failures. The mapper's own features (such as
 * {@code FAIL_ON_UNKNOWN_PROPERTIES}) and default typing do not apply to the covered types; its
 * generator features (such as pretty printing or escaping non-ASCII) do.
 *
 * <p>Failures: input that breaks the shape or a limit throws {@link
 * dev.mentoring.json.MentoringJsonException} when the covered value is the document itself; when it
 * is nested in a host's type, Jackson wraps it in {@code
 * com.fasterxml.jackson.databind.JsonMappingException} with the {@code MentoringJsonException} as
 * cause, whose path then starts at the document root. Malformed JSON fails with Jackson's {@code
 * com.fasterxml.jackson.core.exc.StreamReadException}. Writing a value that has no JSON form (a NaN
 * or infinite double) fails with Jackson's exception whose cause is a {@code
 * MentoringJsonException}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MentoringModule extends Module {

  /** The module's name, as {@link #getModuleName()} returns it. */
  public static final String NAME = "dev.mentoring.jackson2";

  private final JsonReadOptions readOptions;
  private final ModuleSetup setup;

  /** Creates the module with {@link JsonReadOptions#defaults()}. */
  public MentoringModule() {
    this(JsonReadOptions.defaults());
  }

  private MentoringModule(JsonReadOptions readOptions) {
    this.readOptions = readOptions;
    this.setup = new ModuleSetup(readOptions);
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the options the module's deserializers read with.
   *
   * @return the options
   */
  public JsonReadOptions readOptions() {
    return readOptions;
  }

  /**
   * Returns {@value #NAME}.
   *
   * @return the module's name
   */
  @Override
  public String getModuleName() {
    return NAME;
  }

  /**
   * Returns this artifact's version.
   *
   * @return the version
   */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Registers the serializers, deserializers, key serializers and key deserializers of the covered
   * types.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    setup.setUp(context);
  }

  @Override
  public String toString() {
    return "MentoringModule{" + readOptions + "}";
  }

  /**
   * Builds a {@link MentoringModule}. Not thread-safe.
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private JsonReadOptions readOptions = JsonReadOptions.defaults();

    private Builder() {}

    /**
     * Sets how JSON is read.
     *
     * @param value the options; {@link JsonReadOptions#defaults()} if not set
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder readOptions(JsonReadOptions value) {
      this.readOptions = requireNonNull(value, "readOptions");
      return this;
    }

    /**
     * Returns the module.
     *
     * @return a new module with this builder's settings
     */
    public MentoringModule build() {
      return new MentoringModule(readOptions);
    }
  }
}
