package org.socialmission.metrics.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodCallELResolverTest {

  public record Row(String title, int points) {
    public String label(String prefix, int width) {
      return prefix + ":" + title + ":" + width;
    }

    public String fail() {
      throw new IllegalStateException("broken row");
    }
  }

  private final MethodCallELResolver resolver = new MethodCallELResolver();

  @Test
  void callsARecordsAccessorAndSaysItResolvedTheCall() {
    var context = new Context();
    Object value = resolver.invoke(context, new Row("Mission", 7), "title", null, null);
    assertEquals("Mission", value);
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void convertsArgumentsToTheParameterTypes() {
    var context = new Context();
    Object value =
        resolver.invoke(context, new Row("Mission", 7), "label", null, new Object[] {"Q", 12L});
    assertEquals("Q:Mission:12", value);
  }

  @Test
  void leavesOverloadsToTheStandardResolver() {
    var context = new Context();
    Object value =
        resolver.invoke(
            context, new BigDecimal("1.25"), "setScale", null, new Object[] {1, "HALF_UP"});
    assertNull(value);
    assertFalse(context.isPropertyResolved(), "setScale(int, int) and setScale(int, RoundingMode)");
  }

  @Test
  void leavesCollectionsToTheElStreamSupport() {
    var context = new Context();
    assertNull(resolver.invoke(context, List.of(1, 2), "stream", null, null));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void callsAPublicMethodOfAHiddenClassThroughItsPublicInterface() {
    var context = new Context();
    assertEquals(2, resolver.invoke(context, Map.of("a", 1, "b", 2), "size", null, null));
  }

  @Test
  void leavesUnknownMethodsToTheStandardResolver() {
    var context = new Context();
    assertNull(resolver.invoke(context, new Row("Mission", 7), "nothing", null, null));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void reportsTheMethodsOwnFailure() {
    var context = new Context();
    var thrown =
        assertThrows(
            ELException.class,
            () -> resolver.invoke(context, new Row("Mission", 7), "fail", null, null));
    assertEquals("broken row", thrown.getCause().getMessage());
  }

  /** An EL context converting numbers as the EL does for these tests' arguments. */
  private static final class Context extends ELContext {
    @Override
    public <T> T convertToType(Object value, Class<T> type) {
      if (type == int.class && value instanceof Number number) {
        @SuppressWarnings("unchecked")
        T converted = (T) Integer.valueOf(number.intValue());
        return converted;
      }
      return type.cast(value);
    }

    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
