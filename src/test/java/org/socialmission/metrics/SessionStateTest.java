package org.socialmission.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What lives in a session must travel between the instances of a cluster: every field that a view-
 * or session-scoped bean keeps (other than injected beans) must be serializable, all the way down
 * through records and collections. A field of a plain class that is not, such as an entity, would
 * fail on the second instance rather than here.
 */
class SessionStateTest {

  @Test
  void everyFieldKeptInASessionIsSerializable() {
    List<String> problems = new ArrayList<>();
    for (JavaClass bean : sessionBeans()) {
      for (Field field : bean.reflect().getDeclaredFields()) {
        if (!kept(field)) {
          continue;
        }
        Set<Type> seen = new HashSet<>();
        if (!serializable(field.getGenericType(), seen)) {
          problems.add(bean.getSimpleName() + "." + field.getName() + ": " + field.getType());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static List<JavaClass> sessionBeans() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.socialmission.metrics")
            .stream()
            .filter(
                c ->
                    c.isAnnotatedWith("jakarta.faces.view.ViewScoped")
                        || c.isAnnotatedWith("jakarta.enterprise.context.SessionScoped"))
            .toList();
  }

  private static boolean kept(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isAnnotationPresent(Inject.class);
  }

  private static boolean serializable(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return true;
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
      if (!container && !serializable(raw, seen)) {
        return false;
      }
      for (Type argument : parameterized.getActualTypeArguments()) {
        if (!serializable(argument, seen)) {
          return false;
        }
      }
      return true;
    }
    if (!(type instanceof Class<?> raw)) {
      return true;
    }
    if (raw.isPrimitive() || raw.isEnum() || Temporal.class.isAssignableFrom(raw)) {
      return true;
    }
    if (!Serializable.class.isAssignableFrom(raw)) {
      return false;
    }
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        if (!serializable(component.getGenericType(), seen)) {
          return false;
        }
      }
    }
    return true;
  }
}
