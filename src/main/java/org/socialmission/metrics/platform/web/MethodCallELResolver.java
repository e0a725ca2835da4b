package org.socialmission.metrics.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Resolves method calls in page expressions ({@code #{row.title()}}, {@code #{bean.phase(id)}})
 * from a cache of each class's public methods, ahead of the standard {@code BeanELResolver}.
 *
 * <p>Our pages read records by their accessors, so every row of every table is a method call.
 * Jakarta EL 5 looks a called method up by copying the class's whole method array ({@code
 * Class.getMethods()}) on every call: a tenth of a results page's time. This resolver looks each
 * (class, name, number of arguments) up once and answers only where that lookup is unambiguous —
 * exactly one public, non-varargs method of that name and arity, reachable through a public type —
 * converting the arguments as the standard resolver does ({@link ELContext#convertToType}).
 * Anything else (overloads, varargs, collections and arrays, which the EL's stream support serves,
 * static calls) is left to the standard resolvers, so a page means the same with or without it.
 */
public class MethodCallELResolver extends ELResolver {

  /** Calls with more arguments than this are looked up each time (none of our pages has one). */
  private static final int CACHED_ARITIES = 8;

  /** By class, then method name: the lookup for each number of arguments, null until made. */
  private final Map<Class<?>, Map<String, AtomicReferenceArray<Optional<Method>>>> methods =
      new ConcurrentHashMap<>();

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null
        || !(method instanceof String name)
        || base instanceof Collection<?>
        || base instanceof Class<?>
        || base.getClass().isArray()) {
      return null;
    }
    Object[] args = params == null ? new Object[0] : params;
    Optional<Method> found = find(base.getClass(), name, args.length);
    if (found.isEmpty()) {
      return null;
    }
    Method target = found.get();
    Object[] converted = new Object[args.length];
    Class<?>[] types = target.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      converted[i] = context.convertToType(args[i], types[i]);
    }
    context.setPropertyResolved(base, method);
    try {
      return target.invoke(base, converted);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
  }

  /** The one public method of the class with that name and arity, if there is exactly one. */
  Optional<Method> find(Class<?> type, String name, int arity) {
    if (arity >= CACHED_ARITIES) {
      return lookUp(type, name, arity);
    }
    Map<String, AtomicReferenceArray<Optional<Method>>> byName = methods.get(type);
    if (byName == null) {
      byName = methods.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
    }
    AtomicReferenceArray<Optional<Method>> byArity = byName.get(name);
    if (byArity == null) {
      byArity = byName.computeIfAbsent(name, n -> new AtomicReferenceArray<>(CACHED_ARITIES));
    }
    Optional<Method> found = byArity.get(arity);
    if (found == null) {
      found = lookUp(type, name, arity);
      byArity.set(arity, found);
    }
    return found;
  }

  private static Optional<Method> lookUp(Class<?> type, String name, int arity) {
    List<Method> candidates =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .toList();
    if (candidates.size() != 1 || candidates.get(0).isVarArgs()) {
      return Optional.empty();
    }
    return reachable(type, candidates.get(0));
  }

  /**
   * The method as declared by a public type, so that it can be called: a public method of a class
   * that is not public itself ({@code List.of(…)}'s implementation) is called through the public
   * interface or superclass that declares it.
   */
  private static Optional<Method> reachable(Class<?> type, Method method) {
    if (isPublic(method.getDeclaringClass())) {
      return Optional.of(method);
    }
    Deque<Class<?>> types = new ArrayDeque<>(List.of(type));
    Set<Class<?>> seen = new HashSet<>();
    while (!types.isEmpty()) {
      Class<?> next = types.poll();
      if (next == null || !seen.add(next)) {
        continue;
      }
      if (isPublic(next)) {
        try {
          Method declared = next.getMethod(method.getName(), method.getParameterTypes());
          if (isPublic(declared.getDeclaringClass())) {
            return Optional.of(declared);
          }
        } catch (NoSuchMethodException e) {
          // not declared by this type: look further up
        }
      }
      types.addAll(List.of(next.getInterfaces()));
      if (next.getSuperclass() != null) {
        types.add(next.getSuperclass());
      }
    }
    return Optional.empty();
  }

  private static boolean isPublic(Class<?> type) {
    return Modifier.isPublic(type.getModifiers())
        && type.getModule().isExported(type.getPackageName());
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // properties are the standard resolvers' business
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
