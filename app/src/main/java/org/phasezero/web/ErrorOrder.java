package org.phasezero.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The error summary in the order of the form (the NHS.UK pattern): errors of the whole form first,
 * then each field's as its form class declares the fields, which is the order the page asks for
 * them. Bean Validation reports a form's violations in no fixed order, so without this the summary
 * changed order from one try to the next.
 */
@Component("errorOrder")
public class ErrorOrder {

  private final Map<Class<?>, List<String>> fields = new ConcurrentHashMap<>();

  public List<DetailedError> of(List<DetailedError> errors, Object form) {
    List<String> order = form == null ? List.of() : fields.computeIfAbsent(form.getClass(), ErrorOrder::declared);
    List<DetailedError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparingInt(e -> rank(e, order)));
    return sorted;
  }

  private static int rank(DetailedError e, List<String> order) {
    if (e.isGlobal() || e.getFieldName() == null) {
      return -1;
    }
    String root = e.getFieldName().split("[.\\[]", 2)[0];
    int at = order.indexOf(root);
    if (at >= 0) {
      return 2 * at;
    }
    // A rule on a derived property (isFromGiven, for the "from" fields) sits just after the field it most resembles.
    int best = -1;
    int longest = 2;
    for (int i = 0; i < order.size(); i++) {
      int common = commonPrefix(root, order.get(i));
      if (common > longest) {
        longest = common;
        best = i;
      }
    }
    return best < 0 ? Integer.MAX_VALUE : 2 * best + 1;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /** A form's fields, its superclasses' first, each class's in the order HotSpot returns them: the order they are declared in. */
  private static List<String> declared(Class<?> type) {
    List<String> names = new ArrayList<>();
    if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
      names.addAll(declared(type.getSuperclass()));
    }
    for (Field f : type.getDeclaredFields()) {
      if (!f.isSynthetic() && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        names.add(f.getName());
      }
    }
    return names;
  }
}
