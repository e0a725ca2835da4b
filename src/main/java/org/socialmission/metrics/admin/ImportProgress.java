package org.socialmission.metrics.admin;

/**
 * What an import tells about its progress while it runs, for the upload page to show: reading and
 * checking the file, then how many of how many assessments are written. Called on the importing
 * thread; every method does nothing unless overridden.
 */
public interface ImportProgress {

  /** A listener that ignores everything. */
  ImportProgress NONE = new ImportProgress() {};

  /** The file is being read and checked. */
  default void reading() {}

  /** This many bytes of the file are read and checked so far. */
  default void read(long bytes) {}

  /** The file is valid; this many assessments are about to be written. */
  default void writing(int assessments) {}

  /** This many assessments are written so far. */
  default void written(int assessments) {}
}
