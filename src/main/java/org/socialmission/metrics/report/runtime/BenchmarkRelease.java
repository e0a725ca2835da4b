package org.socialmission.metrics.report.runtime;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.socialmission.metrics.benchmark.ReleaseStamp;

/**
 * A benchmark release of a cycle, as stored: its number within the cycle, who published it and
 * when, the k and size bands it was published with, the secret its pseudonyms are drawn from, and
 * the groups it withholds. Its schools are {@link ReleasedSchool} rows. Immutable once persisted:
 * there are no setters, and nothing updates or deletes a release.
 */
@Entity
@Table(name = "benchmark_release")
public class BenchmarkRelease {

  /** What published a release. */
  public enum Origin {
    /** Initiative staff, by hand. */
    STAFF,
    /** Closing the cycle, when its release policy says so. */
    CYCLE_CLOSED,
    /** The demo data of a new installation. */
    DEMO_DATA
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "benchmark_release_seq")
  @SequenceGenerator(
      name = "benchmark_release_seq",
      sequenceName = "benchmark_release_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "cycle_year", nullable = false)
  private int cycle;

  @Column(name = "release_number", nullable = false)
  private int number;

  @Column(name = "published_at", nullable = false)
  private LocalDateTime publishedAt;

  @Column(name = "published_by", nullable = false, length = 254)
  private String publishedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Origin origin;

  @Column(name = "smallest_group", nullable = false)
  private int k;

  @Column(name = "size_bands", nullable = false, length = 200)
  private String sizeBands;

  @Column(nullable = false)
  private long seed;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "benchmark_release_withheld",
      joinColumns = @JoinColumn(name = "release_id"))
  @Column(name = "group_key", length = 120)
  private Set<String> withheld = new HashSet<>();

  protected BenchmarkRelease() {}

  BenchmarkRelease(
      int cycle,
      int number,
      LocalDateTime publishedAt,
      String publishedBy,
      Origin origin,
      int k,
      String sizeBands,
      long seed,
      Set<String> withheld) {
    this.cycle = cycle;
    this.number = number;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
    this.origin = origin;
    this.k = k;
    this.sizeBands = sizeBands;
    this.seed = seed;
    this.withheld = new HashSet<>(withheld);
  }

  public Long getId() {
    return id;
  }

  public int getCycle() {
    return cycle;
  }

  public int getNumber() {
    return number;
  }

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Origin getOrigin() {
    return origin;
  }

  public int getK() {
    return k;
  }

  public String getSizeBands() {
    return sizeBands;
  }

  long getSeed() {
    return seed;
  }

  public Set<String> getWithheld() {
    return Set.copyOf(withheld);
  }

  /** The stamp every output names. */
  public ReleaseStamp stamp() {
    return new ReleaseStamp(cycle, number, publishedAt.toInstant(ZoneOffset.UTC));
  }
}
