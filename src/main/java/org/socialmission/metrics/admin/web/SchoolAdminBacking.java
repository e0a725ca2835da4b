package org.socialmission.metrics.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.admin.SchoolAdminService;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.school.SchoolProfile;

/** The add-a-school form of the staff home page and the edit form of a school's page. */
@Named
@RequestScoped
public class SchoolAdminBacking {

  @Inject private CurrentUser currentUser;
  @Inject private SchoolAdminService admin;

  private String code;
  private String name;
  private String discipline;
  private Ownership ownership = Ownership.PUBLIC;
  private Region region = Region.NORTHEAST;
  private Integer enrollment;

  public String create() {
    try {
      admin.create(currentUser.require(), code, name, discipline, ownership, region, enrollment);
      return "/schools/school?faces-redirect=true&code=" + code;
    } catch (ApplicationException e) {
      FacesMessages.error(e);
      return null;
    }
  }

  /** Saves the edit form of the school with this code. */
  public void update(String schoolCode) {
    try {
      admin.update(currentUser.require(), schoolCode, name, ownership, region, enrollment);
      FacesMessages.info("schoolAdmin.saved");
    } catch (ApplicationException e) {
      FacesMessages.error(e);
    }
  }

  /** Fills the edit form with the school as it is (view action of the school page). */
  public void prefill(SchoolProfile school) {
    if (school != null) {
      name = school.name();
      ownership = school.ownership();
      region = school.region();
      enrollment = school.enrollment();
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDiscipline() {
    return discipline;
  }

  public void setDiscipline(String discipline) {
    this.discipline = discipline;
  }

  public Ownership getOwnership() {
    return ownership;
  }

  public void setOwnership(Ownership ownership) {
    this.ownership = ownership;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public Integer getEnrollment() {
    return enrollment;
  }

  public void setEnrollment(Integer enrollment) {
    this.enrollment = enrollment;
  }
}
