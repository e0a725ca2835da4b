package org.socialmission.metrics.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.school.SchoolFilter;
import org.socialmission.metrics.school.SchoolProfile;
import org.socialmission.metrics.school.SchoolService;

/**
 * The staff list of all schools on {@code /staff/home.xhtml}: filter fields above a paged table
 * that loads one page at a time from the database, so it stays fast with thousands of schools. The
 * values of the filter fields come from {@code schoolChoicesBacking}.
 */
@Named
@ViewScoped
public class SchoolListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private SchoolService schools;

  private String text;
  private String discipline;
  private Ownership ownership;
  private Region region;

  private final LazyDataModel<SchoolProfile> model = new Page();

  public LazyDataModel<SchoolProfile> getModel() {
    return model;
  }

  private SchoolFilter filter() {
    return new SchoolFilter(text, discipline, ownership, region);
  }

  /** Loads the page the table asks for, under the current filter fields. */
  private final class Page extends LazyDataModel<SchoolProfile> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
      return (int) schools.count(currentUser.require().scope(), filter());
    }

    @Override
    public List<SchoolProfile> load(
        int first,
        int pageSize,
        Map<String, SortMeta> sort,
        Map<String, FilterMeta> columnFilters) {
      return schools.list(currentUser.require().scope(), filter(), first, pageSize);
    }

    @Override
    public String getRowKey(SchoolProfile school) {
      return school.code();
    }
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
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
}
