package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * A form sent empty lists its problems in the order the form asks for the fields, the same order
 * every time (Bean Validation reports them in no fixed order).
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorSummaryOrderTest {

  static final Pattern SUMMARY_LINK = Pattern.compile("<li>\\s*<a href=\"#([A-Za-z0-9_.\\[\\]-]+)\"");
  static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)[^>]*\\bid=\"([A-Za-z0-9_.\\[\\]-]+)\"");

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  TestNetwork net;

  @BeforeAll
  void setUp() {
    net = new TestNetwork(context);
  }

  @Test
  void anEmptyFormListsItsProblemsInTheOrderOfItsFields() {
    WebSession web = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    for (String form : List.of("/organisations/new", "/people/new", "/ties/new", "/engagements/new",
        "/payments/claims/new", "/risks/new")) {
      List<String> first = null;
      for (int attempt = 0; attempt < 4; attempt++) {
        String page = web.post(form, form, Map.of()).body();
        List<String> summary = all(SUMMARY_LINK, page.substring(page.indexOf("nhsuk-error-summary__list"),
            page.indexOf("</ul>", page.indexOf("nhsuk-error-summary__list"))));
        assertThat(summary).as(form).hasSizeGreaterThan(1);
        List<String> fields = all(FIELD, page.substring(page.indexOf("</ul>", page.indexOf("nhsuk-error-summary__list"))));
        List<String> inFormOrder = fields.stream().filter(summary::contains).distinct().toList();
        assertThat(summary.stream().filter(fields::contains).toList()).as(form + ": the summary follows the form")
            .isEqualTo(inFormOrder);
        if (first == null) {
          first = summary;
        }
        assertThat(summary).as(form + ": the same order each time").isEqualTo(first);
      }
    }
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
