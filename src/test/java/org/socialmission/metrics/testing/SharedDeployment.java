package org.socialmission.metrics.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment that every integration test class shares: the war Maven just built, started
 * once per run on Payara Micro with an in-memory database and the demo data (arquillian.xml names
 * this class to the suite extension). Test classes declare no deployment of their own; they stay
 * independent by making their own schools and accounts ({@link TestSchool}).
 */
public final class SharedDeployment {

  private SharedDeployment() {}

  @Deployment(testable = false)
  public static WebArchive war() {
    return Deployments.builtWar();
  }
}
