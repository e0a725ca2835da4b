package org.socialmission.metrics.report.runtime;

import java.util.List;
import org.socialmission.metrics.platform.ApplicationException;

/**
 * Publishing a release was refused because some groups would move by too few schools since an
 * earlier release (HTTP 409). Names the groups and the rule, never how many schools moved.
 */
public class ReleaseRefusedException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  private final List<String> groups;

  public ReleaseRefusedException(int cycle, int k, List<String> groups) {
    super("release.refused", cycle, k, groups.size());
    this.groups = List.copyOf(groups);
  }

  /** The labels of the groups concerned, e.g. "Medicine schools, public". */
  public List<String> groups() {
    return groups;
  }
}
