package org.socialmission.metrics.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;

/**
 * A participating school. Invariants: the code is its discipline's prefix, a dash and four or more
 * digits ({@code MED-0001}) and never changes; the name is not blank; enrollment is not negative.
 */
@Entity
@Table(name = "school")
public class School {

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}-\\d{4,}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
  @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 16, updatable = false)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(optional = false)
  @JoinColumn(name = "discipline_code", nullable = false)
  private Discipline discipline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Ownership ownership;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Region region;

  @Column(nullable = false)
  private int enrollment;

  @Version private long version;

  protected School() {}

  public School(
      String code,
      String name,
      Discipline discipline,
      Ownership ownership,
      Region region,
      int enrollment) {
    if (!isCode(code, discipline)) {
      throw new IllegalArgumentException(
          "A "
              + discipline.getName()
              + " school code looks like "
              + discipline.getCodePrefix()
              + "-0001, not "
              + code);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A school needs a name");
    }
    if (enrollment < 0) {
      throw new IllegalArgumentException("Enrollment cannot be negative");
    }
    this.code = code;
    this.name = name.trim();
    this.discipline = discipline;
    this.ownership = ownership;
    this.region = region;
    this.enrollment = enrollment;
  }

  /** Changes what may change; code and discipline never do. */
  public void update(String newName, Ownership newOwnership, Region newRegion, int newEnrollment) {
    if (newName == null || newName.isBlank() || newEnrollment < 0) {
      throw new IllegalArgumentException("A school needs a name and an enrollment of at least 0");
    }
    this.name = newName.trim();
    this.ownership = newOwnership;
    this.region = newRegion;
    this.enrollment = newEnrollment;
  }

  /** Whether a code fits a discipline: its prefix, a dash and four or more digits. */
  public static boolean isCode(String code, Discipline discipline) {
    return code != null
        && CODE.matcher(code).matches()
        && code.startsWith(discipline.getCodePrefix() + "-");
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Discipline getDiscipline() {
    return discipline;
  }

  public Ownership getOwnership() {
    return ownership;
  }

  public Region getRegion() {
    return region;
  }

  public int getEnrollment() {
    return enrollment;
  }
}
