package org.socialmission.metrics.admin.peers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Generates the fictional peer schools of the demo, shaped like the 2019 national survey: 83
 * medical, 133 nursing and 26 dental schools, about 60 % public, in all four regions, with complete
 * answers to their discipline's current questionnaire for two cycles. Usage:
 *
 * <pre>{@code
 * QuestionnaireCatalog catalog = QuestionnaireCatalog.load(Path.of("questionnaires"));
 * List<GeneratedSchool> peers = new DemoPeerGenerator(catalog).generate(2019L, 2026, 2023);
 * }</pre>
 *
 * <p>Answers follow a latent strength per school plus an effect per modality, so modalities
 * correlate within a school; public schools do somewhat better, and the earlier cycle somewhat
 * worse. Codes continue after the hand-made demo schools ({@code MED-0002}, {@code NUR-0002},
 * {@code DEN-0002}, ...). The first medical and the first nursing school give formula-like evidence
 * text (e.g. {@code =HYPERLINK(...)}), which exports must keep literal.
 *
 * <p>Invariant: the same seed and cycles always give equal output.
 */
public final class DemoPeerGenerator {

  private static final List<DisciplineShape> SHAPES =
      List.of(
          new DisciplineShape(
              Discipline.MEDICINE,
              "MED",
              83,
              0.60,
              650,
              180,
              List.of(
                  "School of Medicine", "College of Medicine", "University School of Medicine")),
          new DisciplineShape(
              Discipline.NURSING,
              "NUR",
              133,
              0.65,
              600,
              0,
              List.of("College of Nursing", "School of Nursing", "University School of Nursing")),
          new DisciplineShape(
              Discipline.DENTISTRY,
              "DEN",
              26,
              0.55,
              380,
              90,
              List.of("School of Dentistry", "College of Dental Medicine")));

  private static final Map<Region, Double> REGION_SHARES =
      Map.of(Region.NORTHEAST, 0.20, Region.MIDWEST, 0.23, Region.SOUTH, 0.35, Region.WEST, 0.22);

  private final QuestionnaireCatalog catalog;

  /** A generator answering the current questionnaires of this catalog. */
  public DemoPeerGenerator(QuestionnaireCatalog catalog) {
    this.catalog = catalog;
  }

  /** 242 schools, medicine first, then nursing, then dentistry, each by code. */
  public List<GeneratedSchool> generate(long seed, int currentCycle, int earlierCycle) {
    return generate(seed, SHAPES, currentCycle, earlierCycle);
  }

  /**
   * {@code count} schools in the survey's proportions of disciplines (for data sets the size of a
   * national or international rollout, such as the benchmark's), medicine first, each by code.
   */
  public List<GeneratedSchool> generate(long seed, int count, int currentCycle, int earlierCycle) {
    if (count < SHAPES.size()) {
      throw new IllegalArgumentException("at least " + SHAPES.size() + " schools");
    }
    int total = SHAPES.stream().mapToInt(DisciplineShape::count).sum();
    List<DisciplineShape> shapes = new ArrayList<>();
    int left = count;
    for (int i = 0; i < SHAPES.size(); i++) {
      DisciplineShape shape = SHAPES.get(i);
      int n =
          i == SHAPES.size() - 1
              ? left
              : Math.max(1, (int) Math.round((double) count * shape.count() / total));
      shapes.add(
          new DisciplineShape(
              shape.discipline(),
              shape.prefix(),
              n,
              shape.publicShare(),
              shape.enrollmentMedian(),
              shape.enrollmentSpread(),
              shape.kinds()));
      left -= n;
    }
    return generate(seed, shapes, currentCycle, earlierCycle);
  }

  private List<GeneratedSchool> generate(
      long seed, List<DisciplineShape> shapes, int currentCycle, int earlierCycle) {
    if (currentCycle == earlierCycle) {
      throw new IllegalArgumentException("the two cycles must differ");
    }
    Random random = new Random(seed);
    SchoolNames names = new SchoolNames(random);
    List<GeneratedSchool> schools = new ArrayList<>();
    for (DisciplineShape shape : shapes) {
      Questionnaire questionnaire = catalog.current(shape.discipline()).orElseThrow();
      List<Ownership> ownerships = ownerships(shape, random);
      List<Region> regions = regions(shape.count(), random);
      for (int i = 0; i < shape.count(); i++) {
        SchoolDraft draft = new SchoolDraft(shape, i, ownerships.get(i), regions.get(i));
        schools.add(
            school(draft, questionnaire, names, random, new int[] {currentCycle, earlierCycle}));
      }
    }
    return List.copyOf(schools);
  }

  private static GeneratedSchool school(
      SchoolDraft draft,
      Questionnaire questionnaire,
      SchoolNames names,
      Random random,
      int[] cycles) {
    DisciplineShape shape = draft.shape();
    String name = names.nextPlace() + " " + shape.kinds().get(random.nextInt(shape.kinds().size()));
    Latent current = Latent.draw(random, draft.ownership());
    AnswerDrafter drafter = new AnswerDrafter(random);
    Optional<String> evidence =
        draft.index() == 0 && shape.discipline() != Discipline.DENTISTRY
            ? Optional.of(Evidence.FORMULA_LIKE.get(shape.discipline().ordinal()))
            : Optional.empty();
    return new GeneratedSchool(
        String.format("%s-%04d", shape.prefix(), draft.index() + 2),
        name,
        shape.discipline().code(),
        draft.ownership(),
        draft.region(),
        shape.enrollment(random),
        Map.of(
            cycles[0], drafter.draft(questionnaire, current, evidence),
            cycles[1], drafter.draft(questionnaire, current.earlier(random), evidence)));
  }

  /** Public and private in the discipline's proportion, shuffled, so both are always present. */
  private static List<Ownership> ownerships(DisciplineShape shape, Random random) {
    int publicCount = (int) Math.round(shape.count() * shape.publicShare());
    List<Ownership> ownerships =
        new ArrayList<>(Collections.nCopies(publicCount, Ownership.PUBLIC));
    ownerships.addAll(Collections.nCopies(shape.count() - publicCount, Ownership.PRIVATE));
    Collections.shuffle(ownerships, random);
    return ownerships;
  }

  /** Regions in fixed proportions (each at least once), shuffled. */
  private static List<Region> regions(int count, Random random) {
    List<Region> regions = new ArrayList<>();
    for (Region region : Region.values()) {
      long quota = Math.max(1, Math.round(count * REGION_SHARES.get(region)));
      regions.addAll(Collections.nCopies((int) quota, region));
    }
    while (regions.size() < count) {
      regions.add(Region.SOUTH);
    }
    Collections.shuffle(regions, random);
    return regions.subList(0, count);
  }

  private record SchoolDraft(
      DisciplineShape shape, int index, Ownership ownership, Region region) {}
}
