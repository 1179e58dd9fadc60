package dev.mentoring.jackson.internal;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.internal.Codec;
import dev.mentoring.json.internal.Codecs;
import dev.mentoring.json.internal.StringCodec;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * Registers, for every class in {@link Codecs}, a serializer and a deserializer, and for every id
 * and enum class a key serializer and key deserializer. Built once per module; immutable and
 * thread-safe.
 */
public final class ModuleSetup {
  private final Map<Class<?>, ValueSerializer<?>> serializers = new HashMap<>();
  private final Map<Class<?>, ValueDeserializer<?>> deserializers = new HashMap<>();
  private final Map<Class<?>, ValueSerializer<?>> keySerializers = new HashMap<>();
  private final Map<Class<?>, KeyDeserializer> keyDeserializers = new HashMap<>();

  /**
   * Creates the serializers and deserializers.
   *
   * @param options how deserializers read
   */
  public ModuleSetup(JsonReadOptions options) {
    for (Class<?> type : Codecs.classes()) {
      register(type, options);
    }
  }

  private <T> void register(Class<T> type, JsonReadOptions options) {
    Codec<T> codec = Objects.requireNonNull(Codecs.find(type), "codec");
    serializers.put(type, new CodecSerializer<>(type, codec));
    deserializers.put(type, new CodecDeserializer<>(type, codec, options));
    StringCodec<T> key = Codecs.findKey(type);
    if (key != null) {
      keySerializers.put(type, new KeySerializer<>(type, key));
      keyDeserializers.put(type, new CodecKeyDeserializer(key));
    }
  }

  /**
   * Adds the lookups to a mapper being set up.
   *
   * @param context the mapper's setup context
   */
  public void setUp(JacksonModule.SetupContext context) {
    context.addSerializers(new Lookup(Collections.unmodifiableMap(serializers)));
    context.addKeySerializers(new Lookup(Collections.unmodifiableMap(keySerializers)));
    context.addDeserializers(new DeserializerLookup(Collections.unmodifiableMap(deserializers)));
    context.addKeyDeserializers(new KeyLookup(Collections.unmodifiableMap(keyDeserializers)));
  }

  private static final class Lookup extends Serializers.Base {
    private final Map<Class<?>, ValueSerializer<?>> byClass;

    Lookup(Map<Class<?>, ValueSerializer<?>> byClass) {
      this.byClass = byClass;
    }

    @Override
    public @Nullable ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDescRef,
        com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
      return byClass.get(type.getRawClass());
    }

    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDescRef,
        com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
      return byClass.get(type.getRawClass());
    }
  }

  private static final class DeserializerLookup extends Deserializers.Base {
    private final Map<Class<?>, ValueDeserializer<?>> byClass;

    DeserializerLookup(Map<Class<?>, ValueDeserializer<?>> byClass) {
      this.byClass = byClass;
    }

    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      return byClass.get(type.getRawClass());
    }

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      return byClass.get(type.getRawClass());
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return byClass.containsKey(valueType);
    }
  }

  private static final class KeyLookup implements KeyDeserializers {
    private final Map<Class<?>, KeyDeserializer> byClass;

    KeyLookup(Map<Class<?>, KeyDeserializer> byClass) {
      this.byClass = byClass;
    }

    @Override
    public @Nullable KeyDeserializer findKeyDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      return byClass.get(type.getRawClass());
    }
  }
}
