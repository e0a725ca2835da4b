package org.socialmission.metrics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The architecture of the production code, checked on every {@code mvn test}: features depend on
 * lower features only, never in a cycle; the pure packages stay free of Jakarta EE and
 * MicroProfile; and a few house rules of where container code may live. See README, "Code map".
 */
@AnalyzeClasses(
    packages = "org.socialmission.metrics",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "org.socialmission.metrics";

  /** The features, bottom to top: each may use those before it, never those after it. */
  private static final List<String> FEATURES =
      List.of(
          "platform",
          "questionnaire",
          "scoring",
          "school",
          "account",
          "assessment",
          "benchmark",
          "report",
          "admin",
          "api");

  /**
   * Plain Java: parsing, scoring, benchmarking, reports, imports, exports, the peer generator, and
   * the launcher of smm.jar (which runs before any container exists).
   */
  private static final String[] PURE = {
    ROOT + ".questionnaire",
    ROOT + ".scoring..",
    ROOT + ".benchmark..",
    ROOT + ".report",
    ROOT + ".admin.imports..",
    ROOT + ".admin.export..",
    ROOT + ".admin.peers..",
    ROOT + ".launcher.."
  };

  @ArchTest static final ArchRule lowerFeaturesNeverUseHigherOnes = featureLayers();

  @ArchTest
  static final ArchRule featuresFormNoCycles =
      slices()
          .matching(ROOT + ".(*)..")
          .namingSlices("feature $1")
          .should()
          .beFreeOfCycles()
          .because("a feature and everything it uses must be understandable without its users");

  @ArchTest
  static final ArchRule purePackagesAreFreeOfJakartaAndMicroProfile =
      noClasses()
          .that()
          .resideInAnyPackage(PURE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta..", "org.eclipse.microprofile..")
          .because("pure code runs and is unit-tested without a container (STYLE.md)");

  @ArchTest
  static final ArchRule messagesTimesAndExceptionsArePlainJava =
      noClasses()
          .that()
          .haveFullyQualifiedName(ROOT + ".platform.Message")
          .or()
          .haveFullyQualifiedName(ROOT + ".platform.Times")
          .or()
          .areAssignableTo(ROOT + ".platform.ApplicationException")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta..", "org.eclipse.microprofile..")
          .because("pure packages make messages, throw keyed exceptions and format times too");

  @ArchTest
  static final ArchRule onlyRepositoriesTouchTheEntityManager =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".platform..")
          .and()
          .haveSimpleNameNotEndingWith("Repository")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager")
          .because("services orchestrate and beans bind; storage is a repository's job");

  @ArchTest
  static final ArchRule facesStaysInWebPackages =
      noClasses()
          .that()
          .resideOutsideOfPackage("..web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
          .because("services must not know the page that calls them (no FacesContext in services)");

  @ArchTest
  static final ArchRule restStaysInTheApi =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..")
          .because("HTTP statuses and headers are the API's business");

  @ArchTest
  static final ArchRule jsonThroughTheProviderLookedUpOnce =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.json.Json")
          .because(
              "Json's factory methods search the class path on every call; platform.Jsons does"
                  + " not");

  @ArchTest
  static final ArchRule namedBeansOfPagesAreBackings =
      classes()
          .that()
          .resideInAPackage("..web..")
          .and()
          .areAnnotatedWith("jakarta.inject.Named")
          .should()
          .haveSimpleNameEndingWith("Backing")
          .because("pages refer to beans as #{xxxBacking} (STYLE.md, Naming)");

  /**
   * One layer per feature (with its sub-packages) and {@code Bootstrap} on top; every layer may
   * access only the layers below it.
   */
  private static ArchRule featureLayers() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String feature : FEATURES) {
      layers = layers.layer(feature).definedBy(ROOT + "." + feature + "..");
    }
    layers = layers.layer("bootstrap").definedBy(ROOT);
    layers = layers.whereLayer(FEATURES.get(0)).mayNotAccessAnyLayer();
    for (int i = 1; i < FEATURES.size(); i++) {
      layers = layers.whereLayer(FEATURES.get(i)).mayOnlyAccessLayers(below(i));
    }
    return layers
        .whereLayer("bootstrap")
        .mayOnlyAccessLayers(FEATURES.toArray(String[]::new))
        .because("dependencies point one way: " + String.join(" ← ", FEATURES));
  }

  private static String[] below(int index) {
    return FEATURES.subList(0, index).toArray(String[]::new);
  }
}
