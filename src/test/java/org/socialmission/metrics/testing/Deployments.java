package org.socialmission.metrics.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the war Maven just built, exactly as it ships (no
 * hand-listed classes), at the root context as in {@code smm.jar}. Failsafe passes its path as the
 * system property {@code smm.war}.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive builtWar() {
    File war = new File(System.getProperty("smm.war", "target/smm.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the war first (mvn verify does): " + war);
    }
    // ROOT.war serves at /, as smm.jar does: what Payara serves at the root (/openapi) passes
    // through the application's filters in the tests as in production.
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
