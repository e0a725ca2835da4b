package org.socialmission.metrics.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;

/**
 * Jakarta JSON Processing through a provider looked up once. {@code jakarta.json.Json}'s factory
 * methods look the provider up on the class path ({@code ServiceLoader}) on every call, which was a
 * tenth of a results page's time; {@code ArchitectureTest} keeps them out of the code.
 */
public final class Jsons {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsons() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader reader(Reader source) {
    return PROVIDER.createReader(source);
  }

  public static JsonParser parser(Reader source) {
    return PROVIDER.createParser(source);
  }
}
