package org.socialmission.metrics.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A health profession whose schools are compared with each other (medicine, nursing, dentistry;
 * more are added by a migration, not by code). The code is the key that questionnaire files use;
 * the prefix starts the codes of its schools ({@code MED-0001}).
 */
@Entity
@Table(name = "discipline")
public class Discipline {

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "code_prefix", nullable = false, unique = true, length = 3)
  private String codePrefix;

  protected Discipline() {}

  public Discipline(String code, String name, String codePrefix) {
    this.code = code;
    this.name = name;
    this.codePrefix = codePrefix;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getCodePrefix() {
    return codePrefix;
  }
}
