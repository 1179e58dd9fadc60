package dev.mentoring.jackson2.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.internal.Codec;
import dev.mentoring.json.internal.Codecs;
import dev.mentoring.json.internal.StringCodec;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Registers, for every class in {@link Codecs}, a serializer and a deserializer, and for every id
 * and enum class a key serializer and key deserializer. Built once per module; immutable and
 * thread-safe.
 */
public final class ModuleSetup {
  private final Map<Class<?>, JsonSerializer<?>> serializers = new HashMap<>();
  private final Map<Class<?>, JsonDeserializer<?>> deserializers = new HashMap<>();
  private final Map<Class<?>, JsonSerializer<?>> keySerializers = new HashMap<>();
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
  public void setUp(Module.SetupContext context) {
    context.addSerializers(new Lookup(Collections.unmodifiableMap(serializers)));
    context.addKeySerializers(new Lookup(Collections.unmodifiableMap(keySerializers)));
    context.addDeserializers(new DeserializerLookup(Collections.unmodifiableMap(deserializers)));
    context.addKeyDeserializers(new KeyLookup(Collections.unmodifiableMap(keyDeserializers)));
  }

  private static final class Lookup extends Serializers.Base {
    private final Map<Class<?>, JsonSerializer<?>> byClass;

    Lookup(Map<Class<?>, JsonSerializer<?>> byClass) {
      this.byClass = byClass;
    }

    @Override
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return byClass.get(type.getRawClass());
    }
  }

  private static final class DeserializerLookup extends Deserializers.Base {
    private final Map<Class<?>, JsonDeserializer<?>> byClass;

    DeserializerLookup(Map<Class<?>, JsonDeserializer<?>> byClass) {
      this.byClass = byClass;
    }

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      return byClass.get(type.getRawClass());
    }

    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return byClass.get(type);
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
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      return byClass.get(type.getRawClass());
    }
  }
}
