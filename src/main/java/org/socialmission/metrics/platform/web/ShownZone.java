package org.socialmission.metrics.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.socialmission.metrics.platform.Times;

/**
 * The time zone of the person in this session: their browser's, which {@code resources/js/zone.js}
 * puts into the cookie {@value #COOKIE} ({@code Intl.DateTimeFormat().resolvedOptions().timeZone}).
 * Only an id Java knows is taken; until one comes, times are shown in {@link Times#ZONE}. The id is
 * kept in the session (a plain string, so sessions still copy across a cluster), and a later valid
 * cookie (the laptop travelled) replaces it.
 */
@SessionScoped
public class ShownZone implements Serializable {

  /** The cookie the browser's script sets. */
  public static final String COOKIE = "smm_zone";

  private static final long serialVersionUID = 1L;

  private String zoneId;

  /** The zone to show times in. */
  public ZoneId zone() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null
        && context.getExternalContext().getRequestCookieMap().get(COOKIE) instanceof Cookie c) {
      String sent = URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8);
      if (ZoneId.getAvailableZoneIds().contains(sent)) {
        zoneId = sent;
      }
    }
    return zoneId == null ? Times.ZONE : ZoneId.of(zoneId);
  }
}
